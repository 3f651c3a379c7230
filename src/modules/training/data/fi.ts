import type { CountryData } from '../country-data.js';

/** Finland: Finnish and Swedish (Åland Swedish only); regions (maakunnat / landskap) and towns. */
export const data: CountryData = {
  code: 'FI',
  size: 7,
  capital: 'Helsinki',
  regions: [
    {
      name: 'Uusimaa',
      of: 'Uudenmaan',
      alt: { sv: 'Nyland' },
      cities: [
        { name: 'Helsinki', zip: '00', of: 'Helsingin', alt: { sv: 'Helsingfors' } },
        { name: 'Espoo', zip: '02', of: 'Espoon', alt: { sv: 'Esbo' } },
        { name: 'Vantaa', zip: '01', of: 'Vantaan', alt: { sv: 'Vanda' } },
        { name: 'Porvoo', zip: '06', of: 'Porvoon', alt: { sv: 'Borgå' } },
      ],
    },
    {
      name: 'Pirkanmaa',
      of: 'Pirkanmaan',
      alt: { sv: 'Birkaland' },
      cities: [
        { name: 'Tampere', zip: '33', of: 'Tampereen', alt: { sv: 'Tammerfors' } },
        { name: 'Nokia', zip: '37', of: 'Nokian' },
      ],
    },
    {
      name: 'Varsinais-Suomi',
      of: 'Varsinais-Suomen',
      alt: { sv: 'Egentliga Finland', en: 'Southwest Finland' },
      cities: [
        { name: 'Turku', zip: '20', of: 'Turun', alt: { sv: 'Åbo' } },
        { name: 'Salo', zip: '24', of: 'Salon' },
      ],
    },
    {
      name: 'Pohjois-Pohjanmaa',
      of: 'Pohjois-Pohjanmaan',
      alt: { sv: 'Norra Österbotten', en: 'North Ostrobothnia' },
      cities: [
        { name: 'Oulu', zip: '90', of: 'Oulun', alt: { sv: 'Uleåborg' } },
        { name: 'Raahe', zip: '92', of: 'Raahen', alt: { sv: 'Brahestad' } },
      ],
    },
    {
      name: 'Pohjanmaa',
      of: 'Pohjanmaan',
      alt: { sv: 'Österbotten', en: 'Ostrobothnia' },
      cities: [
        { name: 'Vaasa', zip: '65', of: 'Vaasan', alt: { sv: 'Vasa' } },
        { name: 'Pietarsaari', zip: '68', of: 'Pietarsaaren', alt: { sv: 'Jakobstad' } },
      ],
    },
    {
      // Autonomous and Swedish-speaking only: names in Swedish first.
      name: 'Åland',
      of: 'Ålands',
      alt: { fi: 'Ahvenanmaa', en: 'Åland Islands' },
      langs: ['sv'],
      streets: ['Torggatan', 'Storagatan', 'Norra Esplanadgatan', 'Ålandsvägen', 'Skolgatan', 'Strandgatan', 'Östra Esplanadgatan'],
      cities: [
        { name: 'Mariehamn', zip: '221', of: 'Mariehamns', alt: { fi: 'Maarianhamina' } },
        { name: 'Jomala', zip: '2215', of: 'Jomala' },
      ],
    },
  ],
  streets: [
    'Mannerheimintie', 'Aleksanterinkatu', 'Hämeenkatu', 'Kauppakatu', 'Rautatienkatu', 'Satamakatu', 'Kirkkokatu', 'Puistokatu',
    'Koulukatu', 'Yliopistonkatu', 'Asemakatu', 'Pohjoisesplanadi', 'Läntinen Pitkäkatu',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '#####',
  phone: '+358 ## ### ####',
  office: { fi: 'toimipiste', sv: 'verksamhetsställe', en: 'office' },
  people: {
    female: [
      'Maria', 'Helena', 'Johanna', 'Anneli', 'Kaarina', 'Marjatta', 'Anna', 'Liisa', 'Annikki', 'Hannele', 'Tuula', 'Päivi', 'Sari',
      'Minna', 'Tiina', 'Riitta', 'Eeva', 'Sanna', 'Kirsi', 'Leena', 'Satu', 'Elina', 'Aino', 'Pirjo', 'Emilia', 'Sofia',
    ],
    male: [
      'Juhani', 'Olavi', 'Antero', 'Tapani', 'Johannes', 'Mikael', 'Matti', 'Timo', 'Kari', 'Pekka', 'Jari', 'Mikko', 'Jukka',
      'Antti', 'Markku', 'Heikki', 'Ville', 'Janne', 'Tuomas', 'Sami', 'Petri', 'Jussi', 'Väinö', 'Eero', 'Lauri', 'Mika',
    ],
    surnames: [
      'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen',
      'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen', 'Salo',
      'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen', 'Lindqvist',
      'Nyman', 'Lindholm', 'Sjöberg',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { fi: 'Työ- ja elinkeinoministeriö', sv: 'Arbets- och näringsministeriet', en: 'Ministry of Economic Affairs and Employment' } },
    { kind: 'recognition-centre', names: { fi: 'Opetushallitus', sv: 'Utbildningsstyrelsen', en: 'Finnish National Agency for Education' } },
    { kind: 'central-bank', names: { fi: 'Suomen Pankki', sv: 'Finlands Bank', en: 'Bank of Finland' } },
    { kind: 'financial-regulator', names: { fi: 'Finanssivalvonta', sv: 'Finansinspektionen', en: 'Financial Supervisory Authority' } },
    { kind: 'health-regulator', names: { fi: 'Sosiaali- ja terveysalan lupa- ja valvontavirasto', sv: 'Tillstånds- och tillsynsverket för social- och hälsovården', en: 'National Supervisory Authority for Welfare and Health' } },
    { kind: 'chamber-physicians', names: { fi: 'Suomen Lääkäriliitto', sv: 'Finlands Läkarförbund', en: 'Finnish Medical Association' } },
    { kind: 'labour-inspectorate', names: { fi: 'Työsuojeluhallinto', sv: 'Arbetarskyddsförvaltningen', en: 'Occupational Safety and Health Administration' } },
    { kind: 'social-security', names: { fi: 'Eläketurvakeskus', sv: 'Pensionsskyddscentralen', en: 'Finnish Centre for Pensions' } },
    { kind: 'consumer-protection', names: { fi: 'Kilpailu- ja kuluttajavirasto', sv: 'Konkurrens- och konsumentverket', en: 'Finnish Competition and Consumer Authority' } },
    { kind: 'chamber-pharmacists', names: { fi: 'Suomen Apteekkariliitto', sv: 'Finlands Apotekareförbund', en: 'Association of Finnish Pharmacies' } },
    { kind: 'chamber-dentists', names: { fi: 'Suomen Hammaslääkäriliitto', sv: 'Finlands Tandläkarförbund', en: 'Finnish Dental Association' } },
    { kind: 'chamber-nurses', names: { fi: 'Suomen Sairaanhoitajat', sv: 'Finlands Sjuksköterskor', en: 'Finnish Nurses Association' } },
    { kind: 'chamber-architects', names: { fi: 'Suomen Arkkitehtiliitto SAFA', sv: 'Finlands Arkitektförbund SAFA', en: 'Finnish Association of Architects SAFA' } },
    { kind: 'chamber-lawyers', names: { fi: 'Suomen Asianajajaliitto', sv: 'Finlands Advokatförbund', en: 'Finnish Bar Association' } },
    { kind: 'railway-safety', names: { fi: 'Liikenne- ja viestintävirasto Traficom', sv: 'Transport- och kommunikationsverket Traficom', en: 'Finnish Transport and Communications Agency Traficom' } },
    { kind: 'police', names: { fi: 'Poliisihallitus', sv: 'Polisstyrelsen', en: 'National Police Board' } },
    { kind: 'business-register', names: { fi: 'Patentti- ja rekisterihallitus', sv: 'Patent- och registerstyrelsen', en: 'Finnish Patent and Registration Office' } },
    { kind: 'civil-registry', names: { fi: 'Digi- ja väestötietovirasto', sv: 'Myndigheten för digitalisering och befolkningsdata', en: 'Digital and Population Data Services Agency' } },
    { kind: 'ministry-health', names: { fi: 'Sosiaali- ja terveysministeriö', sv: 'Social- och hälsovårdsministeriet', en: 'Ministry of Social Affairs and Health' } },
    { kind: 'ministry-interior', names: { fi: 'Sisäministeriö', sv: 'Inrikesministeriet', en: 'Ministry of the Interior' } },
    { kind: 'solvit-centre', names: { fi: 'SOLVIT Suomi', sv: 'SOLVIT Finland', en: 'SOLVIT Centre Finland' } },
    { kind: 'chamber-commerce', names: { fi: 'Keskuskauppakamari', sv: 'Centralhandelskammaren', en: 'Finland Chamber of Commerce' } },
    { kind: 'regional-government', region: 'Åland', names: { sv: 'Ålands landskapsregering', fi: 'Ahvenanmaan maakuntahallitus', en: 'Government of Åland' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Åland'], names: { fi: '{of} liitto', sv: '{name}s förbund', en: '{name} Regional Council' } },
    { kind: 'municipality', at: 'city', except: ['Jomala'], names: { fi: '{of} kaupunki', sv: '{of} stad', en: 'City of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Helsinki', 'Espoo', 'Vantaa', 'Porvoo', 'Tampere', 'Nokia', 'Turku', 'Salo', 'Oulu', 'Raahe', 'Vaasa', 'Pietarsaari', 'Mariehamn'], names: { fi: '{of} kunta', sv: '{of} kommun', en: 'Municipality of {name}' } },
  ],
};
