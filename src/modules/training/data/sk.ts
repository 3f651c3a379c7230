import type { CountryData } from '../country-data.js';

/** Slovakia: Slovak; self-governing regions (kraje) with genitive forms for the templates. */
export const data: CountryData = {
  code: 'SK',
  size: 7,
  capital: 'Bratislava',
  regions: [
    {
      name: 'Bratislavský kraj',
      of: 'Bratislavského samosprávneho kraja',
      alt: { en: 'Bratislava Self-Governing Region' },
      cities: [
        { name: 'Bratislava', zip: '8' },
        { name: 'Pezinok', zip: '902' },
        { name: 'Malacky', zip: '901' },
      ],
    },
    {
      name: 'Košický kraj',
      of: 'Košického samosprávneho kraja',
      alt: { en: 'Košice Self-Governing Region' },
      cities: [
        { name: 'Košice', zip: '04' },
        { name: 'Michalovce', zip: '071' },
        { name: 'Spišská Nová Ves', zip: '052' },
      ],
    },
    {
      name: 'Prešovský kraj',
      of: 'Prešovského samosprávneho kraja',
      alt: { en: 'Prešov Self-Governing Region' },
      cities: [
        { name: 'Prešov', zip: '080' },
        { name: 'Poprad', zip: '058' },
        { name: 'Bardejov', zip: '085' },
      ],
    },
    {
      name: 'Žilinský kraj',
      of: 'Žilinského samosprávneho kraja',
      alt: { en: 'Žilina Self-Governing Region' },
      cities: [
        { name: 'Žilina', zip: '010' },
        { name: 'Martin', zip: '036' },
        { name: 'Liptovský Mikuláš', zip: '031' },
      ],
    },
    {
      name: 'Banskobystrický kraj',
      of: 'Banskobystrického samosprávneho kraja',
      alt: { en: 'Banská Bystrica Self-Governing Region' },
      cities: [
        { name: 'Banská Bystrica', zip: '974' },
        { name: 'Zvolen', zip: '960' },
        { name: 'Lučenec', zip: '984' },
      ],
    },
    {
      name: 'Nitriansky kraj',
      of: 'Nitrianskeho samosprávneho kraja',
      alt: { en: 'Nitra Self-Governing Region' },
      cities: [
        { name: 'Nitra', zip: '949' },
        { name: 'Komárno', zip: '945' },
        { name: 'Nové Zámky', zip: '940' },
      ],
    },
    {
      name: 'Trnavský kraj',
      of: 'Trnavského samosprávneho kraja',
      alt: { en: 'Trnava Self-Governing Region' },
      cities: [
        { name: 'Trnava', zip: '917' },
        { name: 'Piešťany', zip: '921' },
      ],
    },
  ],
  streets: [
    'Hlavná', 'Štúrova', 'Hviezdoslavova', 'Námestie SNP', 'Obchodná', 'Mlynská', 'Nádražná', 'Školská', 'Kpt. Nálepku',
    'Záhradnícka', 'Štefánikova', 'Komenského', 'Partizánska',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '### ##',
  phone: '+421 ## ### ####',
  office: { sk: 'pobočka', en: 'office' },
  people: {
    female: [
      'Mária', 'Anna', 'Zuzana', 'Katarína', 'Eva', 'Jana', 'Lucia', 'Martina', 'Monika', 'Ivana', 'Veronika', 'Helena', 'Michaela',
      'Andrea', 'Silvia', 'Lenka', 'Dominika', 'Simona', 'Božena', 'Alžbeta', 'Kristína', 'Ľubica', 'Daniela', 'Miroslava',
    ],
    male: [
      'Peter', 'Ján', 'Jozef', 'Michal', 'Martin', 'Tomáš', 'Marek', 'Miroslav', 'Ľubomír', 'Juraj', 'Štefan', 'Vladimír', 'Pavol',
      'Milan', 'Dušan', 'Igor', 'Lukáš', 'Matej', 'Roman', 'Branislav', 'Ladislav', 'Rastislav', 'Marián', 'Jakub',
    ],
    surnames: {
      female: [
        'Horváthová', 'Kováčová', 'Vargová', 'Tóthová', 'Nagyová', 'Balážová', 'Szabóová', 'Molnárová', 'Balogová', 'Lukáčová',
        'Nováková', 'Kollárová', 'Némethová', 'Poláková', 'Kráľová', 'Hudáková', 'Kučerová', 'Farkašová', 'Šimková', 'Urbanová',
        'Gajdošová', 'Baranová', 'Hricová', 'Mikušová', 'Ďuricová', 'Marková',
      ],
      male: [
        'Horváth', 'Kováč', 'Varga', 'Tóth', 'Nagy', 'Baláž', 'Szabó', 'Molnár', 'Balog', 'Lukáč', 'Novák', 'Kollár', 'Németh',
        'Polák', 'Kráľ', 'Hudák', 'Kučera', 'Farkaš', 'Šimko', 'Urban', 'Gajdoš', 'Baran', 'Hric', 'Mikuš', 'Ďurica', 'Marko',
      ],
    },
  },
  fixed: [
    { kind: 'ministry-economy', names: { sk: 'Ministerstvo hospodárstva Slovenskej republiky', en: 'Ministry of Economy of the Slovak Republic' } },
    { kind: 'chamber-physicians', names: { sk: 'Slovenská lekárska komora', en: 'Slovak Medical Chamber' } },
    { kind: 'central-bank', names: { sk: 'Národná banka Slovenska', en: 'National Bank of Slovakia' } },
    { kind: 'recognition-centre', names: { sk: 'Ministerstvo školstva, výskumu, vývoja a mládeže Slovenskej republiky', en: 'Ministry of Education, Research, Development and Youth of the Slovak Republic' } },
    { kind: 'labour-inspectorate', names: { sk: 'Národný inšpektorát práce', en: 'National Labour Inspectorate' } },
    { kind: 'social-security', names: { sk: 'Sociálna poisťovňa', en: 'Social Insurance Agency' } },
    { kind: 'consumer-protection', names: { sk: 'Slovenská obchodná inšpekcia', en: 'Slovak Trade Inspection' } },
    { kind: 'chamber-pharmacists', names: { sk: 'Slovenská lekárnická komora', en: 'Slovak Chamber of Pharmacists' } },
    { kind: 'chamber-dentists', names: { sk: 'Slovenská komora zubných lekárov', en: 'Slovak Chamber of Dentists' } },
    { kind: 'chamber-nurses', names: { sk: 'Slovenská komora sestier a pôrodných asistentiek', en: 'Slovak Chamber of Nurses and Midwives' } },
    { kind: 'chamber-architects', names: { sk: 'Slovenská komora architektov', en: 'Slovak Chamber of Architects' } },
    { kind: 'chamber-engineers', names: { sk: 'Slovenská komora stavebných inžinierov', en: 'Slovak Chamber of Civil Engineers' } },
    { kind: 'chamber-lawyers', names: { sk: 'Slovenská advokátska komora', en: 'Slovak Bar Association' } },
    { kind: 'chamber-notaries', names: { sk: 'Notárska komora Slovenskej republiky', en: 'Chamber of Notaries of the Slovak Republic' } },
    { kind: 'procurement-office', names: { sk: 'Úrad pre verejné obstarávanie', en: 'Public Procurement Office' } },
    { kind: 'railway-safety', names: { sk: 'Dopravný úrad', en: 'Transport Authority' } },
    { kind: 'police', names: { sk: 'Prezídium Policajného zboru', en: 'Presidium of the Police Force' } },
    { kind: 'ministry-health', names: { sk: 'Ministerstvo zdravotníctva Slovenskej republiky', en: 'Ministry of Health of the Slovak Republic' } },
    { kind: 'solvit-centre', names: { sk: 'SOLVIT Slovensko', en: 'SOLVIT Slovakia' } },
    { kind: 'chamber-commerce', names: { sk: 'Slovenská obchodná a priemyselná komora', en: 'Slovak Chamber of Commerce and Industry' } },
    { kind: 'municipality', region: 'Bratislavský kraj', names: { sk: 'Magistrát hlavného mesta Slovenskej republiky Bratislavy', en: 'Bratislava City Hall' } },
    { kind: 'municipality', region: 'Košický kraj', names: { sk: 'Magistrát mesta Košice', en: 'Košice City Hall' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { sk: 'Úrad {of}', en: 'Office of the {name}' } },
    { kind: 'municipality', at: 'city', except: ['Bratislava', 'Košice'], names: { sk: 'Mestský úrad {name}', en: 'Municipal Office of {name}' } },
    { kind: 'trade-office', at: 'city', names: { sk: 'Okresný úrad {name} – odbor živnostenského podnikania', en: 'District Office {name} – Trade Licensing Department' } },
  ],
};
