import type { CountryData } from '../country-data.js';

/** Lithuania: Lithuanian; counties (apskritys) and city / district municipalities with genitive forms. */
export const data: CountryData = {
  code: 'LT',
  size: 6,
  capital: 'Vilnius',
  regions: [
    {
      name: 'Vilniaus apskritis',
      of: 'Vilniaus',
      alt: { en: 'Vilnius County' },
      cities: [
        { name: 'Vilnius', zip: '0', of: 'Vilniaus miesto' },
        { name: 'Trakai', zip: '211', of: 'Trakų rajono' },
        { name: 'Ukmergė', zip: '201', of: 'Ukmergės rajono' },
      ],
    },
    {
      name: 'Kauno apskritis',
      of: 'Kauno',
      alt: { en: 'Kaunas County' },
      cities: [
        { name: 'Kaunas', zip: '4', of: 'Kauno miesto' },
        { name: 'Jonava', zip: '551', of: 'Jonavos rajono' },
        { name: 'Kėdainiai', zip: '571', of: 'Kėdainių rajono' },
      ],
    },
    {
      name: 'Klaipėdos apskritis',
      of: 'Klaipėdos',
      alt: { en: 'Klaipėda County' },
      cities: [
        { name: 'Klaipėda', zip: '9', of: 'Klaipėdos miesto' },
        { name: 'Palanga', zip: '002', of: 'Palangos miesto' },
        { name: 'Kretinga', zip: '972', of: 'Kretingos rajono' },
      ],
    },
    {
      name: 'Šiaulių apskritis',
      of: 'Šiaulių',
      alt: { en: 'Šiauliai County' },
      cities: [
        { name: 'Šiauliai', zip: '7', of: 'Šiaulių miesto' },
        { name: 'Radviliškis', zip: '821', of: 'Radviliškio rajono' },
      ],
    },
    {
      name: 'Panevėžio apskritis',
      of: 'Panevėžio',
      alt: { en: 'Panevėžys County' },
      cities: [
        { name: 'Panevėžys', zip: '3', of: 'Panevėžio miesto' },
        { name: 'Biržai', zip: '412', of: 'Biržų rajono' },
      ],
    },
  ],
  streets: [
    'Gedimino pr.', 'Vilniaus g.', 'Laisvės al.', 'Konstitucijos pr.', 'Žalgirio g.', 'J. Basanavičiaus g.', 'Maironio g.',
    'Vytauto g.', 'Kęstučio g.', 'Šv. Ignoto g.', 'Ukmergės g.', 'Savanorių pr.', 'Taikos pr.', 'Liepų g.',
  ],
  address: '{street} {no}, LT-{zip} {city}',
  zip: '#####',
  phone: '+370 ## ### ###',
  office: { lt: 'skyrius', en: 'office' },
  people: {
    female: [
      'Rūta', 'Jurgita', 'Kristina', 'Inga', 'Asta', 'Daiva', 'Rasa', 'Laima', 'Aušra', 'Eglė', 'Giedrė', 'Jūratė', 'Loreta',
      'Vilma', 'Ieva', 'Gabija', 'Ugnė', 'Austėja', 'Živilė', 'Dalia', 'Žydrūnė', 'Agnė', 'Violeta', 'Vaida', 'Indrė', 'Sigita',
    ],
    male: [
      'Jonas', 'Tomas', 'Mantas', 'Darius', 'Andrius', 'Paulius', 'Vytautas', 'Mindaugas', 'Rimantas', 'Algirdas', 'Saulius',
      'Gintaras', 'Žydrūnas', 'Arūnas', 'Kęstutis', 'Linas', 'Lukas', 'Dovydas', 'Jokūbas', 'Audrius', 'Gediminas', 'Marius',
      'Povilas', 'Giedrius', 'Šarūnas',
    ],
    surnames: {
      // Married (-ienė) and unmarried (-aitė, -ytė, -utė) forms.
      female: [
        'Kazlauskienė', 'Jankauskaitė', 'Petrauskienė', 'Stankevičienė', 'Vasiliauskaitė', 'Žukauskienė', 'Butkutė', 'Paulauskienė',
        'Urbonaitė', 'Kavaliauskienė', 'Baranauskienė', 'Pocienė', 'Sakalauskaitė', 'Navickienė', 'Rimkutė', 'Žilinskienė',
        'Šimkutė', 'Lukoševičienė', 'Adomaitienė', 'Mockutė', 'Bagdonienė', 'Ramanauskaitė', 'Vaitkienė', 'Kairytė', 'Gudaitytė',
        'Balčiūnienė', 'Mažeikienė', 'Šukytė', 'Jonaitienė', 'Žemaitytė',
      ],
      male: [
        'Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas',
        'Kavaliauskas', 'Baranauskas', 'Pocius', 'Sakalauskas', 'Navickas', 'Rimkus', 'Žilinskas', 'Šimkus', 'Lukoševičius',
        'Adomaitis', 'Mockus', 'Bagdonas', 'Ramanauskas', 'Vaitkus', 'Kairys', 'Gudaitis', 'Balčiūnas', 'Mažeika', 'Šukys',
        'Jonaitis', 'Žemaitis',
      ],
    },
  },
  fixed: [
    { kind: 'chamber-architects', names: { lt: 'Lietuvos architektų rūmai', en: 'Chamber of Architects of Lithuania' } },
    { kind: 'ministry-economy', names: { lt: 'Ekonomikos ir inovacijų ministerija', en: 'Ministry of the Economy and Innovation' } },
    { kind: 'chamber-physicians', names: { lt: 'Lietuvos gydytojų sąjunga', en: 'Lithuanian Medical Association' } },
    { kind: 'central-bank', names: { lt: 'Lietuvos bankas', en: 'Bank of Lithuania' } },
    { kind: 'recognition-centre', names: { lt: 'Studijų kokybės vertinimo centras', en: 'Centre for Quality Assessment in Higher Education' } },
    { kind: 'labour-inspectorate', names: { lt: 'Valstybinė darbo inspekcija', en: 'State Labour Inspectorate' } },
    { kind: 'social-security', names: { lt: 'Valstybinio socialinio draudimo fondo valdyba', en: 'State Social Insurance Fund Board' } },
    { kind: 'consumer-protection', names: { lt: 'Valstybinė vartotojų teisių apsaugos tarnyba', en: 'State Consumer Rights Protection Authority' } },
    { kind: 'health-regulator', names: { lt: 'Valstybinė akreditavimo sveikatos priežiūros veiklai tarnyba', en: 'State Accreditation Service for Health Care Activities' } },
    { kind: 'chamber-pharmacists', names: { lt: 'Lietuvos farmacijos sąjunga', en: 'Lithuanian Pharmaceutical Association' } },
    { kind: 'chamber-dentists', names: { lt: 'Lietuvos odontologų rūmai', en: 'Lithuanian Chamber of Dentists' } },
    { kind: 'chamber-nurses', names: { lt: 'Lietuvos slaugos specialistų organizacija', en: 'Lithuanian Nurses Organisation' } },
    { kind: 'chamber-lawyers', names: { lt: 'Lietuvos advokatūra', en: 'Lithuanian Bar Association' } },
    { kind: 'chamber-notaries', names: { lt: 'Lietuvos notarų rūmai', en: 'Chamber of Notaries of Lithuania' } },
    { kind: 'railway-safety', names: { lt: 'Lietuvos transporto saugos administracija', en: 'Lithuanian Transport Safety Administration' } },
    { kind: 'procurement-office', names: { lt: 'Viešųjų pirkimų tarnyba', en: 'Public Procurement Office' } },
    { kind: 'police', names: { lt: 'Policijos departamentas', en: 'Police Department' } },
    { kind: 'business-register', names: { lt: 'Registrų centras', en: 'Centre of Registers' } },
    { kind: 'ministry-health', names: { lt: 'Sveikatos apsaugos ministerija', en: 'Ministry of Health' } },
    { kind: 'ministry-interior', names: { lt: 'Vidaus reikalų ministerija', en: 'Ministry of the Interior' } },
    { kind: 'ministry-labour', names: { lt: 'Socialinės apsaugos ir darbo ministerija', en: 'Ministry of Social Security and Labour' } },
    { kind: 'solvit-centre', names: { lt: 'Lietuvos SOLVIT centras', en: 'SOLVIT Centre Lithuania' } },
    { kind: 'chamber-commerce', names: { lt: 'Lietuvos prekybos, pramonės ir amatų rūmų asociacija', en: 'Association of Lithuanian Chambers of Commerce, Industry and Crafts' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { lt: '{of} regiono plėtros taryba', en: 'Regional Development Council of {name}' } },
    { kind: 'municipality', at: 'city', names: { lt: '{of} savivaldybė', en: 'Municipality of {name}' } },
  ],
};
