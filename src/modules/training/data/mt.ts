import type { CountryData } from '../country-data.js';

/** Malta: bodies named in Maltese and English, the five regions of the local government law, local councils. */
export const data: CountryData = {
  code: 'MT',
  size: 4,
  capital: 'Valletta',
  regions: [
    {
      name: 'Reġjun Port',
      of: 'Port',
      alt: { en: 'Port Region' },
      cities: [
        { name: 'Valletta', zip: 'VLT' },
        { name: 'Il-Furjana', zip: 'FRN', of: 'Furjana', alt: { en: 'Floriana' } },
        { name: 'Il-Birgu', zip: 'BRG', of: 'Birgu', alt: { en: 'Birgu' } },
      ],
    },
    {
      name: 'Reġjun Lvant',
      of: 'Lvant',
      alt: { en: 'Eastern Region' },
      cities: [
        { name: 'Tas-Sliema', zip: 'SLM', of: 'Tas-Sliema', alt: { en: 'Sliema' } },
        { name: 'San Ġiljan', zip: 'STJ', alt: { en: 'St Julian’s' } },
        { name: 'Il-Gżira', zip: 'GZR', of: 'Gżira', alt: { en: 'Gżira' } },
      ],
    },
    {
      name: 'Reġjun Tramuntana',
      of: 'Tramuntana',
      alt: { en: 'Northern Region' },
      cities: [
        { name: 'Il-Mosta', zip: 'MST', of: 'Mosta', alt: { en: 'Mosta' } },
        { name: 'In-Naxxar', zip: 'NXR', of: 'Naxxar', alt: { en: 'Naxxar' } },
        { name: 'Il-Mellieħa', zip: 'MLH', of: 'Mellieħa', alt: { en: 'Mellieħa' } },
      ],
    },
    {
      name: 'Reġjun Punent',
      of: 'Punent',
      alt: { en: 'Western Region' },
      cities: [
        { name: 'Ir-Rabat', zip: 'RBT', of: 'Rabat', alt: { en: 'Rabat' } },
        { name: 'Ħ’Attard', zip: 'ATD', of: 'Ħ’Attard', alt: { en: 'Attard' } },
        { name: 'Ħaż-Żebbuġ', zip: 'ZBG', of: 'Ħaż-Żebbuġ', alt: { en: 'Żebbuġ' } },
      ],
    },
    {
      name: 'Reġjun Għawdex',
      of: 'Għawdex',
      alt: { en: 'Gozo Region' },
      cities: [
        { name: 'Il-Belt Victoria', zip: 'VCT', of: 'Il-Belt Victoria', alt: { en: 'Victoria' } },
        { name: 'Ix-Xagħra', zip: 'XRA', of: 'Xagħra', alt: { en: 'Xagħra' } },
        { name: 'In-Nadur', zip: 'NDR', of: 'Nadur', alt: { en: 'Nadur' } },
      ],
    },
  ],
  streets: [
    'Triq il-Kbira', 'Triq San Pawl', 'Triq ir-Repubblika', 'Triq il-Merkanti', 'Triq il-Knisja', 'Triq il-Wied', 'Pjazza San Ġorġ',
    'Triq il-Kappillan', 'Triq Santa Marija', 'Triq il-Ħaddiem', 'Triq l-Imdina', 'Triq il-Baħar',
  ],
  address: '{no}, {street}, {city} {zip}',
  zip: '@@@ ####',
  phone: '+356 #### ####',
  office: { mt: 'uffiċċju', en: 'Office' },
  people: {
    female: [
      'Maria', 'Rita', 'Carmen', 'Doris', 'Josephine', 'Marija', 'Rosette', 'Antoinette', 'Marthese', 'Graziella', 'Stephanie', 'Nicole',
      'Claire', 'Elaine', 'Daniela', 'Rebecca', 'Francesca', 'Roberta', 'Michela', 'Kristina', 'Leanne', 'Maxine', 'Ġulja', 'Ċettina',
    ],
    male: [
      'Joseph', 'Ġużeppi', 'Ġorġ', 'Pawlu', 'Mario', 'John', 'Carmel', 'Anthony', 'Emanuel', 'Raymond', 'Charles', 'Paul', 'Mark',
      'Kurt', 'Matthew', 'Luke', 'Ċensu', 'Karmenu', 'Ġwann', 'Noel', 'Clayton', 'Jean-Paul', 'Andrew', 'Daniel',
    ],
    surnames: [
      'Borg', 'Camilleri', 'Vella', 'Farrugia', 'Zammit', 'Galea', 'Micallef', 'Grech', 'Attard', 'Spiteri', 'Azzopardi', 'Mifsud',
      'Agius', 'Caruana', 'Pace', 'Cassar', 'Debono', 'Fenech', 'Sammut', 'Calleja', 'Buħagiar', 'Xuereb', 'Schembri', 'Bonello',
      'Abela', 'Cachia', 'Saliba', 'Ellul', 'Muscat', 'Ċutajar', 'Magro', 'Psaila',
    ],
  },
  fixed: [
    { kind: 'recognition-centre', names: { mt: 'Ċentru ta’ Informazzjoni dwar ir-Rikonoxximent tal-Kwalifiki f’Malta', en: 'Malta Qualifications Recognition Information Centre' } },
    { kind: 'chamber-physicians', names: { mt: 'Il-Kunsill Mediku', en: 'Medical Council Malta' } },
    { kind: 'ministry-economy', names: { mt: 'Ministeru għall-Ekonomija, l-Intrapriża u l-Proġetti Strateġiċi', en: 'Ministry for the Economy, Enterprise and Strategic Projects' } },
    { kind: 'central-bank', names: { mt: 'Il-Bank Ċentrali ta’ Malta', en: 'Central Bank of Malta' } },
    { kind: 'financial-regulator', names: { mt: 'L-Awtorità għas-Servizzi Finanzjarji ta’ Malta', en: 'Malta Financial Services Authority' } },
    { kind: 'labour-inspectorate', names: { mt: 'Dipartiment għar-Relazzjonijiet Industrijali u tal-Impjiegi', en: 'Department for Industrial and Employment Relations' } },
    { kind: 'social-security', names: { mt: 'Dipartiment tas-Sigurtà Soċjali', en: 'Department of Social Security' } },
    { kind: 'consumer-protection', names: { mt: 'L-Awtorità għall-Kompetizzjoni u għall-Affarijiet tal-Konsumatur', en: 'Malta Competition and Consumer Affairs Authority' } },
    { kind: 'chamber-pharmacists', names: { mt: 'Il-Kunsill tal-Ispiżerija', en: 'Pharmacy Council' } },
    { kind: 'chamber-nurses', names: { mt: 'Il-Kunsill għall-Infermiera u l-Qwiebel', en: 'Council for Nurses and Midwives' } },
    { kind: 'chamber-architects', names: { mt: 'Il-Kamra tal-Periti', en: 'Chamber of Architects and Civil Engineers' } },
    { kind: 'chamber-lawyers', names: { mt: 'Il-Kamra tal-Avukati', en: 'Chamber of Advocates' } },
    { kind: 'police', city: 'Il-Furjana', names: { mt: 'Il-Korp tal-Pulizija ta’ Malta', en: 'Malta Police Force' } },
    { kind: 'solvit-centre', names: { mt: 'Ċentru SOLVIT Malta', en: 'SOLVIT Centre Malta' } },
    { kind: 'business-register', names: { mt: 'Reġistru tan-Negozju ta’ Malta', en: 'Malta Business Registry' } },
    { kind: 'civil-registry', names: { mt: 'Reġistru Pubbliku', en: 'Public Registry' } },
    { kind: 'procurement-office', names: { mt: 'Dipartiment tal-Kuntratti', en: 'Department of Contracts' } },
    { kind: 'ministry-health', names: { mt: 'Ministeru għas-Saħħa u l-Anzjanità Attiva', en: 'Ministry for Health and Active Ageing' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { mt: 'Kunsill Reġjonali {of}', en: '{name} Council' } },
    { kind: 'municipality', at: 'city', names: { mt: 'Kunsill Lokali {of}', en: '{name} Local Council' } },
  ],
};
