import type { CountryData } from '../country-data.js';

/** The Netherlands: national bodies in The Hague (Den Haag), provinces and municipalities, Dutch only. */
export const data: CountryData = {
  code: 'NL',
  size: 13,
  capital: 'Den Haag',
  regions: [
    {
      name: 'Zuid-Holland',
      alt: { en: 'South Holland' },
      cities: [
        { name: 'Den Haag', zip: '25', alt: { en: 'The Hague' } },
        { name: 'Rotterdam', zip: '30' },
        { name: 'Leiden', zip: '23' },
        { name: 'Dordrecht', zip: '33' },
      ],
    },
    {
      name: 'Noord-Holland',
      alt: { en: 'North Holland' },
      cities: [
        { name: 'Haarlem', zip: '20' },
        { name: 'Amsterdam', zip: '10' },
        { name: 'Alkmaar', zip: '18' },
        { name: 'Amstelveen', zip: '11' },
      ],
    },
    {
      name: 'Utrecht',
      cities: [
        { name: 'Utrecht', zip: '35' },
        { name: 'Amersfoort', zip: '38' },
        { name: 'Nieuwegein', zip: '34' },
      ],
    },
    {
      name: 'Noord-Brabant',
      alt: { en: 'North Brabant' },
      cities: [
        { name: '’s-Hertogenbosch', zip: '52' },
        { name: 'Eindhoven', zip: '56' },
        { name: 'Tilburg', zip: '50' },
        { name: 'Breda', zip: '48' },
      ],
    },
    {
      name: 'Gelderland',
      cities: [
        { name: 'Arnhem', zip: '68' },
        { name: 'Nijmegen', zip: '65' },
        { name: 'Apeldoorn', zip: '73' },
      ],
    },
    {
      name: 'Fryslân',
      alt: { en: 'Friesland' },
      cities: [
        { name: 'Leeuwarden', zip: '89' },
        { name: 'Sneek', zip: '86' },
        { name: 'Heerenveen', zip: '84' },
      ],
    },
    {
      name: 'Limburg',
      cities: [
        { name: 'Maastricht', zip: '62' },
        { name: 'Venlo', zip: '59' },
        { name: 'Heerlen', zip: '64' },
      ],
    },
  ],
  streets: [
    'Kerkstraat', 'Stationsweg', 'Dorpsstraat', 'Molenweg', 'Schoolstraat', 'Markt', 'Nieuwstraat', 'Julianalaan',
    'Wilhelminastraat', 'Beatrixlaan', 'Hoofdstraat', 'Kanaalweg', 'Prinsengracht',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '#### @@',
  phone: '+31 ## ### ####',
  office: { nl: 'kantoor', en: 'Office' },
  people: {
    female: [
      'Emma', 'Sophie', 'Julia', 'Anna', 'Lisa', 'Eva', 'Sanne', 'Lotte', 'Fleur', 'Anouk', 'Maria', 'Linda', 'Marieke',
      'Esther', 'Ingrid', 'Annemieke', 'Femke', 'Inge', 'Noor', 'Saskia', 'Renée', 'Chloë', 'Iris', 'Ilse', 'Zoë',
    ],
    male: [
      'Jan', 'Pieter', 'Kees', 'Henk', 'Johan', 'Willem', 'Thijs', 'Daan', 'Sem', 'Lucas', 'Bram', 'Ruud', 'Joost', 'Sander',
      'Maarten', 'Bas', 'Dirk', 'Gert-Jan', 'Jeroen', 'Niels', 'Erik', 'Michiel', 'Wouter', 'Hans', 'René',
    ],
    surnames: [
      'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer',
      'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits',
      'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'Vermeulen', 'Schröder',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { nl: 'Ministerie van Economische Zaken', en: 'Ministry of Economic Affairs' } },
    { kind: 'recognition-centre', names: { nl: 'Nuffic – Internationale Diplomawaardering', en: 'Nuffic – International Credential Evaluation' } },
    { kind: 'health-regulator', names: { nl: 'CIBG – BIG-register', en: 'CIBG – BIG Register of Healthcare Professionals' } },
    { kind: 'ministry-health', names: { nl: 'Ministerie van Volksgezondheid, Welzijn en Sport', en: 'Ministry of Health, Welfare and Sport' } },
    { kind: 'labour-inspectorate', names: { nl: 'Nederlandse Arbeidsinspectie', en: 'Netherlands Labour Authority' } },
    { kind: 'financial-regulator', city: 'Amsterdam', names: { nl: 'Autoriteit Financiële Markten', en: 'Dutch Authority for the Financial Markets' } },
    { kind: 'central-bank', city: 'Amsterdam', names: { nl: 'De Nederlandsche Bank', en: 'Dutch Central Bank' } },
    { kind: 'social-security', city: 'Amstelveen', names: { nl: 'Sociale Verzekeringsbank', en: 'Social Insurance Bank' } },
    { kind: 'business-register', city: 'Utrecht', names: { nl: 'Kamer van Koophandel', en: 'Netherlands Chamber of Commerce' } },
    { kind: 'consumer-protection', names: { nl: 'Autoriteit Consument & Markt', en: 'Authority for Consumers and Markets' } },
    { kind: 'solvit-centre', names: { nl: 'SOLVIT Nederland', en: 'SOLVIT Netherlands' } },
    { kind: 'ministry-labour', names: { nl: 'Ministerie van Sociale Zaken en Werkgelegenheid', en: 'Ministry of Social Affairs and Employment' } },
    { kind: 'chamber-lawyers', names: { nl: 'Nederlandse Orde van Advocaten', en: 'Netherlands Bar' } },
    { kind: 'chamber-notaries', names: { nl: 'Koninklijke Notariële Beroepsorganisatie', en: 'Royal Dutch Association of Civil-law Notaries' } },
    { kind: 'chamber-architects', names: { nl: 'Bureau Architectenregister', en: 'Dutch Architects Registration Office' } },
    { kind: 'chamber-physicians', city: 'Utrecht', names: { nl: 'Koninklijke Nederlandsche Maatschappij tot bevordering der Geneeskunst', en: 'Royal Dutch Medical Association' } },
    { kind: 'chamber-pharmacists', names: { nl: 'Koninklijke Nederlandse Maatschappij ter bevordering der Pharmacie', en: 'Royal Dutch Pharmacists Association' } },
    { kind: 'police', names: { nl: 'Nationale Politie', en: 'National Police of the Netherlands' } },
    { kind: 'railway-safety', city: 'Utrecht', names: { nl: 'Inspectie Leefomgeving en Transport', en: 'Human Environment and Transport Inspectorate' } },
    { kind: 'procurement-office', names: { nl: 'PIANOo – Expertisecentrum Aanbesteden', en: 'PIANOo – Dutch Public Procurement Expertise Centre' } },
    { kind: 'civil-registry', names: { nl: 'Rijksdienst voor Identiteitsgegevens', en: 'National Office for Identity Data' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { nl: 'Provincie {name}', en: 'Province of {name}' } },
    { kind: 'municipality', at: 'city', names: { nl: 'Gemeente {name}', en: 'Municipality of {name}' } },
  ],
};
