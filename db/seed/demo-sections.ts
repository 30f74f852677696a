// Demo content for the sections beyond news: the Almaty Process pages, events, country pages and
// monthly digests. Facts from ../shared/reference (the office's old site and the May 2021
// digest); the sentences are written for this project.
import type { CountryCode, DemoBlock } from './demo-stories';

export type DemoEntryText = {
  title: string;
  /** Kebab-case Latin; Russian slugs are transliterations. */
  slug: string;
  summary: string;
  body: DemoBlock[];
  fields?: Record<string, string>;
  /** Omit for published. */
  status?: 'draft' | 'in_review';
};

export type DemoPage = { key: string; parentKey: string | null; position: number; en: DemoEntryText; ru?: DemoEntryText };

type EventText = DemoEntryText & { fields: { venue: string; participants: string } };
export type DemoEvent = {
  key: string;
  /** `YYYY-MM-DD` for an all-day event, else `YYYY-MM-DDTHH:mm`, in Almaty. */
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  /** Where it took place; null: online. */
  countryCode: CountryCode | null;
  almatyProcess: boolean;
  documents: string[];
  stories: string[];
  en: EventText;
  ru?: EventText;
};

type CountryText = DemoEntryText & { fields: { missionName: string; missionAddress: string } };
export type DemoCountry = {
  code: CountryCode;
  membership: 'member' | 'observer' | 'invited' | null;
  /** The office has a mission there: the five Central Asian countries. */
  office: boolean;
  email: string;
  phone: string;
  en: CountryText;
  ru?: CountryText;
};

export type DemoDigestItem = { kind: 'story'; story: string } | { kind: 'item'; heading: { en: string; ru?: string }; body: { en: DemoBlock[]; ru?: DemoBlock[] } };
type DigestText = Omit<DemoEntryText, 'body'> & { intro: DemoBlock[] };
export type DemoDigest = { key: string; month: string; publishedAt: string; en: DigestText; ru?: DigestText; items: DemoDigestItem[] };

const p = (text: string): DemoBlock => ({ type: 'paragraph', text });
const h = (text: string): DemoBlock => ({ type: 'heading', text });

export const demoPages: DemoPage[] = [
  {
    key: 'almaty-process',
    parentKey: null,
    position: 0,
    en: {
      title: 'The Almaty Process',
      slug: 'the-almaty-process',
      summary: 'A regional consultative process on refugee protection and international migration to, from and within Central Asia.',
      body: [
        p('The Almaty Process brings together the governments of Central Asia and of the countries the region shares migration routes with. Since 2013 it has given them a standing forum to discuss refugee protection, labour migration, trafficking in persons and the movement of people across the region’s borders.'),
        p('Member states set the agenda through a rotating Chair. The International Organization for Migration (IOM) and the UN Refugee Agency (UNHCR) act as the secretariat and provide administrative and technical support.'),
        p('These pages describe how the process works, who takes part, the meetings it holds and the documents it has adopted.'),
      ],
    },
    ru: {
      title: 'Алматинский процесс',
      slug: 'almatinskiy-protsess',
      summary: 'Региональный консультативный процесс по защите беженцев и международной миграции в Центральную Азию, из неё и внутри региона.',
      body: [
        p('Алматинский процесс объединяет правительства стран Центральной Азии и государств, с которыми регион связывают миграционные маршруты. С 2013 года это постоянная площадка для обсуждения защиты беженцев, трудовой миграции, противодействия торговле людьми и передвижения людей через границы региона.'),
        p('Повестку определяют государства-члены через сменяющегося Председателя. Международная организация по миграции (МОМ) и Агентство ООН по делам беженцев (УВКБ ООН) выполняют функции секретариата и оказывают административную и техническую поддержку.'),
        p('На этих страницах рассказано, как устроен процесс, кто в нём участвует, какие встречи проводятся и какие документы приняты.'),
      ],
    },
  },
  {
    key: 'almaty-process-about',
    parentKey: 'almaty-process',
    position: 0,
    en: {
      title: 'About the process',
      slug: 'about-the-almaty-process',
      summary: 'Why the process was set up in 2013 and what it works on.',
      body: [
        p('Central Asia has a long history of complex population movements: people leave in search of work, return home, flee conflict or find themselves without any nationality. Many of these movements are mixed, with refugees and migrants travelling the same routes.'),
        p('The Almaty Process was established in 2013 to respond to these mixed movements and to strengthen regional cooperation on them. It works on refugee protection, the rights of migrant workers and their families, the prevention of statelessness, and the fight against trafficking in persons.'),
        h('How it works'),
        p('Senior officials meet regularly to review joint work and agree work plans; ministerial conferences set the direction. Thematic meetings and trainings bring together the government agencies concerned.'),
      ],
    },
    ru: {
      title: 'О процессе',
      slug: 'o-protsesse',
      summary: 'Зачем процесс был создан в 2013 году и чем он занимается.',
      body: [
        p('Центральная Азия давно живёт со сложными перемещениями населения: люди уезжают на заработки, возвращаются домой, бегут от конфликтов или оказываются без гражданства. Многие из этих потоков смешанные: беженцы и мигранты идут одними маршрутами.'),
        p('Алматинский процесс был учреждён в 2013 году, чтобы отвечать на смешанные миграционные потоки и укреплять региональное сотрудничество в этой области. Он занимается защитой беженцев, правами трудовых мигрантов и их семей, предотвращением безгражданства и противодействием торговле людьми.'),
        h('Как он работает'),
        p('Старшие должностные лица регулярно встречаются, чтобы подвести итоги совместной работы и согласовать планы; направление задают министерские конференции. Тематические встречи и тренинги собирают профильные ведомства.'),
      ],
    },
  },
  {
    key: 'almaty-process-members',
    parentKey: 'almaty-process',
    position: 1,
    en: {
      title: 'Members and governance',
      slug: 'members-and-governance',
      summary: 'The member states, the observers and how the Chair and the secretariat share the work.',
      body: [
        h('Member states'),
        { type: 'list', items: ['Afghanistan', 'Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkey'] },
        h('Observers and invited states'),
        p('Pakistan and Turkmenistan take part as observers. Uzbekistan joined the 2021 senior officials meeting as an invited state.'),
        h('Chairship'),
        p('The Chair rotates among the member states. Turkey chaired the process in 2021–2022 and proposed a joint work plan focused on expanding membership, broadening the themes the process covers and making its work better known.'),
        h('Secretariat'),
        p('IOM and UNHCR run the secretariat together: they prepare meetings, keep the process’s records and support its member states between meetings.'),
      ],
    },
    ru: {
      title: 'Члены и управление',
      slug: 'chleny-i-upravlenie',
      summary: 'Государства-члены, наблюдатели и то, как Председатель и секретариат делят работу.',
      body: [
        h('Государства-члены'),
        { type: 'list', items: ['Азербайджан', 'Афганистан', 'Казахстан', 'Кыргызстан', 'Таджикистан', 'Турция'] },
        h('Наблюдатели и приглашённые государства'),
        p('Пакистан и Туркменистан участвуют в качестве наблюдателей. Узбекистан принял участие во встрече старших должностных лиц 2021 года как приглашённое государство.'),
        h('Председательство'),
        p('Председательство переходит от одного государства-члена к другому. В 2021–2022 годах процессом руководила Турция: она предложила совместный план работы, нацеленный на расширение членства, расширение тематики и большую известность процесса.'),
        h('Секретариат'),
        p('Секретариат совместно ведут МОМ и УВКБ ООН: они готовят встречи, ведут документацию процесса и поддерживают государства-члены в периоды между встречами.'),
      ],
    },
  },
  {
    key: 'almaty-process-faq',
    parentKey: 'almaty-process',
    position: 2,
    en: {
      title: 'Frequently asked questions',
      slug: 'almaty-process-faq',
      summary: 'Short answers about the process, its members and its meetings.',
      body: [
        h('What is the Almaty Process?'),
        p('A regional consultative process: governments meet to discuss refugee protection and migration and to agree on joint action. Its decisions are not binding; they guide national and regional work.'),
        h('When was it established?'),
        p('In 2013, in Almaty, which gave the process its name.'),
        h('Who takes part?'),
        p('Six member states, observers and invited states, with IOM and UNHCR as the secretariat. The page on members and governance lists them.'),
        h('How often does it meet?'),
        p('Senior officials meet about once a year; ministerial conferences are held less often, most recently in January 2021.'),
        h('Where can I find its documents?'),
        p('Declarations, reports and meeting documents are in the process’s documents list and in the office’s resources.'),
        h('Who do I contact?'),
        p('Write to the IOM or UNHCR office in your country; the contact page lists the missions in Central Asia.'),
      ],
    },
    // Russian on purpose still in review: the Russian reader meets the "not yet translated" page.
    ru: {
      title: 'Часто задаваемые вопросы',
      slug: 'almatinskiy-protsess-voprosy',
      summary: 'Короткие ответы о процессе, его участниках и встречах.',
      status: 'in_review',
      body: [
        h('Что такое Алматинский процесс?'),
        p('Региональный консультативный процесс: правительства встречаются, чтобы обсуждать защиту беженцев и миграцию и договариваться о совместных действиях. Его решения не обязательны; они направляют национальную и региональную работу.'),
        h('Когда он был учреждён?'),
        p('В 2013 году в Алматы, откуда и название процесса.'),
        h('Кто в нём участвует?'),
        p('Шесть государств-членов, наблюдатели и приглашённые государства; МОМ и УВКБ ООН выполняют функции секретариата. Они перечислены на странице о членах и управлении.'),
        h('Как часто проходят встречи?'),
        p('Старшие должностные лица встречаются примерно раз в год; министерские конференции проходят реже, последняя — в январе 2021 года.'),
        h('Где найти документы процесса?'),
        p('Декларации, отчёты и документы встреч собраны в списке документов процесса и в разделе ресурсов.'),
        h('К кому обращаться?'),
        p('Напишите в офис МОМ или УВКБ ООН в вашей стране; представительства в Центральной Азии перечислены на странице контактов.'),
      ],
    },
  },
];

export const demoEvents: DemoEvent[] = [
  {
    key: 'ministerial-conference-2021',
    startsAt: '2021-01-27T11:00',
    endsAt: '2021-01-27T16:00',
    allDay: false,
    countryCode: null,
    almatyProcess: true,
    documents: ['almaty-process-ministerial-2021'],
    stories: ['almaty-process-ministerial-conference-2021'],
    en: {
      title: 'Ministerial Conference of the Almaty Process',
      slug: 'ministerial-conference-2021',
      summary: 'Ministers and senior officials of the member states and observers met online to discuss the pandemic’s effect on refugees and migrants in the region.',
      body: [p('Organized by IOM and UNHCR, the conference reviewed the joint work done so far and the support the region needs for migrants and refugees hit by border closures and lost work.')],
      fields: { venue: 'Online', participants: 'Member states and observers: Afghanistan, Azerbaijan, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Turkey, Turkmenistan and Uzbekistan; IOM and UNHCR.' },
    },
    ru: {
      title: 'Министерская конференция Алматинского процесса',
      slug: 'ministerskaya-konferentsiya-2021',
      summary: 'Министры и старшие должностные лица государств-членов и наблюдателей встретились онлайн, чтобы обсудить последствия пандемии для беженцев и мигрантов региона.',
      body: [p('Конференция, организованная МОМ и УВКБ ООН, подвела итоги совместной работы и обсудила поддержку, необходимую мигрантам и беженцам, пострадавшим от закрытия границ и потери работы.')],
      fields: { venue: 'Онлайн', participants: 'Государства-члены и наблюдатели: Азербайджан, Афганистан, Иран, Казахстан, Кыргызстан, Пакистан, Таджикистан, Туркменистан, Турция и Узбекистан; МОМ и УВКБ ООН.' },
    },
  },
  {
    key: 'senior-officials-meeting-2021',
    startsAt: '2021-05-26T10:00',
    endsAt: '2021-05-26T17:00',
    allDay: false,
    countryCode: 'TR',
    almatyProcess: true,
    documents: ['almaty-process-senior-officials-2021'],
    stories: ['almaty-process-senior-officials-meeting-istanbul'],
    en: {
      title: 'Sixth Senior Officials Meeting',
      slug: 'sixth-senior-officials-meeting',
      summary: 'Thirty-five delegates, in person and online, discussed the vision of the process’s strategy and the Chair’s joint work plan for 2021–2022.',
      body: [p('The meeting endorsed the draft calendar of activities proposed by the Chair, Turkey, with its focus on membership, new themes and visibility.')],
      fields: { venue: 'Istanbul', participants: '35 delegates of the member states, the observers Pakistan and Turkmenistan, and Uzbekistan as an invited state.' },
    },
    ru: {
      title: 'Шестая встреча старших должностных лиц',
      slug: 'shestaya-vstrecha-starshikh-dolzhnostnykh-lits',
      summary: 'Тридцать пять делегатов, очно и онлайн, обсудили видение стратегии процесса и совместный план работы Председателя на 2021–2022 годы.',
      body: [p('Встреча одобрила проект календаря мероприятий, предложенный Председателем — Турцией, с упором на членство, новые темы и известность процесса.')],
      fields: { venue: 'Стамбул', participants: '35 делегатов государств-членов, наблюдателей — Пакистана и Туркменистана — и Узбекистана как приглашённого государства.' },
    },
  },
  {
    key: 'border-health-round-table-2021',
    startsAt: '2021-05-22T10:00',
    endsAt: '2021-05-22T13:00',
    allDay: false,
    countryCode: 'UZ',
    almatyProcess: false,
    documents: [],
    stories: ['cdc-iom-border-health-round-table-tashkent'],
    en: {
      title: 'Border health security round table',
      slug: 'border-health-security-round-table',
      summary: 'The first multi-stakeholder round table of the joint CDC–IOM initiative on health security at points of entry.',
      body: [p('Participants discussed the International Health Regulations and a roadmap for making border health security part of how points of entry work.')],
      fields: { venue: 'Tashkent', participants: 'U.S. Centers for Disease Control and Prevention, IOM, national border and health agencies.' },
    },
    ru: {
      title: 'Круглый стол по санитарной безопасности на границе',
      slug: 'kruglyy-stol-sanitarnaya-bezopasnost-na-granitse',
      summary: 'Первый круглый стол с участием разных сторон в рамках совместной инициативы CDC и МОМ по охране здоровья в пунктах пропуска.',
      body: [p('Участники обсудили Международные медико-санитарные правила и дорожную карту, которая сделает санитарную безопасность частью работы пунктов пропуска.')],
      fields: { venue: 'Ташкент', participants: 'Центры по контролю и профилактике заболеваний США, МОМ, национальные пограничные ведомства и органы здравоохранения.' },
    },
  },
  {
    key: 'dushanbe-national-partners-2021',
    startsAt: '2021-05-25',
    endsAt: '2021-05-26',
    allDay: true,
    countryCode: 'TJ',
    almatyProcess: false,
    documents: ['covid-returnees-research-2021'],
    stories: ['tajikistan-migration-strategy-2030-research'],
    en: {
      title: 'Research findings for Tajikistan’s migration strategy',
      slug: 'research-findings-migration-strategy-tajikistan',
      summary: 'A two-day meeting with national partners on bringing regional research into the new migration strategy until 2030.',
      body: [p('Forty-five representatives of ministries and agencies looked at the findings on returnees, stranded migrants and remittances.')],
      fields: { venue: 'Dushanbe', participants: '45 representatives of ministries and agencies working on migration.' },
    },
    ru: {
      title: 'Результаты исследований для миграционной стратегии Таджикистана',
      slug: 'rezultaty-issledovaniy-migratsionnaya-strategiya-tadzhikistana',
      summary: 'Двухдневная встреча с национальными партнёрами о том, как учесть региональные исследования в новой стратегии миграции до 2030 года.',
      body: [p('Сорок пять представителей министерств и ведомств изучили выводы о вернувшихся мигрантах, застрявших мигрантах и денежных переводах.')],
      fields: { venue: 'Душанбе', participants: '45 представителей министерств и ведомств, занимающихся миграцией.' },
    },
  },
  {
    key: 'trafficking-national-dialogue-2021',
    startsAt: '2021-05-28',
    endsAt: null,
    allDay: true,
    countryCode: 'KZ',
    almatyProcess: false,
    documents: ['kazakhstan-trafficking-assessment-2021'],
    stories: ['kazakhstan-national-dialogue-human-trafficking'],
    en: {
      title: 'National dialogue on identifying victims of trafficking',
      slug: 'national-dialogue-victims-of-trafficking',
      summary: 'Parliamentarians, judges, prosecutors, ministries and civil society discussed how to identify victims and prosecute trafficking in persons.',
      body: [p('International experts presented their assessment of Kazakhstan’s measures against trafficking; participants drafted recommendations.')],
      fields: { venue: 'Almaty', participants: 'Deputies of the Mazhilis, the Supreme Court, the General Prosecutor’s Office, ministries, civil society and international organizations.' },
    },
    ru: {
      title: 'Национальный диалог о выявлении жертв торговли людьми',
      slug: 'natsionalnyy-dialog-zhertvy-torgovli-lyudmi',
      summary: 'Депутаты, судьи, прокуроры, министерства и гражданское общество обсудили, как выявлять жертв и преследовать за торговлю людьми.',
      body: [p('Международные эксперты представили оценку мер Казахстана против торговли людьми; участники подготовили рекомендации.')],
      fields: { venue: 'Алматы', participants: 'Депутаты Мажилиса, Верховный суд, Генеральная прокуратура, министерства, гражданское общество и международные организации.' },
    },
  },
  {
    key: 'un-network-retreat-2021',
    startsAt: '2021-05-17',
    endsAt: '2021-05-18',
    allDay: true,
    countryCode: 'KG',
    almatyProcess: false,
    documents: [],
    stories: ['un-network-on-migration-retreat-bishkek'],
    // English only on purpose.
    en: {
      title: 'UN Network on Migration focal points retreat',
      slug: 'un-network-on-migration-focal-points-retreat',
      summary: 'Two half-days for the network’s focal points in Kyrgyzstan on the country’s migration context and mainstreaming migration.',
      body: [p('IOM Kyrgyzstan and the Resident Coordinator’s Office, the network’s co-chairs, organized the retreat with the network’s secretariat.')],
      fields: { venue: 'Bishkek', participants: 'Focal points of the UN agencies in the network.' },
    },
  },
  {
    key: 'senior-officials-meeting-2027',
    startsAt: '2027-05-19T10:00',
    endsAt: '2027-05-20T17:00',
    allDay: false,
    countryCode: 'KZ',
    almatyProcess: true,
    documents: [],
    stories: [],
    en: {
      title: 'Senior Officials Meeting of the Almaty Process, 2027',
      slug: 'senior-officials-meeting-2027',
      summary: 'The member states will review the work plan and prepare the next ministerial conference.',
      body: [p('Delegations of the member states, observers and invited states are expected in Almaty. The agenda will be published here.')],
      fields: { venue: 'Almaty', participants: 'Member states, observers and invited states; IOM and UNHCR.' },
    },
    ru: {
      title: 'Встреча старших должностных лиц Алматинского процесса, 2027',
      slug: 'vstrecha-starshikh-dolzhnostnykh-lits-2027',
      summary: 'Государства-члены рассмотрят план работы и подготовят следующую министерскую конференцию.',
      body: [p('В Алматы ожидаются делегации государств-членов, наблюдателей и приглашённых государств. Повестка будет опубликована здесь.')],
      fields: { venue: 'Алматы', participants: 'Государства-члены, наблюдатели и приглашённые государства; МОМ и УВКБ ООН.' },
    },
  },
  {
    key: 'statelessness-workshop-2027',
    startsAt: '2027-02-16',
    endsAt: '2027-02-17',
    allDay: true,
    countryCode: 'UZ',
    almatyProcess: false,
    documents: [],
    stories: ['ibelong-statelessness-central-asia'],
    en: {
      title: 'Regional workshop on ending statelessness',
      slug: 'regional-workshop-ending-statelessness',
      summary: 'Civil registry and migration officials of Central Asia will compare how they identify stateless people and confirm nationality.',
      body: [p('The workshop continues the region’s work under the #IBelong campaign.')],
      fields: { venue: 'Tashkent', participants: 'Civil registry, migration and interior ministry officials of the five Central Asian countries; UNHCR.' },
    },
    ru: {
      title: 'Региональный семинар по искоренению безгражданства',
      slug: 'regionalnyy-seminar-iskorenenie-bezgrazhdanstva',
      summary: 'Сотрудники органов ЗАГС и миграционных служб Центральной Азии сравнят, как они выявляют лиц без гражданства и подтверждают гражданство.',
      body: [p('Семинар продолжает работу региона в рамках кампании #IBelong.')],
      fields: { venue: 'Ташкент', participants: 'Сотрудники органов ЗАГС, миграционных служб и министерств внутренних дел пяти стран Центральной Азии; УВКБ ООН.' },
    },
  },
];

const mission = (en: [string, string], ru: [string, string]) => ({ en: { missionName: en[0], missionAddress: en[1] }, ru: { missionName: ru[0], missionAddress: ru[1] } });
const none = { missionName: '', missionAddress: '' };

const kz = mission(['IOM Kazakhstan', 'Astana, Kazakhstan'], ['МОМ в Казахстане', 'Астана, Казахстан']);
const kg = mission(['IOM Kyrgyzstan', 'Bishkek, Kyrgyzstan'], ['МОМ в Кыргызстане', 'Бишкек, Кыргызстан']);
const tj = mission(['IOM Tajikistan', 'Dushanbe, Tajikistan'], ['МОМ в Таджикистане', 'Душанбе, Таджикистан']);
const tm = mission(['IOM Turkmenistan', 'Ashgabat, Turkmenistan'], ['МОМ в Туркменистане', 'Ашхабад, Туркменистан']);
const uz = mission(['IOM Uzbekistan', 'Tashkent, Uzbekistan'], ['МОМ в Узбекистане', 'Ташкент, Узбекистан']);

// Street addresses and phone numbers are not in the references: city only, no phone.
export const demoCountries: DemoCountry[] = [
  {
    code: 'KZ',
    membership: 'member',
    office: true,
    email: 'iomastana@iom.int',
    phone: '',
    en: {
      title: 'Kazakhstan',
      slug: 'kazakhstan',
      summary: 'A country of destination and transit for migrant workers from the region, and home to the office in Almaty.',
      body: [p('Kazakhstan receives many migrant workers from neighbouring countries and is a member state of the Almaty Process, which was established in Almaty in 2013.'), p('The office works with the government on the identification of victims of trafficking, on statelessness and on the rights of migrant workers.')],
      fields: kz.en,
    },
    ru: {
      title: 'Казахстан',
      slug: 'kazakhstan',
      summary: 'Страна назначения и транзита для трудовых мигрантов из региона; здесь, в Алматы, находится офис.',
      body: [p('Казахстан принимает многих трудовых мигрантов из соседних стран и является государством-членом Алматинского процесса, учреждённого в Алматы в 2013 году.'), p('Офис работает с правительством над выявлением жертв торговли людьми, проблемой безгражданства и правами трудовых мигрантов.')],
      fields: kz.ru,
    },
  },
  {
    code: 'KG',
    membership: 'member',
    office: true,
    email: 'iomkyrgyzstan@iom.int',
    phone: '',
    en: {
      title: 'Kyrgyzstan',
      slug: 'kyrgyzstan',
      summary: 'Many of its citizens work abroad; returning migrants and their reintegration are a priority.',
      body: [p('Remittances from citizens working abroad matter to many families in Kyrgyzstan. The office supports the reintegration of returning migrants and co-chairs, with the Resident Coordinator’s Office, the UN Network on Migration in the country.')],
      fields: kg.en,
    },
    ru: {
      title: 'Кыргызстан',
      slug: 'kyrgyzstan',
      summary: 'Многие граждане работают за рубежом; возвращение мигрантов и их реинтеграция — приоритет.',
      body: [p('Денежные переводы граждан, работающих за рубежом, важны для многих семей Кыргызстана. Офис поддерживает реинтеграцию вернувшихся мигрантов и вместе с Офисом постоянного координатора возглавляет Сеть ООН по миграции в стране.')],
      fields: kg.ru,
    },
  },
  {
    code: 'TJ',
    membership: 'member',
    office: true,
    email: 'dushanbe@iom.int',
    phone: '',
    en: {
      title: 'Tajikistan',
      slug: 'tajikistan',
      summary: 'A country of origin for labour migration, preparing a new migration strategy until 2030.',
      body: [p('Tajikistan is drafting its migration strategy until 2030. Regional research on returnees and remittances, presented to national partners in May 2021, feeds into it.')],
      fields: tj.en,
    },
    ru: {
      title: 'Таджикистан',
      slug: 'tadzhikistan',
      summary: 'Страна происхождения трудовой миграции, готовящая новую стратегию миграции до 2030 года.',
      body: [p('Таджикистан разрабатывает стратегию миграции до 2030 года. В неё войдут региональные исследования о вернувшихся мигрантах и денежных переводах, представленные национальным партнёрам в мае 2021 года.')],
      fields: tj.ru,
    },
  },
  {
    code: 'TM',
    membership: 'observer',
    office: true,
    email: 'iomashgabat@iom.int',
    phone: '',
    en: {
      title: 'Turkmenistan',
      slug: 'turkmenistan',
      summary: 'An observer of the Almaty Process, with an office in Ashgabat.',
      body: [p('Turkmenistan follows the Almaty Process as an observer and took part in the 2021 ministerial conference and senior officials meeting.')],
      fields: tm.en,
    },
    ru: {
      title: 'Туркменистан',
      slug: 'turkmenistan',
      summary: 'Наблюдатель в Алматинском процессе; офис находится в Ашхабаде.',
      body: [p('Туркменистан участвует в Алматинском процессе как наблюдатель; он был представлен на министерской конференции и встрече старших должностных лиц 2021 года.')],
      fields: tm.ru,
    },
  },
  {
    code: 'UZ',
    membership: 'invited',
    office: true,
    email: 'iomtashkent@iom.int',
    phone: '',
    en: {
      title: 'Uzbekistan',
      slug: 'uzbekistan',
      summary: 'A large country of origin for labour migration; an invited state at the 2021 senior officials meeting.',
      body: [p('Uzbekistan took part in the 2021 senior officials meeting of the Almaty Process as an invited state. The office helps vulnerable migrants return home and works on health security at points of entry.')],
      fields: uz.en,
    },
    ru: {
      title: 'Узбекистан',
      slug: 'uzbekistan',
      summary: 'Крупная страна происхождения трудовой миграции; приглашённое государство на встрече старших должностных лиц 2021 года.',
      body: [p('Узбекистан участвовал во встрече старших должностных лиц Алматинского процесса 2021 года как приглашённое государство. Офис помогает уязвимым мигрантам вернуться домой и работает над санитарной безопасностью в пунктах пропуска.')],
      fields: uz.ru,
    },
  },
  {
    code: 'AF',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: { title: 'Afghanistan', slug: 'afghanistan', summary: 'A member state of the Almaty Process.', body: [p('Afghanistan is one of the process’s member states and took part in its 2021 meetings.')], fields: none },
    ru: { title: 'Афганистан', slug: 'afganistan', summary: 'Государство-член Алматинского процесса.', body: [p('Афганистан — одно из государств-членов процесса; он участвовал во встречах 2021 года.')], fields: none },
  },
  {
    code: 'AZ',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: { title: 'Azerbaijan', slug: 'azerbaijan', summary: 'A member state of the Almaty Process.', body: [p('Azerbaijan is one of the process’s member states and took part in its 2021 meetings.')], fields: none },
    ru: { title: 'Азербайджан', slug: 'azerbaydzhan', summary: 'Государство-член Алматинского процесса.', body: [p('Азербайджан — одно из государств-членов процесса; он участвовал во встречах 2021 года.')], fields: none },
  },
  {
    code: 'TR',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: { title: 'Turkey', slug: 'turkey', summary: 'A member state; it chaired the process in 2021–2022.', body: [p('Turkey chaired the Almaty Process in 2021–2022 and hosted the sixth senior officials meeting in Istanbul.')], fields: none },
    ru: { title: 'Турция', slug: 'turtsiya', summary: 'Государство-член; председательствовала в процессе в 2021–2022 годах.', body: [p('Турция председательствовала в Алматинском процессе в 2021–2022 годах и приняла шестую встречу старших должностных лиц в Стамбуле.')], fields: none },
  },
  {
    code: 'PK',
    membership: 'observer',
    office: false,
    email: '',
    phone: '',
    en: { title: 'Pakistan', slug: 'pakistan', summary: 'An observer of the Almaty Process.', body: [p('Pakistan follows the process as an observer and took part in its 2021 meetings.')], fields: none },
    ru: { title: 'Пакистан', slug: 'pakistan', summary: 'Наблюдатель в Алматинском процессе.', body: [p('Пакистан участвует в процессе как наблюдатель; он был представлен на встречах 2021 года.')], fields: none },
  },
  {
    // The ministerial conference of January 2021 lists Iran among the "member states and
    // observers" without saying which; the senior officials meeting lists it as neither. Observer
    // is the cautious reading. English only on purpose.
    code: 'IR',
    membership: 'observer',
    office: false,
    email: '',
    phone: '',
    en: { title: 'Iran', slug: 'iran', summary: 'Took part in the 2021 ministerial conference of the Almaty Process.', body: [p('Iran was represented at the ministerial conference of January 2021, which discussed the pandemic’s effect on migrants and refugees in the region.')], fields: none },
  },
];

export const demoDigests: DemoDigest[] = [
  {
    key: 'digest-2021-05',
    month: '2021-05',
    publishedAt: '2021-06-04T05:00:00Z',
    en: {
      title: 'Regional digest, May 2021',
      slug: 'regional-digest-may-2021',
      summary: 'The Almaty Process meets in Istanbul, a family returns home to Karakalpakstan, and partners in four countries take on migration, health and trafficking.',
      intro: [p('A busy month across the region: the process’s senior officials agreed a work plan, and the offices in every country worked with national partners.')],
    },
    ru: {
      title: 'Региональный дайджест, май 2021',
      slug: 'regionalnyy-daydzhest-may-2021',
      summary: 'Алматинский процесс встречается в Стамбуле, семья возвращается домой в Каракалпакстан, партнёры в четырёх странах занимаются миграцией, здоровьем и торговлей людьми.',
      intro: [p('Насыщенный месяц для региона: старшие должностные лица процесса согласовали план работы, а офисы во всех странах работали с национальными партнёрами.')],
    },
    items: [
      { kind: 'story', story: 'almaty-process-senior-officials-meeting-istanbul' },
      { kind: 'story', story: 'family-return-karaganda-to-nukus' },
      { kind: 'story', story: 'cdc-iom-border-health-round-table-tashkent' },
      { kind: 'story', story: 'kazakhstan-national-dialogue-human-trafficking' },
      {
        kind: 'item',
        heading: { en: 'Reintegration survey results', ru: 'Итоги опроса о реинтеграции' },
        body: {
          en: [p('A survey after the reintegration project in Kyrgyzstan and Tajikistan found 95% of respondents satisfied or very satisfied with the sessions, and 86% feeling better in their lives. The infographics came out on 21 May.')],
          ru: [p('Опрос после проекта по реинтеграции в Кыргызстане и Таджикистане показал: 95% участников довольны или очень довольны занятиями, а 86% говорят, что их жизнь стала лучше. Инфографика опубликована 21 мая.')],
        },
      },
    ],
  },
  {
    key: 'digest-2021-01',
    month: '2021-01',
    publishedAt: '2021-02-03T05:00:00Z',
    en: {
      title: 'Regional digest, January 2021',
      slug: 'regional-digest-january-2021',
      summary: 'Ministers of the Almaty Process discuss COVID-19 and migration.',
      intro: [p('The year opened with the process’s ministerial conference, held online.')],
    },
    // English only on purpose: the Russian archive does not list this issue.
    items: [
      { kind: 'story', story: 'almaty-process-ministerial-conference-2021' },
      {
        kind: 'item',
        heading: { en: 'Returns during the pandemic' },
        body: { en: [p('With government counterparts, IOM helped 3,101 people return home from Kazakhstan while borders were closed.')] },
      },
    ],
  },
];
