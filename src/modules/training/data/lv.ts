import type { CountryData } from '../country-data.js';

/** Latvia: Latvian; planning regions and state cities / municipalities with genitive forms. */
export const data: CountryData = {
  code: 'LV',
  size: 5,
  capital: 'Rīga',
  regions: [
    {
      name: 'Rīga',
      of: 'Rīgas',
      alt: { en: 'Riga' },
      cities: [
        { name: 'Rīga', zip: '10', of: 'Rīgas valstspilsētas', alt: { en: 'Riga' } },
        { name: 'Jūrmala', zip: '201', of: 'Jūrmalas valstspilsētas' },
        { name: 'Ogre', zip: '501', of: 'Ogres novada' },
      ],
    },
    {
      name: 'Kurzeme',
      of: 'Kurzemes',
      cities: [
        { name: 'Liepāja', zip: '340', of: 'Liepājas valstspilsētas' },
        { name: 'Ventspils', zip: '360', of: 'Ventspils valstspilsētas' },
        { name: 'Kuldīga', zip: '330', of: 'Kuldīgas novada' },
      ],
    },
    {
      name: 'Zemgale',
      of: 'Zemgales',
      cities: [
        { name: 'Jelgava', zip: '300', of: 'Jelgavas valstspilsētas' },
        { name: 'Bauska', zip: '390', of: 'Bauskas novada' },
      ],
    },
    {
      name: 'Vidzeme',
      of: 'Vidzemes',
      cities: [
        { name: 'Valmiera', zip: '420', of: 'Valmieras novada' },
        { name: 'Cēsis', zip: '410', of: 'Cēsu novada' },
        { name: 'Sigulda', zip: '215', of: 'Siguldas novada' },
      ],
    },
    {
      name: 'Latgale',
      of: 'Latgales',
      cities: [
        { name: 'Daugavpils', zip: '540', of: 'Daugavpils valstspilsētas' },
        { name: 'Rēzekne', zip: '460', of: 'Rēzeknes valstspilsētas' },
        { name: 'Ludza', zip: '570', of: 'Ludzas novada' },
      ],
    },
  ],
  streets: [
    'Brīvības iela', 'Elizabetes iela', 'Krišjāņa Barona iela', 'Lāčplēša iela', 'Tērbatas iela', 'Skolas iela', 'Dzirnavu iela',
    'Raiņa bulvāris', 'Stacijas iela', 'Pils iela', 'Rīgas iela', 'Zemītes iela', 'Kalpaka bulvāris',
  ],
  address: '{street} {no}, {city}, LV-{zip}',
  zip: '####',
  phone: '+371 6# ### ###',
  office: { lv: 'filiāle', en: 'branch' },
  people: {
    female: [
      'Anna', 'Kristīne', 'Inese', 'Ilze', 'Linda', 'Laura', 'Līga', 'Ieva', 'Dace', 'Sandra', 'Iveta', 'Santa', 'Agnese', 'Jolanta',
      'Zane', 'Gunta', 'Daiga', 'Ināra', 'Evija', 'Elīna', 'Marta', 'Baiba', 'Aija', 'Anete', 'Liene',
    ],
    male: [
      'Jānis', 'Andris', 'Mārtiņš', 'Edgars', 'Kārlis', 'Pēteris', 'Aivars', 'Juris', 'Raimonds', 'Guntis', 'Artūrs', 'Roberts',
      'Kristaps', 'Gatis', 'Valdis', 'Uldis', 'Māris', 'Aigars', 'Oskars', 'Dainis', 'Normunds', 'Ivars', 'Rihards', 'Matīss', 'Edijs',
    ],
    surnames: {
      female: [
        'Bērziņa', 'Kalniņa', 'Ozoliņa', 'Jansone', 'Ozola', 'Liepiņa', 'Krūmiņa', 'Balode', 'Eglīte', 'Zariņa', 'Pētersone',
        'Vītola', 'Kļaviņa', 'Kārkliņa', 'Vanaga', 'Lāce', 'Kazaka', 'Siliņa', 'Zvirbule', 'Jaunzeme', 'Grīnberga', 'Kalēja',
        'Rozīte', 'Sproģe', 'Strazdiņa', 'Avotiņa', 'Lapiņa', 'Zālīte',
      ],
      male: [
        'Bērziņš', 'Kalniņš', 'Ozoliņš', 'Jansons', 'Ozols', 'Liepiņš', 'Krūmiņš', 'Balodis', 'Eglītis', 'Zariņš', 'Pētersons',
        'Vītols', 'Kļaviņš', 'Kārkliņš', 'Vanags', 'Lācis', 'Kazaks', 'Siliņš', 'Zvirbulis', 'Jaunzems', 'Grīnbergs', 'Kalējs',
        'Rozītis', 'Sproģis', 'Strazdiņš', 'Avotiņš', 'Lapiņš', 'Zālītis',
      ],
    },
  },
  fixed: [
    { kind: 'ministry-economy', names: { lv: 'Ekonomikas ministrija', en: 'Ministry of Economics' } },
    { kind: 'chamber-physicians', names: { lv: 'Latvijas Ārstu biedrība', en: 'Latvian Medical Association' } },
    { kind: 'central-bank', names: { lv: 'Latvijas Banka', en: 'Bank of Latvia' } },
    { kind: 'recognition-centre', names: { lv: 'Akadēmiskās informācijas centrs', en: 'Academic Information Centre' } },
    { kind: 'labour-inspectorate', names: { lv: 'Valsts darba inspekcija', en: 'State Labour Inspectorate' } },
    { kind: 'social-security', names: { lv: 'Valsts sociālās apdrošināšanas aģentūra', en: 'State Social Insurance Agency' } },
    { kind: 'consumer-protection', names: { lv: 'Patērētāju tiesību aizsardzības centrs', en: 'Consumer Rights Protection Centre' } },
    { kind: 'health-regulator', names: { lv: 'Veselības inspekcija', en: 'Health Inspectorate' } },
    { kind: 'chamber-pharmacists', names: { lv: 'Latvijas Farmaceitu biedrība', en: 'Latvian Pharmaceutical Society' } },
    { kind: 'chamber-dentists', names: { lv: 'Latvijas Zobārstu asociācija', en: 'Latvian Dental Association' } },
    { kind: 'chamber-nurses', names: { lv: 'Latvijas Māsu asociācija', en: 'Latvian Nurses Association' } },
    { kind: 'chamber-architects', names: { lv: 'Latvijas Arhitektu savienība', en: 'Latvian Association of Architects' } },
    { kind: 'chamber-lawyers', names: { lv: 'Latvijas Zvērinātu advokātu padome', en: 'Latvian Council of Sworn Advocates' } },
    { kind: 'chamber-notaries', names: { lv: 'Latvijas Zvērinātu notāru padome', en: 'Latvian Council of Sworn Notaries' } },
    { kind: 'railway-safety', names: { lv: 'Valsts dzelzceļa tehniskā inspekcija', en: 'State Railway Technical Inspectorate' } },
    { kind: 'procurement-office', names: { lv: 'Iepirkumu uzraudzības birojs', en: 'Procurement Monitoring Bureau' } },
    { kind: 'police', names: { lv: 'Valsts policija', en: 'State Police' } },
    { kind: 'business-register', names: { lv: 'Latvijas Republikas Uzņēmumu reģistrs', en: 'Register of Enterprises of the Republic of Latvia' } },
    { kind: 'civil-registry', names: { lv: 'Pilsonības un migrācijas lietu pārvalde', en: 'Office of Citizenship and Migration Affairs' } },
    { kind: 'ministry-health', names: { lv: 'Veselības ministrija', en: 'Ministry of Health' } },
    { kind: 'ministry-interior', names: { lv: 'Iekšlietu ministrija', en: 'Ministry of the Interior' } },
    { kind: 'ministry-labour', names: { lv: 'Labklājības ministrija', en: 'Ministry of Welfare' } },
    { kind: 'solvit-centre', names: { lv: 'SOLVIT Latvija', en: 'SOLVIT Latvia' } },
    { kind: 'chamber-commerce', names: { lv: 'Latvijas Tirdzniecības un rūpniecības kamera', en: 'Latvian Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { lv: '{of} plānošanas reģions', en: '{name} Planning Region' } },
    { kind: 'municipality', at: 'city', names: { lv: '{of} pašvaldība', en: 'Municipality of {name}' } },
  ],
};
