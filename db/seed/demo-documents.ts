import { makeMinimalPdf } from '../../lib/documents/minimal-pdf';
import type { DocumentFields, DocumentText } from '../mutations/documents';
import type { ContentLocale, DocumentType } from '../schema';

export type DemoDocument = {
  key: string;
  type: DocumentType;
  year: number;
  countries: string[];
  en: DocumentText;
  ru: DocumentText;
  /** Which languages have a file; the demo has some in one language only. */
  files: ContentLocale[];
  /** Pages of the generated PDF. */
  pages: number;
};

// Countries, meetings and years follow ../shared/reference (the UNHCR page and the IOM digest);
// the sentences are ours, and the PDFs are drawn at seed time with Latin text.
const ALMATY_PROCESS_MEMBERS = ['AF', 'AZ', 'KZ', 'KG', 'TJ', 'TR'];

export const demoDocuments: DemoDocument[] = [
  {
    key: 'kazakhstan-factsheet-2021',
    type: 'factsheet',
    year: 2021,
    countries: ['KZ'],
    files: ['en', 'ru'],
    pages: 2,
    en: {
      title: 'UNHCR in Kazakhstan: factsheet 2021',
      description: 'Who UNHCR works with in Kazakhstan, what it does with the Government and its partners, and the figures behind it.',
    },
    ru: {
      title: 'УВКБ ООН в Казахстане: информационный бюллетень, 2021',
      description: 'С кем работает УВКБ ООН в Казахстане, что оно делает вместе с правительством и партнёрами, и основные цифры.',
    },
  },
  {
    key: 'kazakhstan-legislation-2019',
    type: 'legislation_analysis',
    year: 2019,
    countries: ['KZ'],
    files: ['en', 'ru'],
    pages: 3,
    en: {
      title: 'Analysis of Kazakhstan national legislation on refugees and stateless persons',
      description: 'How the laws of Kazakhstan on asylum, citizenship and documentation compare with international standards, with recommendations.',
    },
    ru: {
      title: 'Анализ национального законодательства Казахстана о беженцах и лицах без гражданства',
      description: 'Насколько законы Казахстана об убежище, гражданстве и документировании соответствуют международным стандартам, и рекомендации.',
    },
  },
  {
    key: 'kyrgyzstan-legislation-2020',
    type: 'legislation_analysis',
    year: 2020,
    countries: ['KG'],
    files: ['ru'],
    pages: 3,
    en: {
      title: 'Analysis of Kyrgyzstan national legislation on refugees and stateless persons',
      description: 'A review of the Kyrgyz Republic’s laws on refugee status and statelessness determination. Published in Russian only.',
    },
    ru: {
      title: 'Анализ национального законодательства Кыргызстана о беженцах и лицах без гражданства',
      description: 'Обзор законов Кыргызской Республики о предоставлении статуса беженца и определении безгражданства.',
    },
  },
  {
    key: 'uzbekistan-legislation-2022',
    type: 'legislation_analysis',
    year: 2022,
    countries: ['UZ'],
    files: ['en'],
    pages: 2,
    en: {
      title: 'Analysis of Uzbekistan national legislation on refugees and stateless persons',
      description: 'Where the legislation of Uzbekistan stands on asylum and on preventing statelessness, and what could be changed.',
    },
    ru: {
      title: 'Анализ национального законодательства Узбекистана о беженцах и лицах без гражданства',
      description: 'Состояние законодательства Узбекистана в области убежища и предотвращения безгражданства и возможные изменения. Пока только на английском языке.',
    },
  },
  {
    key: 'almaty-process-ministerial-2021',
    type: 'meeting_document',
    year: 2021,
    countries: [...ALMATY_PROCESS_MEMBERS, 'IR', 'PK', 'TM', 'UZ'],
    files: ['en', 'ru'],
    pages: 2,
    en: {
      title: 'Almaty Process Ministerial Conference, 27 January 2021: summary of discussions',
      description: 'Member states and observers on the regional challenges of refugee protection and migration made harder by the COVID-19 pandemic.',
    },
    ru: {
      title: 'Министерская конференция Алматинского процесса, 27 января 2021 года: итоги обсуждения',
      description: 'Государства-члены и наблюдатели о региональных проблемах защиты беженцев и миграции, обострившихся из-за пандемии COVID-19.',
    },
  },
  {
    key: 'almaty-process-senior-officials-2021',
    type: 'meeting_document',
    year: 2021,
    countries: [...ALMATY_PROCESS_MEMBERS, 'PK', 'TM', 'UZ'],
    files: ['en'],
    pages: 1,
    en: {
      title: 'Sixth Senior Officials Meeting of the Almaty Process, Istanbul, 26 May 2021: Joint Work Plan 2021–2022',
      description: 'The work plan proposed by the Chair, Turkey, and endorsed by the members: membership expansion, new thematic areas and more visibility.',
    },
    ru: {
      title: 'Шестое совещание старших должностных лиц Алматинского процесса, Стамбул, 26 мая 2021 года: совместный план работы на 2021–2022 годы',
      description: 'План работы, предложенный председательствующей Турцией и одобренный участниками: расширение состава, новые темы и большая известность процесса.',
    },
  },
  {
    key: 'covid-returnees-research-2021',
    type: 'report',
    year: 2021,
    countries: ['KZ', 'KG', 'TJ', 'UZ', 'RU'],
    files: ['en', 'ru'],
    pages: 3,
    en: {
      title: 'Socio-economic effects of COVID-19 on returnees and stranded migrants in Central Asia and the Russian Federation',
      description: 'Regional research on the routes, work, living conditions and protection needs of migrants who returned home or could not travel.',
    },
    ru: {
      title: 'Социально-экономические последствия COVID-19 для вернувшихся и застрявших мигрантов в Центральной Азии и Российской Федерации',
      description: 'Региональное исследование о маршрутах, работе, условиях жизни и потребностях в защите мигрантов, которые вернулись домой или не смогли уехать.',
    },
  },
  {
    key: 'kazakhstan-trafficking-assessment-2021',
    type: 'report',
    year: 2021,
    countries: ['KZ'],
    files: ['ru'],
    pages: 2,
    en: {
      title: 'Assessment of measures to combat trafficking in persons in Kazakhstan',
      description: 'Findings of international experts who studied victim identification and prosecution in Kazakhstan in 2020–2021. In Russian.',
    },
    ru: {
      title: 'Оценка мер по противодействию торговле людьми в Казахстане',
      description: 'Выводы международных экспертов, изучавших в 2020–2021 годах выявление пострадавших и уголовное преследование в Казахстане.',
    },
  },
  {
    key: 'reintegration-survey-2021',
    type: 'other',
    year: 2021,
    countries: ['KG', 'TJ'],
    files: ['en'],
    pages: 1,
    en: {
      title: 'Returned migrant reintegration in Kyrgyzstan and Tajikistan: what beneficiaries said',
      description: 'Survey results in figures: most respondents were satisfied with the reintegration sessions and said they felt better in their lives.',
    },
    ru: {
      title: 'Реинтеграция вернувшихся мигрантов в Кыргызстане и Таджикистане: мнения участников',
      description: 'Итоги опроса в цифрах: большинство участников остались довольны занятиями по реинтеграции и сказали, что их жизнь стала лучше.',
    },
  },
];

export function demoDocumentFields(doc: DemoDocument): DocumentFields {
  return { type: doc.type, year: doc.year, countries: doc.countries, text: { en: doc.en, ru: doc.ru } };
}

/** A small PDF for one language of a demo document: Latin text, a page count of its own. */
export function renderDemoDocument(doc: DemoDocument, locale: ContentLocale): Uint8Array {
  const edition = locale === 'en' ? 'English edition' : 'Russian edition (this demo file is written in Latin letters)';
  const pages = Array.from({ length: doc.pages }, (_, i) => ({
    title: i === 0 ? doc.en.title : `${doc.en.title} (continued)`,
    paragraphs: [
      i === 0 ? `${edition}. ${doc.year}.` : `Page ${i + 1} of ${doc.pages}.`,
      doc.en.description,
      'This is a placeholder document generated for the Newsroom demo. It stands in for a publication of the UN offices in Central Asia and contains no real findings.',
    ],
  }));
  return makeMinimalPdf(pages, { title: `${doc.en.title} (${locale})` });
}
