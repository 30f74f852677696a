// Demo content for the seed: facts from ../shared/reference, sentences written for this project.
export type CountryCode = 'KZ' | 'KG' | 'TJ' | 'TM' | 'UZ' | 'AF' | 'AZ' | 'TR' | 'IR' | 'PK';

export type DemoBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[] }
  /** An image of the demo media library (demo-media.ts), by its key; at the same place in both languages. */
  | { type: 'image'; image: string }
  /** A document of the demo library (demo-documents.ts), by its key; at the same place in both languages. */
  | { type: 'document'; document: string };

export type DemoTranslation = {
  title: string;
  summary: string; // one or two sentences, under 300 characters
  body: DemoBlock[];
  // Omit for published. 'in_review' = a translation drafted but not yet published.
  status?: 'draft' | 'in_review';
};

export type DemoStory = {
  key: string; // stable kebab-case id, unique
  kind: 'story' | 'press_release';
  sourceLocale: 'en' | 'ru';
  countries: CountryCode[];
  topics: string[]; // kebab-case English tags like 'almaty-process', 'statelessness', 'labour-migration', 'counter-trafficking', 'covid-19', 'border-health', 'reintegration', 'refugee-protection'
  publishedAt: string; // ISO 8601 date-time in UTC, e.g. '2021-05-26T09:00:00Z'
  place: string; // English dateline place, e.g. 'Istanbul'
  placeRu: string; // Russian dateline place, e.g. 'Стамбул'
  hero?: string; // key of a demo image (demo-media.ts) shown above the story in every language
  en?: DemoTranslation;
  ru?: DemoTranslation;
};

export const demoStories: DemoStory[] = [
  // 1. Almaty Process ministerial conference (bilingual press release)
  {
    key: 'almaty-process-ministerial-conference-2021',
    hero: 'almaty',
    kind: 'press_release',
    sourceLocale: 'en',
    countries: ['AF', 'AZ', 'IR', 'KZ', 'KG', 'PK', 'TJ', 'TR', 'TM', 'UZ'],
    topics: ['almaty-process', 'covid-19', 'refugee-protection', 'labour-migration'],
    publishedAt: '2021-01-28T10:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: 'Almaty Process ministers discuss the impact of COVID-19 on migration in Central Asia',
      summary:
        'Member states and observers of the Almaty Process met on 27 January 2021 to review how the pandemic has deepened the pressures on refugees and migrants in Central Asia and to agree on the next steps.',
      body: [
        {
          type: 'paragraph',
          text: 'High-level officials from Central Asia and neighbouring countries took part on 27 January 2021 in the Ministerial Conference of the Almaty Process, organized by the International Organization for Migration (IOM) and the UN Refugee Agency (UNHCR). The discussion centred on regional responses to refugee protection and migration at a time when COVID-19 has added new strain to already complex population movements.',
        },
        {
          type: 'paragraph',
          text: 'The conference gathered the member states and observers of the process: Afghanistan, Azerbaijan, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Turkey, Turkmenistan and Uzbekistan. Delegations took stock of the joint work done so far and outlined future activities in support of migrants and refugees in the region.',
        },
        { type: 'heading', text: 'Cooperation tested by the pandemic' },
        {
          type: 'paragraph',
          text: 'Zeynal Hajiyev, IOM Chief of Mission in Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan and Coordinator for Central Asia, said the trust built through the Almaty Process had proved its worth during the pandemic. Working with government counterparts, IOM reached the most vulnerable migrants and, even with borders closed, helped 3,101 people return home from Kazakhstan.',
        },
        {
          type: 'quote',
          text: '“We see real potential for the Almaty Process to become the main forum where all Central Asian countries, and the countries that share migration flows with the region, talk to each other effectively,” said Mr. Hajiyev.',
        },
        {
          type: 'paragraph',
          text: 'Hans Friedrich Schodder, UNHCR Representative for Central Asia, noted that the pandemic touches everyone but weighs most heavily on the vulnerable, refugees and migrants among them. He stressed that only joint effort can ensure that health care, treatment, vaccination and other services reach everyone, leaving no one behind.',
        },
        {
          type: 'paragraph',
          text: 'Central Asia has a long history of complex population movements, covering both voluntary migration and forced displacement. Border closures and reduced air and rail links during the pandemic have made the situation of migrants and refugees harder still. Established in 2013, the Almaty Process works to strengthen regional cooperation on mixed movements, with UNHCR and IOM providing administrative and technical support.',
        },
        { type: 'document', document: 'almaty-process-ministerial-2021' },
      ],
    },
    ru: {
      title: 'Министры стран Алматинского процесса обсудили последствия COVID-19 для миграции в Центральной Азии',
      summary:
        '27 января 2021 года государства-члены и наблюдатели Алматинского процесса обсудили, как пандемия усугубила положение беженцев и мигрантов в Центральной Азии, и наметили дальнейшие совместные шаги.',
      body: [
        {
          type: 'paragraph',
          text: '27 января 2021 года Международная организация по миграции (МОМ) и Управление Верховного комиссара ООН по делам беженцев (УВКБ ООН) провели министерскую конференцию Алматинского процесса. Участники обсудили региональные подходы к защите беженцев и управлению миграцией в условиях, когда пандемия COVID-19 ещё больше осложнила и без того непростую картину перемещения населения.',
        },
        {
          type: 'paragraph',
          text: 'В конференции приняли участие высокопоставленные представители государств-членов и наблюдателей процесса: Исламской Республики Афганистан, Азербайджанской Республики, Исламской Республики Иран, Республики Казахстан, Кыргызской Республики, Исламской Республики Пакистан, Республики Таджикистан, Турецкой Республики, Туркменистана и Республики Узбекистан. Делегации подвели итоги совместной работы и наметили дальнейшие меры поддержки мигрантов и беженцев в регионе.',
        },
        { type: 'heading', text: 'Сотрудничество в условиях пандемии' },
        {
          type: 'paragraph',
          text: 'По словам Зейнала Гаджиева, главы миссии МОМ в Казахстане, Кыргызстане, Туркменистане и Узбекистане, координатора МОМ по Центральной Азии, доверие и партнёрство, сложившиеся в рамках Алматинского процесса, во многом помогли в период пандемии. При содействии государственных партнёров МОМ смогла поддержать наиболее уязвимых мигрантов и, несмотря на закрытые границы, помочь 3101 человеку вернуться домой из Казахстана.',
        },
        {
          type: 'quote',
          text: '«Мы видим у Алматинского процесса реальную возможность стать главной площадкой для эффективного диалога всех стран Центральной Азии и государств, с которыми регион связывают общие миграционные потоки», — отметил Зейнал Гаджиев.',
        },
        {
          type: 'paragraph',
          text: 'Представитель УВКБ ООН в Центральной Азии Ханс Фридрих Шоддер подчеркнул, что пандемия затрагивает всех, но тяжелее всего сказывается на наиболее уязвимых, в том числе на беженцах и мигрантах. По его словам, только совместными усилиями можно обеспечить каждому доступ к медицинской помощи, лечению, вакцинации и другим услугам, не оставив никого позади.',
        },
        {
          type: 'paragraph',
          text: 'Для Центральной Азии исторически характерны сложные процессы перемещения населения, включающие как добровольную миграцию, так и вынужденное перемещение. Закрытие границ и ограничение авиа- и железнодорожного сообщения из-за COVID-19 сделали положение мигрантов и беженцев ещё более уязвимым. Алматинский процесс, учреждённый в 2013 году, призван укреплять региональное сотрудничество и координацию в вопросах смешанных миграционных потоков; административную и техническую поддержку ему оказывают УВКБ ООН и МОМ.',
        },
        { type: 'document', document: 'almaty-process-ministerial-2021' },
      ],
    },
  },

  // 2. Sixth Senior Officials Meeting in Istanbul (bilingual press release)
  {
    key: 'almaty-process-senior-officials-meeting-istanbul',
    hero: 'istanbul',
    kind: 'press_release',
    sourceLocale: 'en',
    countries: ['AF', 'AZ', 'KZ', 'KG', 'TJ', 'TR', 'PK', 'TM', 'UZ'],
    topics: ['almaty-process', 'refugee-protection', 'labour-migration'],
    publishedAt: '2021-05-26T16:00:00Z',
    place: 'Istanbul',
    placeRu: 'Стамбул',
    en: {
      title: 'Almaty Process senior officials meet in Istanbul to shape strategy and 2021–2022 work plan',
      summary:
        'The Sixth Senior Officials Meeting of the Almaty Process brought together 35 delegates in Istanbul and online on 26 May 2021 to discuss a strategic vision and a joint work plan proposed by Turkey as chair.',
      body: [
        {
          type: 'paragraph',
          text: 'Thirty-five delegates took part, in person and online, in the Sixth Senior Officials Meeting of the Almaty Process on Refugee Protection and International Migration, held in Istanbul on 26 May 2021. The meeting was organized by the secretariat of the process, IOM and UNHCR.',
        },
        { type: 'heading', text: 'Who took part' },
        {
          type: 'list',
          items: [
            'Member states: Afghanistan, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan and Turkey',
            'Observers: Pakistan and Turkmenistan',
            'Invited state: Uzbekistan',
          ],
        },
        { type: 'heading', text: 'A plan for the next two years' },
        {
          type: 'paragraph',
          text: 'At the heart of the agenda were the presentation of the vision for the Almaty Process Strategy and a discussion of the Joint Work Plan for 2021–2022, put forward by the Republic of Turkey as chair. Over the next two years, the chairship intends to focus on expanding membership, broadening the range of thematic areas and raising the visibility of the process.',
        },
        {
          type: 'paragraph',
          text: 'Participants reviewed the draft calendar of activities, found it appropriate and endorsed it during the meeting. The calendar sets out the joint events planned under the Turkish chairship.',
        },
        { type: 'document', document: 'almaty-process-senior-officials-2021' },
      ],
    },
    ru: {
      title: 'В Стамбуле обсудили стратегию Алматинского процесса и план работы на 2021–2022 годы',
      summary:
        '26 мая 2021 года в Стамбуле прошло шестое совещание старших должностных лиц Алматинского процесса. Его 35 участников обсудили концепцию стратегии процесса и совместный план работы, предложенный председательствующей Турцией.',
      body: [
        {
          type: 'paragraph',
          text: '26 мая 2021 года в Стамбуле (Турецкая Республика) состоялось шестое совещание старших должностных лиц Алматинского процесса по защите беженцев и международной миграции. Встречу организовал секретариат процесса — МОМ и УВКБ ООН; в ней очно и в онлайн-формате приняли участие 35 делегатов.',
        },
        { type: 'heading', text: 'Участники совещания' },
        {
          type: 'list',
          items: [
            'Государства-члены: Исламская Республика Афганистан, Азербайджанская Республика, Республика Казахстан, Кыргызская Республика, Республика Таджикистан и Турецкая Республика',
            'Наблюдатели: Исламская Республика Пакистан и Туркменистан',
            'Приглашённое государство: Республика Узбекистан',
          ],
        },
        { type: 'heading', text: 'Планы на ближайшие два года' },
        {
          type: 'paragraph',
          text: 'Центральное место в повестке заняли презентация концепции Стратегии Алматинского процесса и обсуждение совместного плана работы на 2021–2022 годы, предложенного председательствующей Турецкой Республикой. В ближайшие два года председательство намерено сосредоточиться на расширении членства, диверсификации тематических направлений и повышении узнаваемости процесса.',
        },
        {
          type: 'paragraph',
          text: 'Участники рассмотрели проект календаря мероприятий, признали его целесообразным и одобрили в ходе встречи. В календаре определены совместные мероприятия, запланированные на период председательства Турции.',
        },
        { type: 'document', document: 'almaty-process-senior-officials-2021' },
      ],
    },
  },

  // 3. CDC–IOM border health security round table (bilingual press release)
  {
    key: 'cdc-iom-border-health-round-table-tashkent',
    hero: 'tashkent',
    kind: 'press_release',
    sourceLocale: 'en',
    countries: ['UZ'],
    topics: ['border-health', 'covid-19'],
    publishedAt: '2021-05-24T07:30:00Z',
    place: 'Tashkent',
    placeRu: 'Ташкент',
    en: {
      title: 'IOM and US CDC launch border health security project for Central Asia in Tashkent',
      summary:
        'A first multi-stakeholder round table in Tashkent on 22 May 2021 opened a joint CDC–IOM initiative to strengthen COVID-19 preparedness and response at points of entry.',
      body: [
        {
          type: 'paragraph',
          text: 'The U.S. Centers for Disease Control and Prevention (CDC) and the International Organization for Migration (IOM) held the first multi-stakeholder round table of their joint Border Health Security initiative in Tashkent on Saturday, 22 May 2021. The regional project aims to improve COVID-19 preparedness and response at points of entry and, through that, to strengthen health security.',
        },
        {
          type: 'paragraph',
          text: 'The round table introduced the CDC–IOM project to partners and looked closely at the International Health Regulations. Taking a multi-stakeholder approach, participants also began work on a roadmap for institutionalizing the Border Health Security initiative.',
        },
        { type: 'heading', text: 'Next steps at points of entry' },
        {
          type: 'list',
          items: [
            'A joint needs assessment at points of entry, using the CDC tool for identifying public health needs and capabilities',
            'Technical support to develop standard operating procedures for screening at points of entry',
            'Support for other border health interventions',
          ],
        },
        {
          type: 'paragraph',
          text: 'By agreeing on a shared roadmap, the partners want border health measures to become part of routine practice rather than a temporary emergency response. The needs assessment will give them a common starting point for that work.',
        },
      ],
    },
    ru: {
      title: 'МОМ и CDC США начали в Ташкенте проект по санитарной безопасности на границах Центральной Азии',
      summary:
        '22 мая 2021 года в Ташкенте прошёл первый многосторонний круглый стол совместной инициативы CDC и МОМ, направленной на повышение готовности к COVID-19 и реагирования на пандемию в пунктах пропуска.',
      body: [
        {
          type: 'paragraph',
          text: 'В субботу, 22 мая 2021 года, Центры по контролю и профилактике заболеваний США (CDC) и Международная организация по миграции (МОМ) провели в Ташкенте первый многосторонний круглый стол в рамках совместной инициативы «Санитарная безопасность на границах». Региональный проект направлен на повышение готовности к COVID-19 и реагирования на пандемию в пунктах пропуска, а в конечном счёте — на укрепление санитарно-эпидемиологической безопасности.',
        },
        {
          type: 'paragraph',
          text: 'Участникам круглого стола представили проект CDC и МОМ и подробно обсудили с ними Международные медико-санитарные правила (ММСП). С опорой на многосторонний подход началась работа над дорожной картой по институционализации инициативы.',
        },
        { type: 'heading', text: 'Следующие шаги в пунктах пропуска' },
        {
          type: 'list',
          items: [
            'Совместная оценка потребностей в пунктах пропуска с использованием инструмента CDC для определения потребностей и возможностей в сфере общественного здравоохранения',
            'Техническая помощь в разработке стандартных операционных процедур по проведению скрининга в пунктах пропуска',
            'Поддержка других мер по охране здоровья на границе',
          ],
        },
        {
          type: 'paragraph',
          text: 'Согласовав общую дорожную карту, партнёры рассчитывают сделать санитарные меры на границе частью повседневной практики, а не временным ответом на чрезвычайную ситуацию. Оценка потребностей станет общей отправной точкой этой работы.',
        },
      ],
    },
  },

  // 4. National dialogue on human trafficking, Almaty (bilingual press release)
  {
    key: 'kazakhstan-national-dialogue-human-trafficking',
    kind: 'press_release',
    sourceLocale: 'en',
    countries: ['KZ'],
    topics: ['counter-trafficking'],
    publishedAt: '2021-05-31T09:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: 'National dialogue in Almaty looks at identifying trafficking victims and prosecuting offenders',
      summary:
        'On 28 May 2021, IOM Kazakhstan brought together members of parliament, judicial and government officials and civil society to examine gaps in the response to human trafficking and to draft recommendations.',
      body: [
        {
          type: 'paragraph',
          text: 'IOM Kazakhstan hosted a National Dialogue in Almaty on 28 May 2021 on improving the identification of victims and the criminal prosecution of human trafficking. Participants discussed practical ways to identify victims and potential victims of trafficking in persons, to prosecute trafficking-related crimes and to strengthen the national response as a whole.',
        },
        {
          type: 'paragraph',
          text: 'International experts who carried out research in Kazakhstan in 2020–2021 presented a report assessing the measures now in place against trafficking in persons. Participants shared their own experience and learned about practice from other countries.',
        },
        { type: 'heading', text: 'From analysis to recommendations' },
        {
          type: 'paragraph',
          text: 'Much of the discussion focused on why the identification, investigation and prosecution of trafficking cases in Kazakhstan often fall short. Building on that analysis, participants drafted recommendations to improve the existing system for identifying victims and bringing offenders to justice.',
        },
        { type: 'heading', text: 'Who took part' },
        {
          type: 'list',
          items: [
            'Deputies of the Mazhilis of the Parliament of the Republic of Kazakhstan',
            "The Supreme Court and the General Prosecutor's Office",
            'The Ministries of Internal Affairs, of Labour and Social Protection, and of Foreign Affairs',
            'Civil society and international organizations',
          ],
        },
        {
          type: 'paragraph',
          text: 'The dialogue was streamed live on Facebook, where it was viewed 1,000 times and shared 151 times. Local news sites published 10 articles about the event, reaching around 6,000 readers.',
        },
      ],
    },
    ru: {
      title: 'В Алматы обсудили, как эффективнее выявлять жертв торговли людьми и наказывать виновных',
      summary:
        'Участники национального диалога, организованного МОМ в Казахстане 28 мая 2021 года, обсудили, почему выявление жертв торговли людьми остаётся недостаточно эффективным, и выработали рекомендации по совершенствованию системы.',
      body: [
        {
          type: 'paragraph',
          text: '28 мая 2021 года МОМ в Казахстане провела в Алматы национальный диалог по совершенствованию выявления жертв и уголовного преследования за торговлю людьми. Участники обсудили меры, позволяющие эффективно выявлять жертв и потенциальных жертв торговли людьми, расследовать связанные с ней преступления и доводить дела до суда.',
        },
        {
          type: 'paragraph',
          text: 'Международные эксперты, проводившие исследование в Казахстане в 2020–2021 годах, представили доклад с оценкой действующих мер противодействия торговле людьми. Участники обменялись опытом и познакомились с международной практикой.',
        },
        { type: 'heading', text: 'От анализа к рекомендациям' },
        {
          type: 'paragraph',
          text: 'Особое внимание было уделено причинам, по которым выявление, расследование и уголовное преследование по делам о торговле людьми в Казахстане остаются недостаточно эффективными. По итогам обсуждения участники подготовили рекомендации по совершенствованию существующей системы выявления жертв и привлечения виновных к ответственности.',
        },
        { type: 'heading', text: 'Участники' },
        {
          type: 'list',
          items: [
            'Депутаты Мажилиса Парламента Республики Казахстан',
            'Верховный суд и Генеральная прокуратура Республики Казахстан',
            'Министерство внутренних дел, Министерство труда и социальной защиты населения и Министерство иностранных дел Республики Казахстан',
            'Представители гражданского общества и международных организаций',
          ],
        },
        {
          type: 'paragraph',
          text: 'Диалог транслировался в прямом эфире на странице в Facebook: трансляцию посмотрели 1000 раз, ею поделились 151 раз. Местные новостные сайты опубликовали о мероприятии 10 материалов, которые прочитали около 6000 человек.',
        },
      ],
    },
  },

  // 5. Return of a large family from Kazakhstan (bilingual story, written in Russian first)
  {
    key: 'family-return-karaganda-to-nukus',
    kind: 'story',
    sourceLocale: 'ru',
    countries: ['KZ', 'UZ'],
    topics: ['assisted-return', 'covid-19', 'labour-migration'],
    publishedAt: '2021-06-04T08:00:00Z',
    place: 'Nukus',
    placeRu: 'Нукус',
    ru: {
      title: 'Дорога домой: МОМ помогла большой семье вернуться из Казахстана в Каракалпакстан',
      summary:
        'В мае 2021 года миссии МОМ в Казахстане и Узбекистане совместно вернули на родину большую семью уязвимых мигрантов, взяв на себя транспорт из Караганды в Нукус, оформление документов и оплату ПЦР-тестов.',
      body: [
        {
          type: 'paragraph',
          text: 'В мае 2021 года миссии МОМ в Узбекистане и Казахстане провели совместную операцию по возвращению на родину большой семьи уязвимых мигрантов. Семье, находившейся в Караганде, требовалась помощь, чтобы вернуться домой, в Республику Каракалпакстан.',
        },
        { type: 'image', image: 'kazakhstan' },
        { type: 'heading', text: 'Помощь на каждом этапе' },
        {
          type: 'paragraph',
          text: 'Сотрудники МОМ в Казахстане организовали переезд семьи из Караганды до пункта пропуска «Жибек жолы» на казахстанско-узбекской границе, помогли получить разрешение на выезд и оплатили ПЦР-тесты. В дороге МОМ обеспечила семью предметами первой необходимости — антисептиками, масками и продуктами питания.',
        },
        {
          type: 'paragraph',
          text: 'На узбекской стороне границы семью встретили сотрудники МОМ в Узбекистане. На организованном ими транспорте семью благополучно доставили в Нукус, который находится в 1100 км от Ташкента.',
        },
        {
          type: 'paragraph',
          text: 'Успех операции обеспечило тесное взаимодействие двух страновых миссий МОМ. Пока действуют ограничения, связанные с COVID-19, такая координация особенно важна для мигрантов, оказавшихся в уязвимом положении вдали от дома.',
        },
      ],
    },
    en: {
      title: 'The road home: IOM helps a large family return from Kazakhstan to Karakalpakstan',
      summary:
        'In May 2021, IOM offices in Kazakhstan and Uzbekistan worked together to bring a large family of vulnerable migrants home from Karaganda to Nukus, covering transport, paperwork and PCR tests.',
      body: [
        {
          type: 'paragraph',
          text: 'In May 2021, the IOM offices in Uzbekistan and Kazakhstan carried out a joint operation to bring a large family of vulnerable migrants back to their homeland. The family, who were in Karaganda, needed help to get home to the Republic of Karakalpakstan.',
        },
        { type: 'image', image: 'kazakhstan' },
        { type: 'heading', text: 'Support at every stage' },
        {
          type: 'paragraph',
          text: 'IOM staff in Kazakhstan arranged transport for the family from Karaganda to the Zhibek Zholy checkpoint on the border with Uzbekistan, helped them obtain an exit permit and paid for their PCR tests. Along the way, IOM also provided basic necessities such as antiseptics, masks and food.',
        },
        {
          type: 'paragraph',
          text: 'On the Uzbek side of the border, the family was met by IOM Uzbekistan staff. A vehicle arranged by the office then took them safely to Nukus, which lies 1,100 km from Tashkent.',
        },
        {
          type: 'paragraph',
          text: 'The operation relied on close coordination between the two IOM country offices. While COVID-19 restrictions remain in place, such cooperation matters most for migrants left in vulnerable situations far from home.',
        },
      ],
    },
  },

  // 6. Dushanbe meeting on the migration strategy until 2030 (bilingual story)
  {
    key: 'tajikistan-migration-strategy-2030-research',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['TJ'],
    topics: ['labour-migration', 'covid-19', 'remittances'],
    publishedAt: '2021-05-27T10:00:00Z',
    place: 'Dushanbe',
    placeRu: 'Душанбе',
    en: {
      title: "Regional research to inform Tajikistan's new migration strategy until 2030",
      summary:
        "At a two-day meeting in Dushanbe on 25–26 May 2021, IOM Tajikistan presented 45 national partners with findings from two regional studies to feed into the country's new migration strategy.",
      body: [
        {
          type: 'paragraph',
          text: "IOM Tajikistan facilitated a two-day meeting in Dushanbe on 25 and 26 May 2021 with national partners on reflecting research findings in the country's new Strategy on Migration until 2030. The event brought together 45 representatives of ministries and agencies working in migration management in Tajikistan.",
        },
        { type: 'heading', text: 'Two regional studies' },
        {
          type: 'list',
          items: [
            'Socio-economic Effects of COVID-19 on Returnees and Stranded Migrants in Central Asia and the Russian Federation',
            'Knowledge, Attitude and Practices of Central Asian Migrants and their Families on Remittance Sending, Receiving and Investing Behaviours',
          ],
        },
        {
          type: 'paragraph',
          text: 'Over the two days, participants worked through the detailed findings of both studies. The research sheds light on who migrants and returnees are, the routes they take, their economic and labour situation, their living conditions and their main protection needs.',
        },
        {
          type: 'paragraph',
          text: "The meeting was the final step in sharing the findings with national stakeholders. A clearer picture of migrants' circumstances is expected to help set priorities as the new strategy takes shape.",
        },
      ],
    },
    ru: {
      title: 'Новая стратегия Таджикистана по миграции до 2030 года будет опираться на региональные исследования',
      summary:
        '25–26 мая 2021 года МОМ в Таджикистане представила в Душанбе 45 национальным партнёрам результаты двух региональных исследований, которые будут учтены в новой стратегии по миграции.',
      body: [
        {
          type: 'paragraph',
          text: '25–26 мая 2021 года при содействии МОМ в Таджикистане в Душанбе прошла итоговая встреча с национальными партнёрами, посвящённая учёту результатов исследований в новой Стратегии по миграции на период до 2030 года. В ней приняли участие 45 представителей министерств и ведомств, работающих в сфере управления миграцией в Республике Таджикистан.',
        },
        { type: 'heading', text: 'Два региональных исследования' },
        {
          type: 'list',
          items: [
            '«Социально-экономические последствия COVID-19 для вернувшихся и застрявших мигрантов в Центральной Азии и Российской Федерации»',
            '«Знания, отношение и практика мигрантов из Центральной Азии и их семей в отношении отправки, получения и инвестирования денежных переводов»',
          ],
        },
        {
          type: 'paragraph',
          text: 'В течение двух дней участники подробно изучили выводы обоих исследований. Они дают представление о профиле мигрантов и вернувшихся граждан, их маршрутах, экономическом положении и занятости, условиях жизни и основных потребностях в защите.',
        },
        {
          type: 'paragraph',
          text: 'Встреча завершила цикл обсуждения результатов исследований с национальными заинтересованными сторонами. Более полное понимание положения мигрантов поможет определить приоритеты новой стратегии.',
        },
      ],
    },
  },

  // 7. Reintegration survey, Kyrgyzstan and Tajikistan (bilingual story)
  {
    key: 'reintegration-survey-kyrgyzstan-tajikistan',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KG', 'TJ'],
    topics: ['reintegration', 'covid-19', 'labour-migration'],
    publishedAt: '2021-05-21T11:00:00Z',
    place: 'Bishkek',
    placeRu: 'Бишкек',
    en: {
      title: 'Returning migrants in Kyrgyzstan and Tajikistan rate reintegration sessions highly',
      summary:
        'A survey of people supported by an IOM community stabilization project found that 95% were satisfied or very satisfied with its reintegration sessions and 86% said they feel better in their lives.',
      body: [
        {
          type: 'paragraph',
          text: "IOM has published infographics summarizing a survey of people who took part in the project “Community Stabilization through Returned Migrant Reintegration in Kyrgyzstan and Tajikistan during and after COVID-19”. The survey was carried out after the project ended, to gather beneficiaries' views on what it had achieved.",
        },
        { type: 'heading', text: 'What returnees said' },
        {
          type: 'list',
          items: [
            '95% of respondents were “satisfied” or “very satisfied” with the reintegration sessions',
            '86% said they “feel better in their lives” after the sessions',
          ],
        },
        {
          type: 'paragraph',
          text: 'The project worked with migrants who came home to Kyrgyzstan and Tajikistan during the pandemic, supporting them and the communities they returned to. The survey results suggest that the reintegration sessions met a real need among returnees.',
        },
        {
          type: 'paragraph',
          text: 'The infographics were released on 21 May 2021. Feedback from participants can inform future support for migrants returning home.',
        },
      ],
    },
    ru: {
      title: 'Вернувшиеся мигранты в Кыргызстане и Таджикистане высоко оценили реинтеграционные занятия',
      summary:
        'Опрос участников проекта МОМ по стабилизации сообществ показал: 95% удовлетворены или очень удовлетворены реинтеграционными занятиями, а 86% ответили, что после них стали чувствовать себя лучше.',
      body: [
        {
          type: 'paragraph',
          text: 'МОМ опубликовала инфографику с результатами опроса участников проекта «Стабилизация сообществ через реинтеграцию вернувшихся мигрантов в Кыргызстане и Таджикистане во время и после COVID-19». Опрос провели после завершения проекта, чтобы узнать мнение благополучателей о его результатах.',
        },
        { type: 'heading', text: 'Что говорят вернувшиеся мигранты' },
        {
          type: 'list',
          items: [
            '95% опрошенных «удовлетворены» или «очень удовлетворены» реинтеграционными занятиями',
            '86% ответили, что после занятий «стали чувствовать себя лучше»',
          ],
        },
        {
          type: 'paragraph',
          text: 'Проект поддерживал мигрантов, вернувшихся в Кыргызскую Республику и Республику Таджикистан во время пандемии, а также принимающие их местные сообщества. Результаты опроса показывают, что реинтеграционные занятия отвечали реальным потребностям вернувшихся граждан.',
        },
        {
          type: 'paragraph',
          text: 'Инфографика с итогами опроса опубликована 21 мая 2021 года. Отзывы участников могут быть учтены при подготовке новых программ поддержки вернувшихся мигрантов.',
        },
      ],
    },
  },

  // 8. World Refugee Day 2021 (bilingual story)
  {
    key: 'world-refugee-day-2021-central-asia',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    topics: ['refugee-protection', 'covid-19', 'world-refugee-day'],
    publishedAt: '2021-06-20T06:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: 'World Refugee Day 2021: solidarity and inclusion in Central Asia',
      summary:
        'On 20 June, UNHCR in Central Asia joins the global observance of World Refugee Day and calls for refugees to be included in health care and in recovery from the pandemic.',
      body: [
        {
          type: 'paragraph',
          text: 'Each year on 20 June, World Refugee Day honours people who have been forced to flee their homes and recognizes their resilience. In 2021 the day falls in the second year of the COVID-19 pandemic, which has made life harder for many refugees and for the communities that host them.',
        },
        {
          type: 'paragraph',
          text: 'Central Asia has long experience of complex population movements, from voluntary migration to forced displacement. UNHCR works with the governments of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, and with civil society partners, so that people in need of international protection can find safety.',
        },
        { type: 'heading', text: 'No one left behind' },
        {
          type: 'quote',
          text: '“The pandemic affects all of us, but it hits the most vulnerable hardest, refugees and migrants among them. Health care, treatment and vaccines have to reach everyone,” said Hans Friedrich Schodder, UNHCR Representative for Central Asia, speaking at the Almaty Process ministerial conference in January.',
        },
        {
          type: 'paragraph',
          text: 'Regional cooperation remains central to that effort. Through the Almaty Process, Central Asian states and their neighbours work with UNHCR and IOM to respond to mixed movements and to protect refugees and migrants alike.',
        },
        {
          type: 'paragraph',
          text: 'UNHCR encourages people across the region to learn about the refugees who live alongside them and to show their solidarity. Information for refugees and stateless people in Central Asia is available on the UNHCR website in English and Russian.',
        },
      ],
    },
    ru: {
      title: 'Всемирный день беженцев 2021 года: солидарность и инклюзивность в Центральной Азии',
      summary:
        '20 июня УВКБ ООН в Центральной Азии вместе со всем миром отмечает Всемирный день беженцев и призывает обеспечить беженцам равный доступ к медицинской помощи и мерам по восстановлению после пандемии.',
      body: [
        {
          type: 'paragraph',
          text: 'Ежегодно 20 июня, во Всемирный день беженцев, мир отдаёт дань уважения людям, вынужденным покинуть свои дома, и их стойкости. В 2021 году этот день приходится на второй год пандемии COVID-19, которая осложнила жизнь многих беженцев и принимающих их сообществ.',
        },
        {
          type: 'paragraph',
          text: 'Центральная Азия давно знакома со сложными процессами перемещения населения — от добровольной миграции до вынужденного перемещения. УВКБ ООН сотрудничает с правительствами Республики Казахстан, Кыргызской Республики, Республики Таджикистан, Туркменистана и Республики Узбекистан, а также с организациями гражданского общества, чтобы люди, нуждающиеся в международной защите, могли найти безопасное убежище.',
        },
        { type: 'heading', text: 'Никого не оставить позади' },
        {
          type: 'quote',
          text: '«Пандемия касается каждого из нас, но тяжелее всего она бьёт по самым уязвимым, в том числе по беженцам и мигрантам. Медицинская помощь, лечение и вакцины должны быть доступны всем», — заявил Представитель УВКБ ООН в Центральной Азии Ханс Фридрих Шоддер, выступая в январе на министерской конференции Алматинского процесса.',
        },
        {
          type: 'paragraph',
          text: 'Региональное сотрудничество по-прежнему играет в этой работе ключевую роль. В рамках Алматинского процесса государства Центральной Азии и соседние страны вместе с УВКБ ООН и МОМ ищут ответы на вызовы смешанных миграционных потоков и защищают беженцев и мигрантов.',
        },
        {
          type: 'paragraph',
          text: 'УВКБ ООН призывает жителей региона больше узнать о беженцах, которые живут рядом с ними, и проявить солидарность. Информация для беженцев и лиц без гражданства в Центральной Азии размещена на сайте УВКБ ООН на русском и английском языках.',
        },
      ],
    },
  },

  // 9. Statelessness and #IBelong (bilingual story)
  {
    key: 'ibelong-statelessness-central-asia',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    topics: ['statelessness', 'ibelong'],
    publishedAt: '2021-07-07T09:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: '#IBelong: working to end statelessness in Central Asia',
      summary:
        'Under the global #IBelong campaign, UNHCR supports Central Asian states in identifying stateless people and helping them acquire or confirm a nationality.',
      body: [
        {
          type: 'paragraph',
          text: 'A stateless person is someone who is not considered a national by any state under its law. Without a nationality, people may struggle to obtain identity documents, register a marriage or a birth, study, work legally or get health care.',
        },
        {
          type: 'paragraph',
          text: 'In Central Asia, many cases of statelessness go back to the break-up of the Soviet Union, when some people were left without documents confirming citizenship of the newly independent states. If it is not resolved, the problem can pass to the next generation when children cannot obtain documents at birth.',
        },
        { type: 'heading', text: 'How UNHCR helps' },
        {
          type: 'list',
          items: [
            'Supporting governments in identifying stateless people and people with undetermined nationality',
            'Analysing national legislation, including that of Kazakhstan, Kyrgyzstan and Uzbekistan',
            'Working with partners to provide legal advice and help with documents',
            'Publishing information for refugees and stateless people in English and Russian',
          ],
        },
        {
          type: 'paragraph',
          text: 'The #IBelong campaign, launched by UNHCR in 2014, aims to end statelessness worldwide. Its message is simple: everyone has the right to a nationality and to belong.',
        },
      ],
    },
    ru: {
      title: '#IBelong: Центральная Азия на пути к искоренению безгражданства',
      summary:
        'В рамках глобальной кампании #IBelong УВКБ ООН помогает государствам Центральной Азии выявлять лиц без гражданства и содействует приобретению или подтверждению ими гражданства.',
      body: [
        {
          type: 'paragraph',
          text: 'Лицом без гражданства считается человек, которого ни одно государство в силу своего законодательства не рассматривает в качестве своего гражданина. Без гражданства людям бывает сложно получить документы, удостоверяющие личность, зарегистрировать брак или рождение ребёнка, учиться, официально работать и получать медицинскую помощь.',
        },
        {
          type: 'paragraph',
          text: 'Во многих случаях безгражданство в Центральной Азии уходит корнями в период распада Советского Союза, когда часть людей осталась без документов, подтверждающих гражданство новых независимых государств. Если проблему не решить, она может перейти к следующему поколению, когда дети не могут получить документы при рождении.',
        },
        { type: 'heading', text: 'Чем помогает УВКБ ООН' },
        {
          type: 'list',
          items: [
            'Содействие государствам в выявлении лиц без гражданства и лиц с неопределённым гражданством',
            'Анализ национального законодательства, в том числе Республики Казахстан, Кыргызской Республики и Республики Узбекистан',
            'Юридические консультации и помощь в оформлении документов совместно с партнёрами',
            'Информационные материалы для беженцев и лиц без гражданства на русском и английском языках',
          ],
        },
        {
          type: 'paragraph',
          text: 'Кампания #IBelong («Я принадлежу»), начатая УВКБ ООН в 2014 году, направлена на искоренение безгражданства во всём мире. Её главная мысль проста: каждый человек имеет право на гражданство и на то, чтобы быть частью общества.',
        },
      ],
    },
  },

  // 10. UN Network on Migration focal points retreat, Bishkek (Russian drafted, in review)
  {
    key: 'un-network-on-migration-retreat-bishkek',
    hero: 'bishkek',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KG'],
    topics: ['un-network-on-migration', 'labour-migration', 'migrant-rights'],
    publishedAt: '2021-06-02T08:00:00Z',
    place: 'Bishkek',
    placeRu: 'Бишкек',
    en: {
      title: 'UN Network on Migration focal points in Kyrgyzstan hold retreat in Bishkek',
      summary:
        "A retreat organized by IOM Kyrgyzstan and the UN Resident Coordinator's Office helped focal points from UN agencies build a shared approach to mainstreaming migration and supporting the Government.",
      body: [
        {
          type: 'paragraph',
          text: "IOM Kyrgyzstan and the UN Resident Coordinator's Office, which co-chair the UN Network on Migration in the country, organized a retreat for the Network's focal points in Bishkek in May 2021. The event was prepared in coordination with the Network's secretariat and IOM headquarters.",
        },
        { type: 'heading', text: 'Two days, two focuses' },
        {
          type: 'paragraph',
          text: 'On the first day, participants heard about the migration context in Kyrgyzstan, the role of the UN Network on Migration and the tools and resources available to it. The second day was devoted to the Mainstreaming Migration Capacity Development Plan for the Kyrgyz Republic, developed under the joint IOM–UNDP Global Programme “Making Migration Work for Sustainable Development”, and closed with a moderated discussion on next steps.',
        },
        {
          type: 'paragraph',
          text: "Held over two half-days, the retreat set out to build closer partnership among the participating UN agencies. It also aimed to strengthen members' ability to integrate migration into related processes, so that the UN can offer coherent support to the Government's work on migration management and on protecting migrants' rights.",
        },
      ],
    },
    ru: {
      status: 'in_review',
      title: 'В Бишкеке прошёл ретрит для координаторов Сети ООН по миграции в Кыргызстане',
      summary:
        'Ретрит, организованный МОМ в Кыргызстане и Офисом координатора-резидента ООН, помог координаторам агентств ООН выработать общий подход к учёту вопросов миграции и поддержке усилий правительства.',
      body: [
        {
          type: 'paragraph',
          text: 'В мае 2021 года МОМ в Кыргызстане и Офис координатора-резидента ООН, которые являются сопредседателями Сети ООН по миграции в стране, провели в Бишкеке ретрит для координаторов Сети. Мероприятие было подготовлено совместно с секретариатом Сети ООН по миграции и штаб-квартирой МОМ.',
        },
        { type: 'heading', text: 'Два дня — две темы' },
        {
          type: 'paragraph',
          text: 'В первый день участники познакомились с миграционной ситуацией в Кыргызской Республике, ролью Сети ООН по миграции, её инструментами и ресурсами. Второй день был посвящён плану развития потенциала по интеграции вопросов миграции для Кыргызской Республики, разработанному в рамках совместной глобальной программы МОМ и ПРООН «Миграция на благо устойчивого развития», и завершился модерируемой дискуссией о дальнейших шагах.',
        },
        {
          type: 'paragraph',
          text: 'Ретрит, проходивший в формате двух полудневных сессий, был направлен на укрепление партнёрства между участвующими агентствами ООН. Кроме того, он помог участникам лучше учитывать вопросы миграции в смежных процессах, чтобы ООН могла оказывать согласованную поддержку правительству в управлении миграцией и защите прав мигрантов.',
        },
      ],
    },
  },

  // 11. Almaty Process explainer (English only)
  {
    key: 'almaty-process-explainer',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['AF', 'AZ', 'IR', 'KZ', 'KG', 'PK', 'TJ', 'TR', 'TM', 'UZ'],
    topics: ['almaty-process', 'mixed-movements', 'refugee-protection'],
    publishedAt: '2021-02-16T08:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: 'Explainer: what is the Almaty Process and why does it matter for Central Asia?',
      summary:
        'Established in 2013 and supported by UNHCR and IOM, the Almaty Process is a regional forum on refugee protection and international migration to, from and within Central Asia.',
      body: [
        {
          type: 'paragraph',
          text: 'The Almaty Process is a regional consultative process on refugee protection and international migration to, from and within Central Asia. Set up in 2013, it gives governments a regular forum to discuss mixed movements, in which refugees and migrants often travel along the same routes.',
        },
        { type: 'heading', text: 'Who takes part' },
        {
          type: 'paragraph',
          text: 'Afghanistan, Azerbaijan, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Tajikistan, Turkey, Turkmenistan and Uzbekistan take part in the process as member states or observers. UNHCR and IOM provide it with administrative and technical support.',
        },
        { type: 'heading', text: 'Why it matters now' },
        {
          type: 'paragraph',
          text: 'Central Asia has long been shaped by complex population movements, both voluntary and forced. Border closures and limits on air and rail travel during COVID-19 have made those movements harder and left many migrants in vulnerable situations.',
        },
        {
          type: 'quote',
          text: '“The trust we built through the Almaty Process made a real difference during the pandemic,” said Zeynal Hajiyev, IOM Coordinator for Central Asia, at the ministerial conference of the process on 27 January 2021.',
        },
        {
          type: 'paragraph',
          text: 'With the help of national authorities, IOM was able to assist 3,101 people to return home from Kazakhstan despite closed borders. Mr. Hajiyev has described the process as having great potential to bring all countries linked by shared migration flows into an effective dialogue.',
        },
      ],
    },
  },

  // 12. Country factsheets release (English only press release)
  {
    key: 'unhcr-central-asia-country-factsheets',
    kind: 'press_release',
    sourceLocale: 'en',
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    topics: ['refugee-protection', 'statelessness', 'factsheets'],
    publishedAt: '2021-03-18T09:30:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: 'UNHCR publishes updated country factsheets for Central Asia',
      summary:
        "Factsheets on UNHCR's work in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan are now available on the UNHCR Central Asia website, alongside analyses of national legislation.",
      body: [
        {
          type: 'paragraph',
          text: "The UNHCR office for Central Asia has published updated country factsheets in the Resources section of its website. The factsheets give a concise overview of UNHCR's work in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.",
        },
        {
          type: 'paragraph',
          text: "Each factsheet outlines UNHCR's mandate in the country, its main areas of work on refugee protection and statelessness, and its cooperation with government and civil society partners. The documents are designed to be read quickly and shared easily.",
        },
        { type: 'heading', text: 'Also available' },
        {
          type: 'list',
          items: [
            'Analyses of national legislation in Kazakhstan, Kyrgyzstan and Uzbekistan',
            'Information for refugees and stateless people',
            'Background on the Almaty Process, including its members and governance, events and documents',
          ],
        },
        {
          type: 'paragraph',
          text: 'The materials are intended for government partners, journalists, researchers and the wider public. The website can be read in English and Russian.',
        },
      ],
    },
  },

  // 13. Regional research feature (English only)
  {
    key: 'regional-research-returnees-remittances',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    topics: ['labour-migration', 'remittances', 'covid-19', 'research'],
    publishedAt: '2021-06-15T07:00:00Z',
    place: 'Dushanbe',
    placeRu: 'Душанбе',
    en: {
      title: 'Two regional studies look at stranded migrants and remittances in Central Asia',
      summary:
        'Research on the socio-economic effects of COVID-19 on returnees and stranded migrants, and on how families send, receive and invest remittances, is informing national migration planning.',
      body: [
        {
          type: 'paragraph',
          text: 'The COVID-19 pandemic left many Central Asian migrants stranded abroad or brought them home sooner than they had planned. Two regional studies presented by IOM set out to understand what this has meant for migrants, returnees and their families.',
        },
        { type: 'heading', text: 'What the studies cover' },
        {
          type: 'paragraph',
          text: 'The first study examines the socio-economic effects of COVID-19 on returnees and stranded migrants in Central Asia and the Russian Federation. The second looks at the knowledge, attitudes and practices of Central Asian migrants and their families when it comes to sending, receiving and investing remittances.',
        },
        {
          type: 'paragraph',
          text: 'Together, the studies describe the profile of migrants and returnees, their migratory routes, their economic and labour situation, their living conditions and their main protection needs. Such evidence is of direct use to governments reviewing their migration policies.',
        },
        { type: 'heading', text: 'From findings to policy' },
        {
          type: 'paragraph',
          text: "In Tajikistan, the findings were presented to 45 representatives of ministries and agencies at a meeting in Dushanbe on 25–26 May 2021. The discussion fed into work on the country's new Strategy on Migration until 2030.",
        },
      ],
    },
  },

  // 14. Monthly round-up (English only)
  {
    key: 'iom-central-asia-may-2021-round-up',
    kind: 'story',
    sourceLocale: 'en',
    countries: ['KZ', 'KG', 'TJ', 'UZ', 'TR'],
    topics: ['almaty-process', 'border-health', 'counter-trafficking', 'reintegration', 'labour-migration'],
    publishedAt: '2021-06-09T10:00:00Z',
    place: 'Almaty',
    placeRu: 'Алматы',
    en: {
      title: "May in review: IOM's work across Central Asia",
      summary:
        'From an Almaty Process meeting in Istanbul to a border health round table in Tashkent, May 2021 was a busy month for IOM and its partners in Central Asia.',
      body: [
        {
          type: 'paragraph',
          text: "May 2021 brought a run of meetings, assistance operations and new research across IOM's missions in Central Asia. Here are some of the month's highlights.",
        },
        {
          type: 'list',
          items: [
            '21 May: infographics on a survey of returning migrants in Kyrgyzstan and Tajikistan were published',
            '22 May, Tashkent: CDC and IOM held the first multi-stakeholder round table of their Border Health Security initiative',
            "25–26 May, Dushanbe: 45 national partners reviewed regional research for Tajikistan's migration strategy until 2030",
            '26 May, Istanbul: 35 delegates attended the Sixth Senior Officials Meeting of the Almaty Process',
            '28 May, Almaty: a National Dialogue discussed identifying trafficking victims and prosecuting offenders',
          ],
        },
        { type: 'heading', text: 'Assistance on the ground' },
        {
          type: 'paragraph',
          text: "IOM offices in Kazakhstan and Uzbekistan also worked together to bring a large family of vulnerable migrants home from Karaganda to Nukus. In Bishkek, IOM Kyrgyzstan and the UN Resident Coordinator's Office held a retreat for focal points of the UN Network on Migration.",
        },
        {
          type: 'paragraph',
          text: 'Each of these activities depended on close cooperation with governments, UN partners and civil society. IOM missions in Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan share regular updates on their Facebook pages.',
        },
      ],
    },
  },
];
