import type { CountryData } from '../country-data.js';

/** Romania: Romanian (ș ț with comma below); counties (județe) and the Municipality of Bucharest. */
export const data: CountryData = {
  code: 'RO',
  size: 13,
  capital: 'București',
  regions: [
    {
      name: 'București',
      alt: { en: 'Bucharest' },
      cities: [{ name: 'București', zip: '0', alt: { en: 'Bucharest' } }],
    },
    {
      name: 'Cluj',
      cities: [
        { name: 'Cluj-Napoca', zip: '400' },
        { name: 'Turda', zip: '401' },
        { name: 'Dej', zip: '405' },
      ],
    },
    {
      name: 'Timiș',
      cities: [
        { name: 'Timișoara', zip: '300' },
        { name: 'Lugoj', zip: '305' },
      ],
    },
    {
      name: 'Iași',
      cities: [
        { name: 'Iași', zip: '700' },
        { name: 'Pașcani', zip: '705' },
      ],
    },
    {
      name: 'Constanța',
      cities: [
        { name: 'Constanța', zip: '900' },
        { name: 'Mangalia', zip: '905' },
        { name: 'Medgidia', zip: '905' },
      ],
    },
    {
      name: 'Brașov',
      cities: [
        { name: 'Brașov', zip: '500' },
        { name: 'Făgăraș', zip: '505' },
        { name: 'Săcele', zip: '505' },
      ],
    },
    {
      name: 'Prahova',
      cities: [
        { name: 'Ploiești', zip: '100' },
        { name: 'Câmpina', zip: '105' },
      ],
    },
  ],
  streets: [
    'Strada Mihai Eminescu', 'Bulevardul Unirii', 'Strada Republicii', 'Calea Victoriei', 'Strada Ștefan cel Mare',
    'Bulevardul Independenței', 'Strada Avram Iancu', 'Strada Gării', 'Strada Libertății', 'Bulevardul Carol I',
    'Strada Tudor Vladimirescu', 'Strada Mihail Kogălniceanu', 'Piața Unirii',
  ],
  address: '{street} nr. {no}, {zip} {city}',
  zip: '######',
  phone: '+40 ### ### ###',
  office: { ro: 'Sucursala', en: 'Branch' },
  people: {
    female: [
      'Maria', 'Elena', 'Ioana', 'Andreea', 'Mihaela', 'Ana', 'Cristina', 'Daniela', 'Gabriela', 'Alexandra', 'Mariana', 'Florentina',
      'Ștefania', 'Adriana', 'Irina', 'Raluca', 'Roxana', 'Simona', 'Loredana', 'Georgiana', 'Alina', 'Teodora', 'Oana', 'Corina',
      'Larisa',
    ],
    male: [
      'Ion', 'Gheorghe', 'Vasile', 'Constantin', 'Alexandru', 'Andrei', 'Mihai', 'Ștefan', 'Florin', 'Adrian', 'Marius', 'Ionuț',
      'Bogdan', 'Cătălin', 'Daniel', 'Gabriel', 'Cristian', 'Nicolae', 'Dumitru', 'Răzvan', 'Sorin', 'Tudor', 'Dragoș', 'Lucian',
      'Petru',
    ],
    surnames: [
      'Popescu', 'Ionescu', 'Popa', 'Pop', 'Radu', 'Dumitrescu', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rusu',
      'Munteanu', 'Moldovan', 'Constantin', 'Mocanu', 'Dinu', 'Lungu', 'Țurcanu', 'Răducanu', 'Mărgineanu', 'Bălan', 'Șerban',
      'Ștefănescu', 'Vlădescu', 'Nistor', 'Tănase', 'Bălășoiu', 'Ardeleanu', 'Mihăilă', 'Cojocaru', 'Țăranu',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { ro: 'Ministerul Economiei, Antreprenoriatului și Turismului', en: 'Ministry of Economy, Entrepreneurship and Tourism' } },
    { kind: 'chamber-physicians', names: { ro: 'Colegiul Medicilor din România', en: 'Romanian College of Physicians' } },
    { kind: 'central-bank', names: { ro: 'Banca Națională a României', en: 'National Bank of Romania' } },
    { kind: 'recognition-centre', names: { ro: 'Centrul Național de Recunoaștere și Echivalare a Diplomelor', en: 'National Centre for Recognition and Equivalence of Diplomas' } },
    { kind: 'labour-inspectorate', names: { ro: 'Inspecția Muncii', en: 'Labour Inspection' } },
    { kind: 'social-security', names: { ro: 'Casa Națională de Pensii Publice', en: 'National House of Public Pensions' } },
    { kind: 'consumer-protection', names: { ro: 'Autoritatea Națională pentru Protecția Consumatorilor', en: 'National Authority for Consumer Protection' } },
    { kind: 'financial-regulator', names: { ro: 'Autoritatea de Supraveghere Financiară', en: 'Financial Supervisory Authority' } },
    { kind: 'chamber-pharmacists', names: { ro: 'Colegiul Farmaciștilor din România', en: 'Romanian College of Pharmacists' } },
    { kind: 'chamber-dentists', names: { ro: 'Colegiul Medicilor Stomatologi din România', en: 'Romanian College of Dentists' } },
    { kind: 'chamber-nurses', names: { ro: 'Ordinul Asistenților Medicali Generaliști, Moașelor și Asistenților Medicali din România', en: 'Romanian Order of Nurses, Midwives and Medical Assistants' } },
    { kind: 'chamber-architects', names: { ro: 'Ordinul Arhitecților din România', en: 'Romanian Order of Architects' } },
    { kind: 'chamber-lawyers', names: { ro: 'Uniunea Națională a Barourilor din România', en: 'National Union of Romanian Bar Associations' } },
    { kind: 'chamber-notaries', names: { ro: 'Uniunea Națională a Notarilor Publici din România', en: 'National Union of Public Notaries of Romania' } },
    { kind: 'railway-safety', names: { ro: 'Autoritatea Feroviară Română', en: 'Romanian Railway Authority' } },
    { kind: 'procurement-office', names: { ro: 'Agenția Națională pentru Achiziții Publice', en: 'National Agency for Public Procurement' } },
    { kind: 'police', names: { ro: 'Inspectoratul General al Poliției Române', en: 'General Inspectorate of the Romanian Police' } },
    { kind: 'business-register', names: { ro: 'Oficiul Național al Registrului Comerțului', en: 'National Trade Register Office' } },
    { kind: 'ministry-health', names: { ro: 'Ministerul Sănătății', en: 'Ministry of Health' } },
    { kind: 'ministry-labour', names: { ro: 'Ministerul Muncii și Solidarității Sociale', en: 'Ministry of Labour and Social Solidarity' } },
    { kind: 'ministry-interior', names: { ro: 'Ministerul Afacerilor Interne', en: 'Ministry of Internal Affairs' } },
    { kind: 'solvit-centre', names: { ro: 'Centrul SOLVIT România', en: 'SOLVIT Centre Romania' } },
    { kind: 'chamber-commerce', names: { ro: 'Camera de Comerț și Industrie a României', en: 'Chamber of Commerce and Industry of Romania' } },
    { kind: 'chamber-veterinarians', names: { ro: 'Colegiul Medicilor Veterinari din România', en: 'College of Veterinarians of Romania' } },
    { kind: 'civil-registry', names: { ro: 'Direcția pentru Evidența Persoanelor și Administrarea Bazelor de Date', en: 'Directorate for Persons Records and Database Management' } },
    { kind: 'regional-government', region: 'București', names: { ro: 'Consiliul General al Municipiului București', en: 'General Council of the Municipality of Bucharest' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['București'], names: { ro: 'Consiliul Județean {name}', en: '{name} County Council' } },
    { kind: 'labour-inspectorate', at: 'region', names: { ro: 'Inspectoratul Teritorial de Muncă {name}', en: 'Territorial Labour Inspectorate {name}' } },
    { kind: 'municipality', at: 'city', names: { ro: 'Primăria Municipiului {name}', en: 'City Hall of {name}' } },
  ],
};
