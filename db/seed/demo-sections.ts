// Demo content for the site's sections (the Almaty Process pages, events, countries, digests).
// Facts come from ../shared/reference (the office's old page on the 2021 ministerial conference
// and IOM's May 2021 digest for Central Asia); the sentences are written for this project.
// Slugs are typed, not generated, so each locale's addresses are fixed and checked by the test.
import type { CountryCode, DemoBlock } from './demo-stories';

export type DemoEntryText = {
  title: string;
  /** Kebab-case Latin; Russian slugs transliterated as lib/slug.ts does (e.g. 'o-protsesse'). */
  slug: string;
  /** One or two sentences, under 300 characters. */
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
  /** 'YYYY-MM-DD' for a whole day, else 'YYYY-MM-DDTHH:mm', Almaty local time. */
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  /** Where it took place; null = online. */
  countryCode: CountryCode | null;
  almatyProcess: boolean;
  /** demo-documents keys. */
  documents: string[];
  /** demo-stories keys. */
  stories: string[];
  en: EventText;
  ru?: EventText;
};

type CountryText = DemoEntryText & { fields: { missionName: string; missionAddress: string } };
export type DemoCountry = {
  code: CountryCode;
  /** The country's part in the Almaty Process. */
  membership: 'member' | 'observer' | 'invited' | null;
  /** The office has a mission there (the five Central Asian countries). */
  office: boolean;
  email: string;
  phone: string;
  en: CountryText;
  ru?: CountryText;
};

export type DemoDigestItem =
  | { kind: 'story'; story: string }
  | { kind: 'item'; heading: { en: string; ru?: string }; body: { en: DemoBlock[]; ru?: DemoBlock[] } };

type DigestText = Omit<DemoEntryText, 'body'> & { intro: DemoBlock[] };
export type DemoDigest = {
  key: string;
  /** 'YYYY-MM'. */
  month: string;
  /** ISO 8601 in UTC. */
  publishedAt: string;
  en: DigestText;
  ru?: DigestText;
  items: DemoDigestItem[];
};

const p = (text: string): DemoBlock => ({ type: 'paragraph', text });
const h = (text: string): DemoBlock => ({ type: 'heading', text });

// ---------------------------------------------------------------------------------------------
// Pages. Bodies of both languages keep the same blocks in the same order (block ids align).
// ---------------------------------------------------------------------------------------------

export const demoPages: DemoPage[] = [
  {
    key: 'almaty-process',
    parentKey: null,
    position: 0,
    en: {
      title: 'The Almaty Process',
      slug: 'the-almaty-process',
      summary:
        'A regional consultative process on refugee protection and international migration to, from and within Central Asia, established in 2013 and supported by IOM and UNHCR.',
      body: [
        p('The Almaty Process brings together governments of Central Asia and of the countries with which the region shares migration routes. It gives them a regular, informal setting to discuss refugee protection and international migration to, from and within Central Asia, and to agree on practical steps they can take together.'),
        { type: 'image', image: 'almaty' },
        p('The process was established in 2013. Its starting point is that refugees, asylum-seekers, labour migrants and victims of trafficking often travel along the same routes, so that no country can respond to these mixed movements well on its own.'),
        p('IOM and UNHCR form the secretariat of the process and provide it with administrative and technical support. Decisions rest with the participating states.'),
        h('In this section'),
        {
          type: 'list',
          items: [
            'About the process: why it was set up and what it works on',
            'Members and governance: who takes part and how the process is run',
            'Events: senior officials meetings, ministerial conferences and related activities',
            'Documents: declarations, work plans and meeting reports',
            'Frequently asked questions',
          ],
        },
      ],
    },
    ru: {
      title: 'Алматинский процесс',
      slug: 'almatinskiy-protsess',
      summary:
        'Региональный консультативный процесс по защите беженцев и международной миграции в Центральную Азию, из неё и внутри региона. Учреждён в 2013 году, поддержку ему оказывают МОМ и УВКБ ООН.',
      body: [
        p('Алматинский процесс объединяет правительства стран Центральной Азии и государств, с которыми регион связывают общие миграционные маршруты. Это постоянная неформальная площадка, где страны обсуждают защиту беженцев и международную миграцию в Центральную Азию, из неё и внутри региона и договариваются о совместных практических шагах.'),
        { type: 'image', image: 'almaty' },
        p('Процесс был учреждён в 2013 году. В его основе лежит простое наблюдение: беженцы, лица, ищущие убежища, трудовые мигранты и жертвы торговли людьми нередко движутся одними и теми же путями, и ни одна страна не может в одиночку эффективно реагировать на такие смешанные миграционные потоки.'),
        p('Функции секретариата процесса выполняют МОМ и УВКБ ООН: они оказывают ему административную и техническую поддержку. Решения принимают сами государства-участники.'),
        h('В этом разделе'),
        {
          type: 'list',
          items: [
            'О процессе: зачем он был создан и чем занимается',
            'Состав и управление: кто участвует в процессе и как организована его работа',
            'Мероприятия: совещания старших должностных лиц, министерские конференции и другие встречи',
            'Документы: декларации, планы работы и отчёты о встречах',
            'Вопросы и ответы',
          ],
        },
      ],
    },
  },
  {
    key: 'almaty-process-about',
    parentKey: 'almaty-process',
    position: 0,
    en: {
      title: 'About the process',
      slug: 'about-the-process',
      summary:
        'Why the Almaty Process was set up in 2013, what it aims to achieve and which questions its participants work on together.',
      body: [
        p('Central Asia has a long history of complex population movements. People leave, cross and return to the region for work, for family reasons and to escape conflict and persecution, and voluntary migration and forced displacement are often closely intertwined.'),
        h('Why a regional process'),
        p('Governments of the region saw the need for a forum in which countries of origin, transit and destination could discuss these movements together. The Almaty Process, established in 2013, was created to respond to the challenges of mixed movements and to strengthen regional cooperation and coordination on them.'),
        h('What it works on'),
        {
          type: 'list',
          items: [
            'Protecting refugees and asylum-seekers travelling within mixed movements',
            'Safe and orderly labour migration and the rights of migrant workers',
            'Identifying and assisting victims of trafficking in persons',
            'Reducing and preventing statelessness',
            'Responding together to crises, as during the COVID-19 pandemic',
          ],
        },
        h('The process in practice'),
        p('When borders closed and air and rail links were cut during the COVID-19 pandemic, the contacts built through the process helped governments and IOM assist the most vulnerable migrants. Despite the closures, 3,101 people were helped to return home from Kazakhstan.'),
        p('In 2021 the participating states discussed a vision for an Almaty Process Strategy and endorsed a Joint Work Plan for 2021–2022, with a calendar of activities proposed by the chair.'),
      ],
    },
    ru: {
      title: 'О процессе',
      slug: 'o-protsesse',
      summary:
        'Зачем в 2013 году был учреждён Алматинский процесс, каких целей он добивается и над какими вопросами совместно работают его участники.',
      body: [
        p('Для Центральной Азии исторически характерны сложные процессы перемещения населения. Люди уезжают из региона, пересекают его и возвращаются домой — ради работы, по семейным обстоятельствам, спасаясь от конфликтов и преследований, — и добровольную миграцию зачастую трудно отделить от вынужденного перемещения.'),
        h('Зачем нужен региональный процесс'),
        p('Правительства стран региона пришли к выводу, что странам происхождения, транзита и назначения нужна общая площадка для обсуждения этих процессов. Алматинский процесс, учреждённый в 2013 году, призван помогать в решении проблем, связанных со смешанными миграционными потоками, и укреплять региональное сотрудничество и координацию в этой сфере.'),
        h('Чем занимается процесс'),
        {
          type: 'list',
          items: [
            'Защита беженцев и лиц, ищущих убежища, в составе смешанных миграционных потоков',
            'Безопасная и упорядоченная трудовая миграция, права трудящихся-мигрантов',
            'Выявление жертв торговли людьми и помощь им',
            'Сокращение и предотвращение безгражданства',
            'Совместное реагирование на кризисы, как это было во время пандемии COVID-19',
          ],
        },
        h('Процесс на практике'),
        p('Когда из-за пандемии COVID-19 закрылись границы и прервалось авиа- и железнодорожное сообщение, связи, налаженные в рамках процесса, помогли правительствам и МОМ поддержать наиболее уязвимых мигрантов. Несмотря на ограничения, 3101 человек смог вернуться домой из Казахстана.'),
        p('В 2021 году государства-участники обсудили концепцию стратегии Алматинского процесса и одобрили совместный план работы на 2021–2022 годы вместе с календарём мероприятий, предложенным председателем.'),
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
      summary:
        'Six member states, observers and invited states take part in the Almaty Process; a rotating Chairship leads it, and IOM and UNHCR serve as its secretariat.',
      body: [
        h('Member states'),
        {
          type: 'list',
          items: ['Afghanistan', 'Azerbaijan', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Türkiye (Turkey)'],
        },
        h('Observers and invited states'),
        p('Iran, Pakistan and Turkmenistan follow the work of the process as observers. Uzbekistan has taken part as an invited state since 2021, when it joined the Sixth Senior Officials Meeting in Istanbul.'),
        h('The Chairship'),
        p('The Chairship of the process rotates among the member states. Türkiye chaired the process in 2021–2022 and set three priorities for its term: expanding the membership, diversifying the thematic areas of work and making the process more visible.'),
        h('Meetings'),
        p('Senior officials meetings are the working level of the process: delegations review progress, discuss strategy and agree on work plans and calendars of activities. The sixth such meeting, held in Istanbul on 26 May 2021, brought together 35 delegates in person and online.'),
        p('Ministerial conferences set the political direction. The Ministerial Conference of 27 January 2021, held online, discussed the regional consequences of the COVID-19 pandemic for refugees and migrants.'),
        h('The secretariat'),
        p('IOM and UNHCR act as the secretariat of the process. They prepare and organize its meetings and provide administrative and technical support to the Chairship and the participating states.'),
      ],
    },
    ru: {
      title: 'Состав и управление',
      slug: 'sostav-i-upravlenie',
      summary:
        'В Алматинском процессе участвуют шесть государств-членов, а также наблюдатели и приглашённые государства. Процесс возглавляет сменяющийся председатель, функции секретариата выполняют МОМ и УВКБ ООН.',
      body: [
        h('Государства-члены'),
        {
          type: 'list',
          items: ['Азербайджан', 'Афганистан', 'Казахстан', 'Кыргызстан', 'Таджикистан', 'Турция'],
        },
        h('Наблюдатели и приглашённые государства'),
        p('Иран, Пакистан и Туркменистан следят за работой процесса в качестве наблюдателей. Узбекистан участвует в нём как приглашённое государство с 2021 года, когда его представители приняли участие в шестом совещании старших должностных лиц в Стамбуле.'),
        h('Председательство'),
        p('Председательство в процессе переходит от одного государства-члена к другому. В 2021–2022 годах процесс возглавляла Турция, которая определила три приоритета своего председательства: расширение состава участников, новые тематические направления работы и большая известность процесса.'),
        h('Встречи'),
        p('Совещания старших должностных лиц — это рабочий уровень процесса: делегации подводят итоги, обсуждают стратегию, согласовывают планы работы и календари мероприятий. Шестое совещание прошло 26 мая 2021 года в Стамбуле; в нём очно и онлайн участвовали 35 делегатов.'),
        p('Министерские конференции определяют политический курс процесса. На министерской конференции 27 января 2021 года, прошедшей в онлайн-формате, обсуждались последствия пандемии COVID-19 для беженцев и мигрантов в регионе.'),
        h('Секретариат'),
        p('Функции секретариата процесса выполняют МОМ и УВКБ ООН. Они готовят и проводят встречи, оказывают председателю и государствам-участникам административную и техническую поддержку.'),
      ],
    },
  },
  {
    key: 'almaty-process-faq',
    parentKey: 'almaty-process',
    position: 2,
    en: {
      title: 'Frequently asked questions',
      slug: 'frequently-asked-questions',
      summary: 'Short answers to the questions most often asked about the Almaty Process: what it is, who takes part, who leads it and how it works.',
      body: [
        h('What is the Almaty Process?'),
        p('It is a regional consultative process on refugee protection and international migration to, from and within Central Asia. Governments use it to exchange information, compare approaches and plan joint activities; it is a forum for dialogue, not a body that issues binding decisions.'),
        h('When was it set up, and why?'),
        p('It was established in 2013 to help countries respond together to mixed movements, in which refugees, asylum-seekers and migrants travel along the same routes and need different kinds of protection and assistance.'),
        h('Which countries take part?'),
        p('The member states are Afghanistan, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan and Türkiye. Iran, Pakistan and Turkmenistan take part as observers, and Uzbekistan has attended as an invited state since 2021.'),
        h('What is the difference between a member, an observer and an invited state?'),
        p('Member states shape the work of the process and take on its Chairship in turn. Observers attend meetings and contribute to the discussion, and invited states are asked to join particular meetings. The exact arrangements are set out in the documents of the process.'),
        h('Who leads the process?'),
        p('A Chairship that rotates among the member states. Türkiye chaired the process in 2021–2022, focusing on membership expansion, new thematic areas and greater visibility.'),
        h('What do IOM and UNHCR do?'),
        p('The two organizations act as the secretariat of the process. They organize meetings and provide administrative and technical support to the Chairship and the participating states.'),
        h('Where can I find meeting documents?'),
        p('Declarations, work plans and meeting reports are published in the Documents part of this section. Upcoming and past meetings are listed under Events.'),
      ],
    },
    ru: {
      title: 'Вопросы и ответы',
      slug: 'voprosy-i-otvety',
      summary: 'Коротко о том, что чаще всего спрашивают об Алматинском процессе: что это такое, кто в нём участвует, кто им руководит и как он устроен.',
      body: [
        h('Что такое Алматинский процесс?'),
        p('Это региональный консультативный процесс по защите беженцев и международной миграции в Центральную Азию, из неё и внутри региона. Правительства обмениваются в его рамках информацией, сравнивают подходы и планируют совместные мероприятия. Процесс служит площадкой для диалога и не принимает обязательных для государств решений.'),
        h('Когда и зачем был учреждён процесс?'),
        p('Он был учреждён в 2013 году, чтобы страны могли сообща реагировать на смешанные миграционные потоки, в которых беженцы, лица, ищущие убежища, и мигранты движутся одними маршрутами, но нуждаются в разной защите и помощи.'),
        h('Какие страны в нём участвуют?'),
        p('Государства-члены — Азербайджан, Афганистан, Казахстан, Кыргызстан, Таджикистан и Турция. Иран, Пакистан и Туркменистан участвуют в качестве наблюдателей, а Узбекистан с 2021 года — в качестве приглашённого государства.'),
        h('Чем член процесса отличается от наблюдателя и приглашённого государства?'),
        p('Государства-члены определяют направления работы процесса и по очереди председательствуют в нём. Наблюдатели присутствуют на встречах и участвуют в обсуждении, а приглашённые государства получают приглашение на отдельные встречи. Подробнее порядок участия изложен в документах процесса.'),
        h('Кто руководит процессом?'),
        p('Председатель, который меняется по очереди среди государств-членов. В 2021–2022 годах председательствовала Турция; её приоритетами были расширение состава участников, новые тематические направления и большая известность процесса.'),
        h('Какова роль МОМ и УВКБ ООН?'),
        p('Обе организации выполняют функции секретариата процесса: проводят встречи и оказывают председателю и государствам-участникам административную и техническую поддержку.'),
        h('Где найти документы встреч?'),
        p('Декларации, планы работы и отчёты о встречах публикуются в подразделе «Документы» этого раздела. Предстоящие и прошедшие встречи перечислены в подразделе «Мероприятия».'),
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Events. The 2021 meetings are those of the references; the two in 2027 are planned meetings,
// so that "upcoming" is never empty. Linked stories and documents are added after the body.
// ---------------------------------------------------------------------------------------------

export const demoEvents: DemoEvent[] = [
  {
    key: 'almaty-process-ministerial-conference-2021',
    startsAt: '2021-01-27',
    endsAt: null,
    allDay: true,
    countryCode: null,
    almatyProcess: true,
    documents: ['almaty-process-ministerial-2021'],
    stories: ['almaty-process-ministerial-conference-2021'],
    en: {
      title: 'Ministerial Conference of the Almaty Process 2021',
      slug: 'almaty-process-ministerial-conference-2021',
      summary: 'An online conference of ministers and high-level officials on the challenges that COVID-19 has added to refugee protection and migration in Central Asia.',
      body: [
        p('IOM and UNHCR organized the conference for the member states and observers of the Almaty Process. Delegations reviewed the results of their joint work so far and discussed future activities in support of migrants and refugees in the region.'),
        p('Much of the discussion turned on the pandemic: border closures and the suspension of air and rail links had made the situation of migrants and refugees considerably harder.'),
      ],
      fields: {
        venue: 'Online',
        participants: 'High-level officials of Afghanistan, Azerbaijan, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Türkiye, Turkmenistan and Uzbekistan; IOM and UNHCR',
      },
    },
    ru: {
      title: 'Министерская конференция Алматинского процесса 2021 года',
      slug: 'ministerskaya-konferentsiya-almatinskogo-protsessa-2021',
      summary: 'Онлайн-конференция министров и высокопоставленных должностных лиц о том, какие новые трудности пандемия COVID-19 создала для защиты беженцев и миграции в Центральной Азии.',
      body: [
        p('МОМ и УВКБ ООН организовали конференцию для государств-членов и наблюдателей Алматинского процесса. Делегации подвели итоги совместной работы и обсудили дальнейшие меры поддержки мигрантов и беженцев в регионе.'),
        p('Значительная часть обсуждения была посвящена пандемии: закрытие границ и прекращение авиа- и железнодорожного сообщения серьёзно осложнили положение мигрантов и беженцев.'),
      ],
      fields: {
        venue: 'Онлайн',
        participants: 'Высокопоставленные представители Азербайджана, Афганистана, Ирана, Казахстана, Кыргызстана, Пакистана, Таджикистана, Туркменистана, Турции и Узбекистана; МОМ и УВКБ ООН',
      },
    },
  },
  {
    key: 'almaty-process-senior-officials-meeting-2021',
    startsAt: '2021-05-26',
    endsAt: null,
    allDay: true,
    countryCode: 'TR',
    almatyProcess: true,
    documents: ['almaty-process-senior-officials-2021'],
    stories: ['almaty-process-senior-officials-meeting-istanbul'],
    en: {
      title: 'Sixth Senior Officials Meeting of the Almaty Process',
      slug: 'sixth-senior-officials-meeting-istanbul-2021',
      summary: 'Senior officials met in Istanbul and online to discuss the vision of an Almaty Process Strategy and the Joint Work Plan for 2021–2022 proposed by the chair.',
      body: [
        p('The meeting was organized by the secretariat of the process, IOM and UNHCR. At its core were the vision of the Almaty Process Strategy and the Joint Work Plan for 2021–2022 proposed by Türkiye as chair.'),
        p('For its two-year term the Chairship set out to expand the membership, diversify the thematic areas of work and raise the visibility of the process. Members found the draft calendar of activities appropriate and endorsed it at the meeting.'),
      ],
      fields: {
        venue: 'Istanbul, Türkiye, and online',
        participants: '35 delegates from the member states (Afghanistan, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Türkiye), the observers (Pakistan, Turkmenistan) and an invited state (Uzbekistan)',
      },
    },
    ru: {
      title: 'Шестое совещание старших должностных лиц Алматинского процесса',
      slug: 'shestoe-soveshchanie-starshikh-dolzhnostnykh-lits-stambul-2021',
      summary: 'Старшие должностные лица встретились в Стамбуле и онлайн, чтобы обсудить концепцию стратегии Алматинского процесса и совместный план работы на 2021–2022 годы, предложенный председателем.',
      body: [
        p('Встречу организовал секретариат процесса — МОМ и УВКБ ООН. Главными темами стали концепция стратегии Алматинского процесса и совместный план работы на 2021–2022 годы, который предложила председательствующая Турция.'),
        p('На два года своего председательства Турция поставила задачи расширить состав участников, разнообразить тематику работы и сделать процесс более заметным. Участники признали проект календаря мероприятий целесообразным и одобрили его.'),
      ],
      fields: {
        venue: 'Стамбул (Турция) и онлайн',
        participants: '35 делегатов от государств-членов (Азербайджан, Афганистан, Казахстан, Кыргызстан, Таджикистан, Турция), наблюдателей (Пакистан, Туркменистан) и приглашённого государства (Узбекистан)',
      },
    },
  },
  // The reference gives "May 2021" and "two days" only: the dates below are an assumption.
  {
    key: 'un-network-on-migration-retreat-2021',
    startsAt: '2021-05-18',
    endsAt: '2021-05-19',
    allDay: true,
    countryCode: 'KG',
    almatyProcess: false,
    documents: [],
    stories: ['un-network-on-migration-retreat-bishkek'],
    en: {
      title: 'UN Network on Migration in Kyrgyzstan: focal points retreat',
      slug: 'un-network-on-migration-focal-points-retreat-2021',
      summary: 'A retreat over two half-days for the focal points of the UN Network on Migration in Kyrgyzstan, on the national migration context and on mainstreaming migration.',
      body: [
        p('IOM Kyrgyzstan and the UN Resident Coordinator’s Office, the co-chairs of the Network, organized the retreat with the Network’s secretariat and IOM headquarters. The first day covered the migration context of Kyrgyzstan and the Network’s role, tools and resources.'),
        p('The second day presented the Mainstreaming Migration Capacity Development Plan for the Kyrgyz Republic, prepared under the joint IOM–UNDP Global Programme “Making Migration Work for Sustainable Development”, and ended with a discussion of next steps.'),
      ],
      fields: {
        venue: 'Bishkek, Kyrgyzstan',
        participants: 'Focal points of the UN agencies in the UN Network on Migration in Kyrgyzstan',
      },
    },
    // The Russian text waits for review, as does the story's.
    ru: {
      status: 'in_review',
      title: 'Сеть ООН по миграции в Кыргызстане: ретрит для координаторов',
      slug: 'retrit-koordinatorov-seti-oon-po-migratsii-2021',
      summary: 'Ретрит из двух полудневных сессий для координаторов Сети ООН по миграции в Кыргызстане: миграционная ситуация в стране и учёт вопросов миграции в работе агентств.',
      body: [
        p('Ретрит провели сопредседатели Сети — МОМ в Кыргызстане и Офис координатора-резидента ООН — совместно с секретариатом Сети и штаб-квартирой МОМ. В первый день речь шла о миграционной ситуации в Кыргызстане, роли Сети, её инструментах и ресурсах.'),
        p('Во второй день участникам представили план развития потенциала по интеграции вопросов миграции для Кыргызской Республики, подготовленный в рамках совместной глобальной программы МОМ и ПРООН «Миграция на благо устойчивого развития». Встреча завершилась обсуждением дальнейших шагов.'),
      ],
      fields: {
        venue: 'Бишкек, Кыргызстан',
        participants: 'Координаторы агентств ООН, входящих в Сеть ООН по миграции в Кыргызстане',
      },
    },
  },
  {
    key: 'border-health-round-table-2021',
    startsAt: '2021-05-22',
    endsAt: null,
    allDay: true,
    countryCode: 'UZ',
    almatyProcess: false,
    documents: [],
    stories: ['cdc-iom-border-health-round-table-tashkent'],
    en: {
      title: 'Border Health Security: first multi-stakeholder round table',
      slug: 'border-health-security-round-table-tashkent-2021',
      summary: 'The U.S. CDC and IOM opened their joint regional initiative on COVID-19 preparedness and response at points of entry with a round table in Tashkent.',
      body: [
        p('The round table presented the joint CDC–IOM project, discussed the International Health Regulations and began work, with all stakeholders, on a roadmap for making the Border Health Security initiative a lasting part of national systems.'),
        p('Next steps include a joint needs assessment at points of entry with the CDC assessment tool and technical support in drafting standard operating procedures for screening.'),
      ],
      fields: {
        venue: 'Tashkent, Uzbekistan',
        participants: 'The U.S. Centers for Disease Control and Prevention (CDC), IOM and national stakeholders in border health',
      },
    },
    ru: {
      title: 'Санитарная безопасность на границах: первый многосторонний круглый стол',
      slug: 'kruglyy-stol-po-sanitarnoy-bezopasnosti-na-granitsakh-2021',
      summary: 'CDC США и МОМ начали совместную региональную инициативу по готовности к COVID-19 и реагированию на пандемию в пунктах пропуска с круглого стола в Ташкенте.',
      body: [
        p('На круглом столе представили совместный проект CDC и МОМ, обсудили Международные медико-санитарные правила и вместе со всеми заинтересованными сторонами начали разработку дорожной карты, которая позволит закрепить инициативу «Санитарная безопасность на границах» в национальных системах.'),
        p('Следующие шаги — совместная оценка потребностей в пунктах пропуска с помощью методики CDC и техническая поддержка в подготовке стандартных операционных процедур для проведения скрининга.'),
      ],
      fields: {
        venue: 'Ташкент, Узбекистан',
        participants: 'Центры по контролю и профилактике заболеваний США (CDC), МОМ и национальные партнёры, отвечающие за санитарную безопасность на границах',
      },
    },
  },
  {
    key: 'national-partners-meeting-dushanbe-2021',
    startsAt: '2021-05-25',
    endsAt: '2021-05-26',
    allDay: true,
    countryCode: 'TJ',
    almatyProcess: false,
    documents: ['covid-returnees-research-2021'],
    stories: ['tajikistan-migration-strategy-2030-research', 'regional-research-returnees-remittances'],
    en: {
      title: 'Final meeting with national partners on the Strategy on Migration until 2030',
      slug: 'national-partners-meeting-migration-strategy-dushanbe-2021',
      summary: 'Over two days, IOM Tajikistan and 45 representatives of ministries and agencies looked at regional research findings to be reflected in the country’s new migration strategy.',
      body: [
        p('Participants examined in detail the findings of two regional studies: on the socio-economic effects of COVID-19 on returnees and stranded migrants in Central Asia and the Russian Federation, and on how Central Asian migrants and their families send, receive and invest remittances.'),
        p('The meeting gave national stakeholders a clearer picture of the profile, routes, economic and labour situation, living conditions and main protection needs of migrants and returnees.'),
      ],
      fields: {
        venue: 'Dushanbe, Tajikistan',
        participants: '45 representatives of ministries and agencies working in migration management in Tajikistan; IOM Tajikistan',
      },
    },
    ru: {
      title: 'Итоговая встреча с национальными партнёрами по Стратегии миграции до 2030 года',
      slug: 'vstrecha-s-natsionalnymi-partnerami-dushanbe-2021',
      summary: 'За два дня МОМ в Таджикистане и 45 представителей министерств и ведомств обсудили результаты региональных исследований, которые войдут в новую национальную стратегию по миграции.',
      body: [
        p('Участники подробно рассмотрели результаты двух региональных исследований: о социально-экономических последствиях COVID-19 для вернувшихся мигрантов и мигрантов, оказавшихся в безвыходном положении, в Центральной Азии и Российской Федерации, а также о том, как мигранты из Центральной Азии и их семьи отправляют, получают и вкладывают денежные переводы.'),
        p('Встреча помогла национальным партнёрам лучше понять, кто такие мигранты и вернувшиеся мигранты, какими маршрутами они едут, каковы их заработки, условия труда и жизни и в какой защите они нуждаются прежде всего.'),
      ],
      fields: {
        venue: 'Душанбе, Таджикистан',
        participants: '45 представителей министерств и ведомств Таджикистана, работающих в сфере управления миграцией; МОМ в Таджикистане',
      },
    },
  },
  {
    key: 'national-dialogue-trafficking-2021',
    startsAt: '2021-05-28',
    endsAt: null,
    allDay: true,
    countryCode: 'KZ',
    almatyProcess: false,
    documents: ['kazakhstan-trafficking-assessment-2021'],
    stories: ['kazakhstan-national-dialogue-human-trafficking'],
    en: {
      title: 'National dialogue on identifying trafficking victims and prosecuting trafficking',
      slug: 'national-dialogue-on-human-trafficking-almaty-2021',
      summary: 'IOM Kazakhstan hosted a national dialogue on why victims of trafficking are too often missed and how identification and prosecution can be improved.',
      body: [
        p('International experts who carried out research in Kazakhstan in 2020–2021 presented their assessment of the measures in place against trafficking in persons. Participants shared experience and learned about practice in other countries.'),
        p('After discussing why identification, investigation and prosecution too often fail, participants drafted recommendations to improve the national system. The dialogue was also streamed live on Facebook.'),
      ],
      fields: {
        venue: 'Almaty, Kazakhstan',
        participants: 'Deputies of the Mazhilis; the Supreme Court; the General Prosecutor’s Office; the ministries of internal affairs, labour and social protection, and foreign affairs; civil society and international organizations',
      },
    },
    ru: {
      title: 'Национальный диалог о выявлении жертв торговли людьми и уголовном преследовании',
      slug: 'natsionalnyy-dialog-po-torgovle-lyudmi-almaty-2021',
      summary: 'МОМ в Казахстане провела национальный диалог о том, почему жертв торговли людьми часто не удаётся выявить и как улучшить выявление и уголовное преследование.',
      body: [
        p('Международные эксперты, проводившие исследование в Казахстане в 2020–2021 годах, представили оценку действующих мер противодействия торговле людьми. Участники обменялись опытом и познакомились с международной практикой.'),
        p('Обсудив, почему выявление, расследование и уголовное преследование нередко оказываются неэффективными, участники подготовили рекомендации по совершенствованию национальной системы. Диалог также транслировался в прямом эфире в Facebook.'),
      ],
      fields: {
        venue: 'Алматы, Казахстан',
        participants: 'Депутаты Мажилиса, представители Верховного суда, Генеральной прокуратуры, министерств внутренних дел, труда и социальной защиты населения, иностранных дел, гражданского общества и международных организаций',
      },
    },
  },
  // Planned meetings (the demo's "today" is late 2026): place and format as announced, details to follow.
  {
    key: 'almaty-process-senior-officials-meeting-2027',
    startsAt: '2027-03-16T10:00',
    endsAt: '2027-03-16T17:30',
    allDay: false,
    countryCode: 'KZ',
    almatyProcess: true,
    documents: [],
    stories: ['almaty-process-explainer'],
    en: {
      title: 'Senior Officials Meeting of the Almaty Process, 2027',
      slug: 'almaty-process-senior-officials-meeting-2027',
      summary: 'Senior officials of the participating states will review the work of the process and discuss its plans for the years ahead, in Almaty and online.',
      body: [
        p('The meeting will take stock of the activities carried out under the current work plan and discuss priorities and a calendar of activities for the next period. Delegations can take part in person or online.'),
        p('The agenda and meeting documents will be published here once they are agreed with the Chairship.'),
      ],
      fields: {
        venue: 'Almaty, Kazakhstan, and online',
        participants: 'Delegations of the member states, observers and invited states; IOM and UNHCR as the secretariat',
      },
    },
    ru: {
      title: 'Совещание старших должностных лиц Алматинского процесса, 2027',
      slug: 'soveshchanie-starshikh-dolzhnostnykh-lits-2027',
      summary: 'Старшие должностные лица государств-участников подведут итоги работы процесса и обсудят планы на ближайшие годы. Встреча пройдёт в Алматы и онлайн.',
      body: [
        p('Участники подведут итоги мероприятий, проведённых по текущему плану работы, и обсудят приоритеты и календарь мероприятий на следующий период. Делегации смогут участвовать очно или онлайн.'),
        p('Повестка дня и документы совещания будут опубликованы на этой странице после согласования с председателем.'),
      ],
      fields: {
        venue: 'Алматы (Казахстан) и онлайн',
        participants: 'Делегации государств-членов, наблюдателей и приглашённых государств; МОМ и УВКБ ООН как секретариат',
      },
    },
  },
  // English only: the Russian announcement is not written yet.
  {
    key: 'statelessness-workshop-2027',
    startsAt: '2027-05-12',
    endsAt: '2027-05-13',
    allDay: true,
    countryCode: 'KG',
    almatyProcess: false,
    documents: ['kazakhstan-legislation-2019', 'kyrgyzstan-legislation-2020', 'uzbekistan-legislation-2022'],
    stories: ['ibelong-statelessness-central-asia'],
    en: {
      title: 'Regional workshop on ending statelessness in Central Asia',
      slug: 'regional-workshop-on-statelessness-2027',
      summary: 'A two-day workshop for government experts from the five Central Asian countries on identifying stateless people and on laws and procedures that prevent statelessness.',
      body: [
        p('Experts from ministries of internal affairs, justice and foreign affairs will compare how their countries identify and register stateless people, confirm nationality and make sure that every child is registered at birth.'),
        p('Sessions will draw on the analyses of national legislation prepared for Kazakhstan, Kyrgyzstan and Uzbekistan. The programme will be published closer to the date.'),
      ],
      fields: {
        venue: 'Bishkek, Kyrgyzstan',
        participants: 'Government experts from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan; civil society partners',
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Countries. Membership in the Almaty Process as of the 2021 meetings of the references: members
// AF AZ KZ KG TJ TR; observers PK TM; invited UZ. Iran is not named in the Senior Officials
// Meeting's list of members, observers and invited states, but it took part in the 2021
// Ministerial Conference "of member states and observers": as it is not a member, it is shown
// as an observer (the most defensible reading). Mission e-mails are those of the IOM digest;
// neither reference gives a street address or a phone, so the address names the city only.
// Profiles speak of the situation in general terms and give figures only from the references.
// ---------------------------------------------------------------------------------------------

const noMission = { missionName: '', missionAddress: '' };

export const demoCountries: DemoCountry[] = [
  {
    code: 'KZ',
    membership: 'member',
    office: true,
    // The digest gives two addresses for Kazakhstan (Astana and Almaty); the field holds one.
    email: 'iomastana@iom.int',
    phone: '',
    en: {
      title: 'Kazakhstan',
      slug: 'kazakhstan',
      summary: 'A destination for many labour migrants from neighbouring countries and a member state of the Almaty Process.',
      body: [
        p('Kazakhstan is the main destination for labour migrants within Central Asia and also a country of origin and transit. Many migrants from neighbouring countries work there, often in seasonal or informal jobs, and the country is a party to the 1951 Refugee Convention.'),
        p('When borders closed during the COVID-19 pandemic, many migrants were stranded in Kazakhstan without work or a way home. Working with government counterparts, IOM helped 3,101 people return home from Kazakhstan, and IOM offices in Kazakhstan and Uzbekistan organized returns for families in especially vulnerable situations.'),
        p('Recent cooperation with national authorities has also covered the identification of victims of trafficking in persons and the prosecution of trafficking crimes, as well as national legislation on refugees and stateless people.'),
      ],
      fields: { missionName: 'IOM mission in Kazakhstan', missionAddress: 'Astana, Kazakhstan' },
    },
    ru: {
      title: 'Казахстан',
      slug: 'kazakhstan',
      summary: 'Страна, куда приезжают на заработки многие мигранты из соседних государств; член Алматинского процесса.',
      body: [
        p('Казахстан — основная страна назначения для трудовых мигрантов внутри Центральной Азии, а также страна происхождения и транзита. Здесь работает много мигрантов из соседних стран, нередко на сезонных или неофициальных работах. Казахстан является участником Конвенции о статусе беженцев 1951 года.'),
        p('Когда во время пандемии COVID-19 закрылись границы, многие мигранты остались в Казахстане без работы и без возможности вернуться домой. При содействии государственных партнёров МОМ помогла 3101 человеку вернуться на родину, а бюро МОМ в Казахстане и Узбекистане организовали возвращение семей, оказавшихся в особенно уязвимом положении.'),
        p('В последние годы сотрудничество с национальными органами власти касалось также выявления жертв торговли людьми и уголовного преследования за такие преступления, а также национального законодательства о беженцах и лицах без гражданства.'),
      ],
      fields: { missionName: 'Миссия МОМ в Казахстане', missionAddress: 'Астана, Казахстан' },
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
      summary: 'A country of labour emigration whose returning migrants need support to rebuild their lives at home; a member state of the Almaty Process.',
      body: [
        p('Many people from Kyrgyzstan work abroad, and the money they send home matters greatly to their families. The COVID-19 pandemic brought many migrants home earlier than planned, often without savings or work.'),
        p('A project on community stabilization through the reintegration of returned migrants in Kyrgyzstan and Tajikistan offered returnees counselling and reintegration sessions. In a survey of participants, 95% said they were satisfied or very satisfied with the sessions, and 86% said they felt better in their lives afterwards.'),
        p('In Kyrgyzstan, IOM and the UN Resident Coordinator’s Office co-chair the UN Network on Migration, which helps the UN system give coherent support to the Government’s work on migration management and the rights of migrants. In 2019 Kyrgyzstan was recognized as the first country to have resolved all known cases of statelessness on its territory.'),
      ],
      fields: { missionName: 'IOM mission in Kyrgyzstan', missionAddress: 'Bishkek, Kyrgyzstan' },
    },
    ru: {
      title: 'Кыргызстан',
      slug: 'kyrgyzstan',
      summary: 'Страна трудовой эмиграции, где вернувшимся мигрантам нужна поддержка, чтобы заново устроить жизнь дома; член Алматинского процесса.',
      body: [
        p('Многие граждане Кыргызстана работают за рубежом, и деньги, которые они отправляют домой, очень важны для их семей. Из-за пандемии COVID-19 многие мигранты вернулись раньше, чем собирались, часто без сбережений и без работы.'),
        p('В рамках проекта по стабилизации местных сообществ через реинтеграцию вернувшихся мигрантов в Кыргызстане и Таджикистане участникам предлагали консультации и реинтеграционные занятия. По итогам опроса 95% участников остались довольны или очень довольны занятиями, а 86% сказали, что после них их жизнь изменилась к лучшему.'),
        p('В Кыргызстане МОМ и Офис координатора-резидента ООН являются сопредседателями Сети ООН по миграции, которая помогает системе ООН согласованно поддерживать работу правительства по управлению миграцией и защите прав мигрантов. В 2019 году Кыргызстан был признан первой страной, урегулировавшей все известные случаи безгражданства на своей территории.'),
      ],
      fields: { missionName: 'Миссия МОМ в Кыргызстане', missionAddress: 'Бишкек, Кыргызстан' },
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
      summary: 'A country where labour migration shapes the lives of many families, preparing a new Strategy on Migration until 2030; a member state of the Almaty Process.',
      body: [
        p('Labour migration is part of everyday life for many families in Tajikistan: large numbers of people work abroad, and remittances are an important source of household income. Tajikistan also shares a long border with Afghanistan and hosts refugees, most of them from Afghanistan.'),
        p('The Government is preparing a new Strategy on Migration until 2030. In May 2021, 45 representatives of ministries and agencies reviewed the findings of regional research on the effects of COVID-19 on returnees and stranded migrants and on how migrants’ families send, receive and invest remittances, so that the strategy can draw on them.'),
        p('Together with Kyrgyzstan, Tajikistan has taken part in a project that helps returned migrants and their communities to recover from the effects of the pandemic.'),
      ],
      fields: { missionName: 'IOM mission in Tajikistan', missionAddress: 'Dushanbe, Tajikistan' },
    },
    ru: {
      title: 'Таджикистан',
      slug: 'tadzhikistan',
      summary: 'Страна, где трудовая миграция определяет жизнь многих семей; здесь готовится новая Стратегия миграции до 2030 года. Член Алматинского процесса.',
      body: [
        p('Трудовая миграция — часть повседневной жизни многих семей в Таджикистане: немало людей работают за рубежом, а денежные переводы служат важным источником дохода домохозяйств. Кроме того, Таджикистан имеет протяжённую границу с Афганистаном и принимает беженцев, большинство которых — граждане Афганистана.'),
        p('Правительство готовит новую Стратегию миграции до 2030 года. В мае 2021 года 45 представителей министерств и ведомств обсудили результаты региональных исследований о влиянии COVID-19 на вернувшихся мигрантов и мигрантов, оказавшихся в безвыходном положении, а также о том, как семьи мигрантов отправляют, получают и вкладывают денежные переводы, — чтобы эти данные были учтены в стратегии.'),
        p('Вместе с Кыргызстаном Таджикистан участвовал в проекте, который помогает вернувшимся мигрантам и их сообществам справиться с последствиями пандемии.'),
      ],
      fields: { missionName: 'Миссия МОМ в Таджикистане', missionAddress: 'Душанбе, Таджикистан' },
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
      summary: 'An observer of the Almaty Process that has worked to reduce statelessness by granting citizenship to people living in the country.',
      body: [
        p('Turkmenistan takes part in the Almaty Process as an observer and joined its Ministerial Conference and Senior Officials Meeting in 2021. It is a party to the 1951 Refugee Convention.'),
        p('Over the years Turkmenistan has granted citizenship to thousands of stateless people and former refugees living in the country, and it continues to work with the UN on identifying and preventing statelessness.'),
        p('The IOM mission in Ashgabat works with national partners on migration management, the protection of migrants and the prevention of trafficking in persons.'),
      ],
      fields: { missionName: 'IOM mission in Turkmenistan', missionAddress: 'Ashgabat, Turkmenistan' },
    },
    ru: {
      title: 'Туркменистан',
      slug: 'turkmenistan',
      summary: 'Наблюдатель Алматинского процесса, который последовательно сокращает безгражданство, предоставляя гражданство людям, живущим в стране.',
      body: [
        p('Туркменистан участвует в Алматинском процессе в качестве наблюдателя; в 2021 году его представители участвовали в министерской конференции и совещании старших должностных лиц. Туркменистан является участником Конвенции о статусе беженцев 1951 года.'),
        p('За прошедшие годы Туркменистан предоставил гражданство тысячам лиц без гражданства и бывших беженцев, проживающих в стране, и продолжает вместе с ООН работать над выявлением и предотвращением безгражданства.'),
        p('Миссия МОМ в Ашхабаде сотрудничает с национальными партнёрами в сфере управления миграцией, защиты мигрантов и противодействия торговле людьми.'),
      ],
      fields: { missionName: 'Миссия МОМ в Туркменистане', missionAddress: 'Ашхабад, Туркменистан' },
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
      summary: 'The most populous country of Central Asia and a major country of origin of labour migrants; an invited state of the Almaty Process since 2021.',
      body: [
        p('Uzbekistan is the most populous country of Central Asia, and many of its citizens work abroad, mainly in the Russian Federation and Kazakhstan. The pandemic left many of them stranded, and IOM offices in Uzbekistan and Kazakhstan helped vulnerable families return home, including to Karakalpakstan.'),
        p('Uzbekistan took part in the Sixth Senior Officials Meeting of the Almaty Process in 2021 as an invited state. It has not acceded to the 1951 Refugee Convention, and recent reforms of its citizenship legislation have opened a path to nationality for many stateless people.'),
        p('In Tashkent, the U.S. CDC and IOM launched a regional initiative in 2021 to strengthen COVID-19 preparedness and response at points of entry.'),
      ],
      fields: { missionName: 'IOM mission in Uzbekistan', missionAddress: 'Tashkent, Uzbekistan' },
    },
    ru: {
      title: 'Узбекистан',
      slug: 'uzbekistan',
      summary: 'Самая населённая страна Центральной Азии и одна из главных стран происхождения трудовых мигрантов; приглашённое государство Алматинского процесса с 2021 года.',
      body: [
        p('Узбекистан — самая населённая страна Центральной Азии, и многие её граждане работают за рубежом, прежде всего в Российской Федерации и Казахстане. Во время пандемии многие из них не могли вернуться домой; бюро МОМ в Узбекистане и Казахстане помогли уязвимым семьям вернуться на родину, в том числе в Каракалпакстан.'),
        p('В 2021 году Узбекистан принял участие в шестом совещании старших должностных лиц Алматинского процесса в качестве приглашённого государства. Страна не присоединилась к Конвенции о статусе беженцев 1951 года, а недавние изменения законодательства о гражданстве открыли многим лицам без гражданства путь к получению гражданства.'),
        p('В 2021 году CDC США и МОМ начали в Ташкенте региональную инициативу по повышению готовности к COVID-19 и реагированию на пандемию в пунктах пропуска.'),
      ],
      fields: { missionName: 'Миссия МОМ в Узбекистане', missionAddress: 'Ташкент, Узбекистан' },
    },
  },
  {
    code: 'AF',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: {
      title: 'Afghanistan',
      slug: 'afghanistan',
      summary: 'A country whose people have experienced decades of displacement, at home and abroad; a member state of the Almaty Process.',
      body: [
        p('Decades of conflict and insecurity have made Afghans one of the largest displaced populations in the world. Most Afghan refugees live in neighbouring Iran and Pakistan, and many people have also been displaced within the country.'),
        p('Large numbers of Afghans have returned from neighbouring countries in recent years, many of them in difficult circumstances. Humanitarian needs in the country remain high.'),
        p('Afghanistan is a member state of the Almaty Process and took part in its 2021 Ministerial Conference and Senior Officials Meeting. Movements from Afghanistan are one of the reasons why cooperation between Central Asia and its neighbours on refugee protection matters.'),
      ],
      fields: noMission,
    },
    ru: {
      title: 'Афганистан',
      slug: 'afganistan',
      summary: 'Страна, жители которой на протяжении десятилетий вынуждены покидать свои дома — внутри страны и за её пределами; член Алматинского процесса.',
      body: [
        p('Десятилетия конфликта и нестабильности сделали афганцев одной из самых многочисленных групп перемещённых лиц в мире. Большинство афганских беженцев живут в соседних Иране и Пакистане, многие люди стали внутренне перемещёнными лицами в собственной стране.'),
        p('В последние годы из соседних стран вернулось большое число афганцев, многие из них — в тяжёлых обстоятельствах. Гуманитарные потребности в стране остаются значительными.'),
        p('Афганистан — государство-член Алматинского процесса; в 2021 году он участвовал в министерской конференции и совещании старших должностных лиц. Перемещение людей из Афганистана — одна из причин, по которым сотрудничество Центральной Азии с соседями в сфере защиты беженцев так важно.'),
      ],
      fields: noMission,
    },
  },
  {
    code: 'AZ',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: {
      title: 'Azerbaijan',
      slug: 'azerbaijan',
      summary: 'A country with long experience of internal displacement and a member state of the Almaty Process.',
      body: [
        p('For three decades Azerbaijan has lived with large-scale internal displacement caused by conflict, and the return of displaced people to their places of origin is a stated priority of the Government.'),
        p('Azerbaijan is a party to the 1951 Refugee Convention and hosts a small number of refugees and asylum-seekers. It lies on routes that link Central Asia with the Caucasus and Europe.'),
        p('As a member state of the Almaty Process, Azerbaijan took part in the 2021 Ministerial Conference and in the Sixth Senior Officials Meeting in Istanbul.'),
      ],
      fields: noMission,
    },
    ru: {
      title: 'Азербайджан',
      slug: 'azerbaydzhan',
      summary: 'Страна с многолетним опытом внутреннего перемещения населения; член Алматинского процесса.',
      body: [
        p('На протяжении трёх десятилетий Азербайджан сталкивается с массовым внутренним перемещением, вызванным конфликтом; возвращение перемещённых лиц в места их прежнего проживания правительство называет одной из своих приоритетных задач.'),
        p('Азербайджан является участником Конвенции о статусе беженцев 1951 года и принимает небольшое число беженцев и лиц, ищущих убежища. Через страну проходят маршруты, связывающие Центральную Азию с Кавказом и Европой.'),
        p('Как государство-член Алматинского процесса Азербайджан участвовал в министерской конференции 2021 года и в шестом совещании старших должностных лиц в Стамбуле.'),
      ],
      fields: noMission,
    },
  },
  {
    // The UN has used "Türkiye" since 2022; the 2021 references say "Turkey".
    code: 'TR',
    membership: 'member',
    office: false,
    email: '',
    phone: '',
    en: {
      title: 'Türkiye',
      slug: 'turkiye',
      summary: 'Host to one of the largest refugee populations in the world and chair of the Almaty Process in 2021–2022.',
      body: [
        p('Türkiye hosts one of the largest refugee populations in the world, most of them Syrians under temporary protection. It is also a country of transit and destination for migrants from Afghanistan, Iran, Central Asia and beyond.'),
        p('Türkiye (then officially Turkey) chaired the Almaty Process in 2021–2022. Its Chairship focused on expanding the membership, diversifying the thematic areas of work and raising the visibility of the process, and it hosted the Sixth Senior Officials Meeting in Istanbul on 26 May 2021.'),
      ],
      fields: noMission,
    },
    ru: {
      title: 'Турция',
      slug: 'turtsiya',
      summary: 'Страна, принимающая одно из крупнейших в мире сообществ беженцев; председатель Алматинского процесса в 2021–2022 годах.',
      body: [
        p('Турция принимает одно из крупнейших в мире сообществ беженцев, большинство из которых — сирийцы, находящиеся под временной защитой. Кроме того, это страна транзита и назначения для мигрантов из Афганистана, Ирана, Центральной Азии и других регионов.'),
        p('В 2021–2022 годах Турция председательствовала в Алматинском процессе. Приоритетами её председательства стали расширение состава участников, новые тематические направления работы и большая известность процесса; 26 мая 2021 года в Стамбуле прошло шестое совещание старших должностных лиц.'),
      ],
      fields: noMission,
    },
  },
  {
    // Observer: see the note above the list.
    code: 'IR',
    membership: 'observer',
    office: false,
    email: '',
    phone: '',
    en: {
      title: 'Iran',
      slug: 'iran',
      summary: 'Host to Afghan refugees for more than four decades; it took part in the Almaty Process Ministerial Conference of 2021.',
      body: [
        p('The Islamic Republic of Iran has hosted refugees from Afghanistan for more than four decades, one of the most protracted refugee situations in the world. Alongside registered refugees, many Afghans live in the country without documents.'),
        p('Iran has opened its national schools to refugee children, including those without documents. It took part in the Ministerial Conference of the Almaty Process in January 2021.'),
      ],
      fields: noMission,
    },
    ru: {
      title: 'Иран',
      slug: 'iran',
      summary: 'Страна, которая более четырёх десятилетий принимает беженцев из Афганистана; участвовала в министерской конференции Алматинского процесса в 2021 году.',
      body: [
        p('Исламская Республика Иран более четырёх десятилетий принимает беженцев из Афганистана — это одна из самых затяжных ситуаций с беженцами в мире. Помимо зарегистрированных беженцев, в стране живёт много афганцев без документов.'),
        p('Иран открыл двери национальных школ для детей беженцев, в том числе не имеющих документов. Представители страны участвовали в министерской конференции Алматинского процесса в январе 2021 года.'),
      ],
      fields: noMission,
    },
  },
  {
    code: 'PK',
    membership: 'observer',
    office: false,
    email: '',
    phone: '',
    en: {
      title: 'Pakistan',
      slug: 'pakistan',
      summary: 'One of the main host countries of Afghan refugees for more than four decades and an observer of the Almaty Process.',
      body: [
        p('Pakistan has hosted refugees from Afghanistan for more than four decades and remains one of the main host countries of Afghan refugees. Many of them have lived in the country for a generation or more.'),
        p('Pakistan follows the Almaty Process as an observer and took part in its 2021 Ministerial Conference and Senior Officials Meeting.'),
      ],
      fields: noMission,
    },
    ru: {
      title: 'Пакистан',
      slug: 'pakistan',
      summary: 'Одна из главных стран, принимающих афганских беженцев на протяжении более четырёх десятилетий; наблюдатель Алматинского процесса.',
      body: [
        p('Пакистан более четырёх десятилетий принимает беженцев из Афганистана и по-прежнему остаётся одной из главных стран, где они находят убежище. Многие из них прожили в стране целое поколение и дольше.'),
        p('Пакистан следит за работой Алматинского процесса в качестве наблюдателя; в 2021 году его представители участвовали в министерской конференции и совещании старших должностных лиц.'),
      ],
      fields: noMission,
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Monthly digests: an introduction, then items in order, each a demo story or a short item of
// the issue's own. May 2021 follows IOM's digest of that month.
// ---------------------------------------------------------------------------------------------

export const demoDigests: DemoDigest[] = [
  {
    key: 'digest-2021-01',
    month: '2021-01',
    publishedAt: '2021-02-05T06:00:00Z',
    en: {
      title: 'Digest: January 2021',
      slug: 'digest-january-2021',
      summary: 'The Almaty Process ministers meet online to discuss the pandemic’s toll on refugees and migrants, and what cooperation achieved while borders were closed.',
      intro: [p('The year opened with a meeting of ministers of the Almaty Process. This issue looks at what they discussed and at what regional cooperation made possible in the first months of the pandemic.')],
    },
    ru: {
      title: 'Дайджест: январь 2021 года',
      slug: 'daydzhest-yanvar-2021',
      summary: 'Министры стран Алматинского процесса обсудили онлайн, как пандемия сказалась на беженцах и мигрантах и чего удалось добиться благодаря сотрудничеству, пока границы были закрыты.',
      intro: [p('Год начался со встречи министров стран Алматинского процесса. В этом выпуске — о том, что они обсудили и что удалось сделать благодаря региональному сотрудничеству в первые месяцы пандемии.')],
    },
    items: [
      { kind: 'story', story: 'almaty-process-ministerial-conference-2021' },
      {
        kind: 'item',
        heading: { en: '3,101 people home despite closed borders', ru: '3101 человек вернулся домой, несмотря на закрытые границы' },
        body: {
          en: [p('With the help of government counterparts, IOM assisted the most vulnerable migrants stranded in Kazakhstan by the pandemic and helped 3,101 of them return to their home countries while regular transport was suspended.')],
          ru: [p('При содействии государственных партнёров МОМ поддержала наиболее уязвимых мигрантов, которые из-за пандемии оказались в безвыходном положении в Казахстане, и помогла 3101 из них вернуться на родину, пока регулярное сообщение было прервано.')],
        },
      },
      {
        kind: 'item',
        heading: { en: 'Coming up', ru: 'Что дальше' },
        body: {
          en: [p('The participating states will continue the discussion at the next Senior Officials Meeting of the Almaty Process. Its date and venue will be announced on the Events page.')],
          ru: [p('Государства-участники продолжат обсуждение на следующем совещании старших должностных лиц Алматинского процесса. О дате и месте его проведения будет сообщено на странице «Мероприятия».')],
        },
      },
    ],
  },
  {
    key: 'digest-2021-05',
    month: '2021-05',
    publishedAt: '2021-06-10T06:00:00Z',
    en: {
      title: 'Digest: May 2021',
      slug: 'digest-may-2021',
      summary: 'A senior officials meeting in Istanbul, a border health round table in Tashkent, new research in Dushanbe and a national dialogue on trafficking in Almaty.',
      intro: [
        p('May was one of the busiest months of the year for our teams and partners across Central Asia. Here is what happened, from Istanbul to Nukus.'),
        { type: 'image', image: 'istanbul' },
      ],
    },
    ru: {
      title: 'Дайджест: май 2021 года',
      slug: 'daydzhest-may-2021',
      summary: 'Совещание старших должностных лиц в Стамбуле, круглый стол по санитарной безопасности на границах в Ташкенте, новые исследования в Душанбе и национальный диалог о торговле людьми в Алматы.',
      intro: [
        p('Май выдался одним из самых насыщенных месяцев года для наших команд и партнёров в Центральной Азии. Рассказываем, что произошло за месяц — от Стамбула до Нукуса.'),
        { type: 'image', image: 'istanbul' },
      ],
    },
    items: [
      { kind: 'story', story: 'almaty-process-senior-officials-meeting-istanbul' },
      { kind: 'story', story: 'family-return-karaganda-to-nukus' },
      { kind: 'story', story: 'un-network-on-migration-retreat-bishkek' },
      { kind: 'story', story: 'cdc-iom-border-health-round-table-tashkent' },
      { kind: 'story', story: 'tajikistan-migration-strategy-2030-research' },
      { kind: 'story', story: 'kazakhstan-national-dialogue-human-trafficking' },
      { kind: 'story', story: 'reintegration-survey-kyrgyzstan-tajikistan' },
      {
        kind: 'item',
        heading: { en: 'The month in numbers', ru: 'Месяц в цифрах' },
        body: {
          en: [
            {
              type: 'list',
              items: [
                '35 delegates at the Sixth Senior Officials Meeting of the Almaty Process',
                '45 representatives of ministries and agencies at the meeting on Tajikistan’s migration strategy',
                '1,100 km between Tashkent and Nukus, where one family’s journey home ended',
                '95% of surveyed returnees satisfied with their reintegration sessions',
                'About 6,000 readers reached by news reports on the national dialogue on trafficking',
              ],
            },
          ],
          ru: [
            {
              type: 'list',
              items: [
                '35 делегатов на шестом совещании старших должностных лиц Алматинского процесса',
                '45 представителей министерств и ведомств на встрече, посвящённой стратегии миграции Таджикистана',
                '1100 км между Ташкентом и Нукусом, где завершился путь одной семьи домой',
                '95% опрошенных вернувшихся мигрантов довольны реинтеграционными занятиями',
                'Около 6000 читателей узнали о национальном диалоге по противодействию торговле людьми из новостей',
              ],
            },
          ],
        },
      },
      {
        kind: 'item',
        heading: { en: 'Contact the IOM missions in Central Asia', ru: 'Контакты миссий МОМ в Центральной Азии' },
        body: {
          en: [
            {
              type: 'list',
              items: [
                'Kazakhstan: iomastana@iom.int, iomalmaty@iom.int',
                'Kyrgyzstan: iomkyrgyzstan@iom.int',
                'Tajikistan: dushanbe@iom.int',
                'Turkmenistan: iomashgabat@iom.int',
                'Uzbekistan: iomtashkent@iom.int',
              ],
            },
          ],
          ru: [
            {
              type: 'list',
              items: [
                'Казахстан: iomastana@iom.int, iomalmaty@iom.int',
                'Кыргызстан: iomkyrgyzstan@iom.int',
                'Таджикистан: dushanbe@iom.int',
                'Туркменистан: iomashgabat@iom.int',
                'Узбекистан: iomtashkent@iom.int',
              ],
            },
          ],
        },
      },
    ],
  },
  // English only: the Russian issue is not out yet.
  {
    key: 'digest-2021-06',
    month: '2021-06',
    publishedAt: '2021-07-06T06:00:00Z',
    en: {
      title: 'Digest: June 2021',
      slug: 'digest-june-2021',
      summary: 'World Refugee Day in Central Asia, and two regional studies on stranded migrants and remittances.',
      intro: [p('June brought World Refugee Day and the publication of research that governments in the region are already putting to use.')],
    },
    items: [
      { kind: 'story', story: 'world-refugee-day-2021-central-asia' },
      { kind: 'story', story: 'regional-research-returnees-remittances' },
      {
        kind: 'item',
        heading: { en: 'Read the research' },
        body: {
          en: [
            p('The study on the socio-economic effects of COVID-19 on returnees and stranded migrants in Central Asia and the Russian Federation can be downloaded from our document library.'),
            { type: 'document', document: 'covid-returnees-research-2021' },
          ],
        },
      },
    ],
  },
];
