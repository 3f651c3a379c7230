import type { CountryData } from '../country-data.js';

/** Bulgaria: Bulgarian in Cyrillic; provinces (области) with English names for the English templates. */
export const data: CountryData = {
  code: 'BG',
  size: 8,
  capital: 'София',
  regions: [
    {
      name: 'София-град',
      alt: { en: 'Sofia City' },
      cities: [
        { name: 'София', zip: '1', alt: { en: 'Sofia' } },
        { name: 'Банкя', zip: '132', alt: { en: 'Bankya' } },
      ],
    },
    {
      name: 'Пловдив',
      alt: { en: 'Plovdiv' },
      cities: [
        { name: 'Пловдив', zip: '40', alt: { en: 'Plovdiv' } },
        { name: 'Асеновград', zip: '423', alt: { en: 'Asenovgrad' } },
        { name: 'Карлово', zip: '430', alt: { en: 'Karlovo' } },
      ],
    },
    {
      name: 'Варна',
      alt: { en: 'Varna' },
      cities: [
        { name: 'Варна', zip: '90', alt: { en: 'Varna' } },
        { name: 'Девня', zip: '916', alt: { en: 'Devnya' } },
        { name: 'Провадия', zip: '920', alt: { en: 'Provadia' } },
      ],
    },
    {
      name: 'Бургас',
      alt: { en: 'Burgas' },
      cities: [
        { name: 'Бургас', zip: '80', alt: { en: 'Burgas' } },
        { name: 'Несебър', zip: '823', alt: { en: 'Nesebar' } },
        { name: 'Поморие', zip: '820', alt: { en: 'Pomorie' } },
      ],
    },
    {
      name: 'Русе',
      alt: { en: 'Ruse' },
      cities: [
        { name: 'Русе', zip: '70', alt: { en: 'Ruse' } },
        { name: 'Бяла', zip: '720', alt: { en: 'Byala' } },
      ],
    },
    {
      name: 'Стара Загора',
      alt: { en: 'Stara Zagora' },
      cities: [
        { name: 'Стара Загора', zip: '60', alt: { en: 'Stara Zagora' } },
        { name: 'Казанлък', zip: '610', alt: { en: 'Kazanlak' } },
      ],
    },
    {
      name: 'Плевен',
      alt: { en: 'Pleven' },
      cities: [
        { name: 'Плевен', zip: '58', alt: { en: 'Pleven' } },
        { name: 'Червен бряг', zip: '598', alt: { en: 'Cherven Bryag' } },
      ],
    },
  ],
  streets: [
    'ул. „Витоша“', 'бул. „България“', 'ул. „Раковски“', 'бул. „Христо Ботев“', 'ул. „Васил Левски“', 'бул. „Цар Освободител“',
    'ул. „Иван Вазов“', 'ул. „Граф Игнатиев“', 'бул. „Шипка“', 'ул. „Алеко Константинов“', 'бул. „Македония“', 'ул. „Гурко“',
  ],
  address: '{street} № {no}, {zip} {city}',
  zip: '####',
  phone: '+359 ## ### ###',
  office: { bg: 'клон', en: 'Branch' },
  people: {
    female: [
      'Мария', 'Иванка', 'Елена', 'Йорданка', 'Пенка', 'Даниела', 'Десислава', 'Петя', 'Гергана', 'Росица', 'Милена', 'Виолета',
      'Цветелина', 'Надежда', 'Снежана', 'Валентина', 'Радка', 'Стефка', 'Теодора', 'Николета', 'Светла', 'Анелия', 'Галина',
      'Красимира',
    ],
    male: [
      'Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Тодор', 'Йордан', 'Васил', 'Стефан', 'Атанас', 'Калин',
      'Борислав', 'Красимир', 'Пламен', 'Любомир', 'Цветан', 'Веселин', 'Асен', 'Ивайло', 'Мартин', 'Симеон', 'Кирил',
    ],
    surnames: {
      female: [
        'Иванова', 'Георгиева', 'Димитрова', 'Петрова', 'Николова', 'Христова', 'Стоянова', 'Тодорова', 'Илиева', 'Василева',
        'Атанасова', 'Петкова', 'Ангелова', 'Колева', 'Йорданова', 'Маринова', 'Стефанова', 'Попова', 'Михайлова', 'Костова',
        'Кръстева', 'Павлова', 'Симеонова', 'Александрова', 'Янкова', 'Щерева', 'Цветкова', 'Жекова',
      ],
      male: [
        'Иванов', 'Георгиев', 'Димитров', 'Петров', 'Николов', 'Христов', 'Стоянов', 'Тодоров', 'Илиев', 'Василев', 'Атанасов',
        'Петков', 'Ангелов', 'Колев', 'Йорданов', 'Маринов', 'Стефанов', 'Попов', 'Михайлов', 'Костов', 'Кръстев', 'Павлов',
        'Симеонов', 'Александров', 'Янков', 'Щерев', 'Цветков', 'Жеков',
      ],
    },
  },
  fixed: [
    { kind: 'ministry-economy', names: { bg: 'Министерство на икономиката и индустрията', en: 'Ministry of Economy and Industry' } },
    { kind: 'chamber-physicians', names: { bg: 'Български лекарски съюз', en: 'Bulgarian Medical Association' } },
    { kind: 'central-bank', names: { bg: 'Българска народна банка', en: 'Bulgarian National Bank' } },
    { kind: 'recognition-centre', names: { bg: 'Национален център за информация и документация', en: 'National Centre for Information and Documentation' } },
    { kind: 'labour-inspectorate', names: { bg: 'Изпълнителна агенция „Главна инспекция по труда“', en: 'General Labour Inspectorate Executive Agency' } },
    { kind: 'social-security', names: { bg: 'Национален осигурителен институт', en: 'National Social Security Institute' } },
    { kind: 'consumer-protection', names: { bg: 'Комисия за защита на потребителите', en: 'Commission for Consumer Protection' } },
    { kind: 'financial-regulator', names: { bg: 'Комисия за финансов надзор', en: 'Financial Supervision Commission' } },
    { kind: 'chamber-pharmacists', names: { bg: 'Български фармацевтичен съюз', en: 'Bulgarian Pharmaceutical Union' } },
    { kind: 'chamber-dentists', names: { bg: 'Български зъболекарски съюз', en: 'Bulgarian Dental Association' } },
    { kind: 'chamber-nurses', names: { bg: 'Българска асоциация на професионалистите по здравни грижи', en: 'Bulgarian Association of Health Professionals in Nursing' } },
    { kind: 'chamber-architects', names: { bg: 'Камара на архитектите в България', en: 'Chamber of Architects in Bulgaria' } },
    { kind: 'chamber-engineers', names: { bg: 'Камара на инженерите в инвестиционното проектиране', en: 'Chamber of Engineers in Investment Design' } },
    { kind: 'chamber-lawyers', names: { bg: 'Висш адвокатски съвет', en: 'Supreme Bar Council' } },
    { kind: 'chamber-notaries', names: { bg: 'Нотариална камара на Република България', en: 'Notary Chamber of the Republic of Bulgaria' } },
    { kind: 'railway-safety', names: { bg: 'Изпълнителна агенция „Железопътна администрация“', en: 'Railway Administration Executive Agency' } },
    { kind: 'procurement-office', names: { bg: 'Агенция по обществени поръчки', en: 'Public Procurement Agency' } },
    { kind: 'business-register', names: { bg: 'Агенция по вписванията', en: 'Registry Agency' } },
    { kind: 'ministry-interior', names: { bg: 'Министерство на вътрешните работи', en: 'Ministry of Interior' } },
    { kind: 'ministry-health', names: { bg: 'Министерство на здравеопазването', en: 'Ministry of Health' } },
    { kind: 'ministry-labour', names: { bg: 'Министерство на труда и социалната политика', en: 'Ministry of Labour and Social Policy' } },
    { kind: 'solvit-centre', names: { bg: 'Център SOLVIT България', en: 'SOLVIT Centre Bulgaria' } },
    { kind: 'chamber-commerce', names: { bg: 'Българска търговско-промишлена палата', en: 'Bulgarian Chamber of Commerce and Industry' } },
    { kind: 'municipality', region: 'София-град', names: { bg: 'Столична община', en: 'Sofia Municipality' } },
    { kind: 'health-regulator', region: 'София-град', names: { bg: 'Столична регионална здравна инспекция', en: 'Sofia Regional Health Inspectorate' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { bg: 'Областна администрация {name}', en: '{name} Regional Administration' } },
    { kind: 'health-regulator', at: 'region', except: ['София-град'], names: { bg: 'Регионална здравна инспекция – {name}', en: 'Regional Health Inspectorate – {name}' } },
    { kind: 'municipality', at: 'city', except: ['София', 'Банкя'], names: { bg: 'Община {name}', en: '{name} Municipality' } },
  ],
};
