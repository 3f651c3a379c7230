import type { CountryData } from '../country-data.js';

/** Sweden: agencies in Stockholm, county administrative boards, regions and municipalities, in Swedish. */
export const data: CountryData = {
  code: 'SE',
  size: 10,
  capital: 'Stockholm',
  regions: [
    {
      name: 'Stockholms län',
      of: 'Stockholm',
      alt: { en: 'Stockholm County' },
      cities: [
        { name: 'Stockholm', zip: '1', of: 'Stockholms' },
        { name: 'Södertälje', zip: '15' },
        { name: 'Norrtälje', zip: '76' },
      ],
    },
    {
      name: 'Västra Götalands län',
      of: 'Västra Götaland',
      alt: { en: 'Västra Götaland County' },
      cities: [
        { name: 'Göteborg', zip: '4', of: 'Göteborgs', alt: { en: 'Gothenburg' } },
        { name: 'Borås', zip: '50' },
        { name: 'Trollhättan', zip: '46', of: 'Trollhättans' },
      ],
    },
    {
      name: 'Skåne län',
      of: 'Skåne',
      alt: { en: 'Skåne County' },
      cities: [
        { name: 'Malmö', zip: '2' },
        { name: 'Helsingborg', zip: '25', of: 'Helsingborgs' },
        { name: 'Lund', zip: '22', of: 'Lunds' },
        { name: 'Kristianstad', zip: '29', of: 'Kristianstads' },
      ],
    },
    {
      name: 'Uppsala län',
      of: 'Uppsala',
      alt: { en: 'Uppsala County' },
      cities: [
        { name: 'Uppsala', zip: '75' },
        { name: 'Enköping', zip: '74', of: 'Enköpings' },
      ],
    },
    {
      name: 'Östergötlands län',
      of: 'Östergötland',
      alt: { en: 'Östergötland County' },
      cities: [
        { name: 'Linköping', zip: '58', of: 'Linköpings' },
        { name: 'Norrköping', zip: '60', of: 'Norrköpings' },
      ],
    },
    {
      name: 'Västerbottens län',
      of: 'Västerbotten',
      alt: { en: 'Västerbotten County' },
      cities: [
        { name: 'Umeå', zip: '90' },
        { name: 'Skellefteå', zip: '93' },
      ],
    },
  ],
  streets: [
    'Storgatan', 'Kungsgatan', 'Drottninggatan', 'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan', 'Nygatan', 'Stora torget',
    'Östra Storgatan', 'Västra vägen', 'Stationsgatan', 'Hamngatan', 'Södra Långgatan',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '### ##',
  phone: '+46 ## ### ## ##',
  office: { sv: 'kontoret i', en: 'Office' },
  people: {
    female: [
      'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Marie', 'Ingrid', 'Malin', 'Jenny',
      'Hanna', 'Annika', 'Linnéa', 'Elin', 'Ida', 'Johanna', 'Sofia', 'Åsa', 'Birgitta', 'Ebba', 'Märta', 'Lovisa',
    ],
    male: [
      'Lars', 'Mikael', 'Anders', 'Johan', 'Erik', 'Per', 'Karl', 'Peter', 'Jan', 'Thomas', 'Daniel', 'Fredrik', 'Hans',
      'Andreas', 'Stefan', 'Mats', 'Magnus', 'Björn', 'Oskar', 'Gustav', 'Nils', 'Håkan', 'Göran', 'Jörgen', 'Åke',
    ],
    surnames: [
      'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
      'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Lindström',
      'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Åberg', 'Söderberg', 'Öberg', 'Sjöberg',
    ],
  },
  fixed: [
    { kind: 'recognition-centre', names: { sv: 'Universitets- och högskolerådet', en: 'Swedish Council for Higher Education' } },
    { kind: 'health-regulator', names: { sv: 'Socialstyrelsen', en: 'National Board of Health and Welfare' } },
    { kind: 'ministry-economy', names: { sv: 'Klimat- och näringslivsdepartementet', en: 'Ministry of Climate and Enterprise' } },
    { kind: 'labour-inspectorate', names: { sv: 'Arbetsmiljöverket', en: 'Swedish Work Environment Authority' } },
    { kind: 'central-bank', names: { sv: 'Sveriges riksbank', en: 'Central Bank of Sweden' } },
    { kind: 'financial-regulator', names: { sv: 'Finansinspektionen', en: 'Swedish Financial Supervisory Authority' } },
    { kind: 'social-security', names: { sv: 'Försäkringskassan', en: 'Swedish Social Insurance Agency' } },
    { kind: 'consumer-protection', city: 'Södertälje', names: { sv: 'Konsumentverket', en: 'Swedish Consumer Agency' } },
    { kind: 'solvit-centre', names: { sv: 'Kommerskollegium – SOLVIT Sverige', en: 'National Board of Trade – SOLVIT Sweden' } },
    { kind: 'business-register', names: { sv: 'Bolagsverket', en: 'Swedish Companies Registration Office' } },
    { kind: 'ministry-health', names: { sv: 'Socialdepartementet', en: 'Ministry of Health and Social Affairs' } },
    { kind: 'ministry-labour', names: { sv: 'Arbetsmarknadsdepartementet', en: 'Ministry of Employment' } },
    { kind: 'police', names: { sv: 'Polismyndigheten', en: 'Swedish Police Authority' } },
    { kind: 'railway-safety', city: 'Norrköping', names: { sv: 'Transportstyrelsen', en: 'Swedish Transport Agency' } },
    { kind: 'procurement-office', names: { sv: 'Upphandlingsmyndigheten', en: 'National Agency for Public Procurement' } },
    { kind: 'civil-registry', names: { sv: 'Skatteverket – folkbokföring', en: 'Swedish Tax Agency – Population Registration' } },
    { kind: 'chamber-lawyers', names: { sv: 'Sveriges advokatsamfund', en: 'Swedish Bar Association' } },
    { kind: 'chamber-physicians', names: { sv: 'Sveriges läkarförbund', en: 'Swedish Medical Association' } },
    { kind: 'chamber-architects', names: { sv: 'Sveriges Arkitekter', en: 'Swedish Association of Architects' } },
    { kind: 'chamber-pharmacists', names: { sv: 'Sveriges Farmaceuter', en: 'Swedish Pharmacists Association' } },
    { kind: 'education-authority', names: { sv: 'Skolverket', en: 'Swedish National Agency for Education' } },
    { kind: 'health-insurance', region: 'Västra Götalands län', names: { sv: 'Västra Götalandsregionen', en: 'Region Västra Götaland' } },
    { kind: 'municipality', region: 'Stockholms län', names: { sv: 'Stockholms stad', en: 'City of Stockholm' } },
    { kind: 'municipality', region: 'Västra Götalands län', names: { sv: 'Göteborgs Stad', en: 'City of Gothenburg' } },
    { kind: 'municipality', region: 'Skåne län', names: { sv: 'Malmö stad', en: 'City of Malmö' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { sv: 'Länsstyrelsen i {name}', en: '{name} Administrative Board' } },
    { kind: 'health-insurance', at: 'region', except: ['Västra Götalands län'], names: { sv: 'Region {of}' } },
    { kind: 'municipality', at: 'city', except: ['Stockholm', 'Göteborg', 'Malmö'], names: { sv: '{of} kommun', en: 'Municipality of {name}' } },
  ],
};
