import type { CountryData } from '../country-data.js';

/** Norway: directorates and ministries in Oslo, county governors, county councils and municipalities, in Bokmål. */
export const data: CountryData = {
  code: 'NO',
  size: 7,
  capital: 'Oslo',
  regions: [
    { name: 'Oslo', cities: [{ name: 'Oslo', zip: '0' }] },
    {
      name: 'Vestland',
      cities: [
        { name: 'Bergen', zip: '50' },
        { name: 'Førde', zip: '68' },
        { name: 'Stord', zip: '54' },
      ],
    },
    {
      name: 'Trøndelag',
      cities: [
        { name: 'Steinkjer', zip: '77' },
        { name: 'Trondheim', zip: '70' },
        { name: 'Levanger', zip: '76' },
      ],
    },
    {
      name: 'Rogaland',
      cities: [
        { name: 'Stavanger', zip: '40' },
        { name: 'Haugesund', zip: '55' },
        { name: 'Sandnes', zip: '43' },
      ],
    },
    {
      name: 'Nordland',
      cities: [
        { name: 'Bodø', zip: '80' },
        { name: 'Narvik', zip: '85' },
        { name: 'Rana', zip: '86' },
      ],
    },
    {
      name: 'Innlandet',
      cities: [
        { name: 'Hamar', zip: '23' },
        { name: 'Lillehammer', zip: '26' },
        { name: 'Gjøvik', zip: '28' },
      ],
    },
    {
      name: 'Agder',
      cities: [
        { name: 'Kristiansand', zip: '46' },
        { name: 'Arendal', zip: '48' },
        { name: 'Grimstad', zip: '48' },
      ],
    },
  ],
  streets: [
    'Storgata', 'Kirkegata', 'Kongens gate', 'Dronningens gate', 'Skolegata', 'Strandgata', 'Torget', 'Jernbanegata',
    'Sjøgata', 'Fjordveien', 'Parkveien', 'Nygata', 'Øvre Slottsgate',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+47 ## ## ## ##',
  office: { no: 'avdeling', en: 'Office' },
  people: {
    female: [
      'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Anna', 'Solveig',
      'Marianne', 'Randi', 'Ida', 'Nora', 'Emma', 'Sofie', 'Ingeborg', 'Tone', 'Silje', 'Kristin', 'Åse', 'Sigrid',
    ],
    male: [
      'Jan', 'Per', 'Bjørn', 'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Thomas', 'Hans', 'Geir', 'Tor', 'Morten',
      'Terje', 'Espen', 'Håkon', 'Jørgen', 'Magnus', 'Sindre', 'Eirik', 'Øyvind', 'Ståle', 'Trond', 'Odd',
    ],
    surnames: [
      'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Johnsen',
      'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl', 'Jørgensen',
      'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Bakken', 'Sæther', 'Østby',
    ],
  },
  fixed: [
    { kind: 'recognition-centre', city: 'Bergen', names: { no: 'Direktoratet for høyere utdanning og kompetanse', en: 'Norwegian Directorate for Higher Education and Skills' } },
    { kind: 'health-regulator', names: { no: 'Helsedirektoratet', en: 'Norwegian Directorate of Health' } },
    { kind: 'ministry-economy', names: { no: 'Nærings- og fiskeridepartementet', en: 'Ministry of Trade, Industry and Fisheries' } },
    { kind: 'labour-inspectorate', city: 'Trondheim', names: { no: 'Arbeidstilsynet', en: 'Norwegian Labour Inspection Authority' } },
    { kind: 'central-bank', names: { no: 'Norges Bank', en: 'Central Bank of Norway' } },
    { kind: 'financial-regulator', names: { no: 'Finanstilsynet', en: 'Financial Supervisory Authority of Norway' } },
    { kind: 'social-security', names: { no: 'Arbeids- og velferdsetaten', en: 'Norwegian Labour and Welfare Administration' } },
    { kind: 'business-register', names: { no: 'Brønnøysundregistrene', en: 'Brønnøysund Register Centre' } },
    { kind: 'consumer-protection', names: { no: 'Forbrukertilsynet', en: 'Norwegian Consumer Authority' } },
    { kind: 'solvit-centre', names: { no: 'SOLVIT Norge', en: 'SOLVIT Norway' } },
    { kind: 'ministry-health', names: { no: 'Helse- og omsorgsdepartementet', en: 'Ministry of Health and Care Services' } },
    { kind: 'ministry-labour', names: { no: 'Arbeids- og inkluderingsdepartementet', en: 'Ministry of Labour and Social Inclusion' } },
    { kind: 'police', names: { no: 'Politidirektoratet', en: 'Norwegian Police Directorate' } },
    { kind: 'railway-safety', names: { no: 'Statens jernbanetilsyn', en: 'Norwegian Railway Authority' } },
    { kind: 'procurement-office', names: { no: 'Direktoratet for forvaltning og økonomistyring', en: 'Norwegian Agency for Public and Financial Management' } },
    { kind: 'civil-registry', names: { no: 'Skatteetaten – Folkeregisteret', en: 'Norwegian Tax Administration – National Population Register' } },
    { kind: 'chamber-physicians', names: { no: 'Den norske legeforening', en: 'Norwegian Medical Association' } },
    { kind: 'chamber-lawyers', names: { no: 'Den Norske Advokatforening', en: 'Norwegian Bar Association' } },
    { kind: 'chamber-architects', names: { no: 'Norske arkitekters landsforbund', en: 'National Association of Norwegian Architects' } },
    { kind: 'chamber-pharmacists', names: { no: 'Norges Farmaceutiske Forening', en: 'Norwegian Pharmaceutical Society' } },
    { kind: 'regional-government', region: 'Oslo', names: { no: 'Statsforvalteren i Oslo og Akershus', en: 'County Governor of Oslo and Akershus' } },
    { kind: 'municipality', region: 'Oslo', names: { no: 'Oslo kommune', en: 'City of Oslo' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Oslo'], names: { no: 'Statsforvalteren i {name}', en: 'County Governor of {name}' } },
    { kind: 'regional-government', at: 'region', except: ['Oslo'], names: { no: '{name} fylkeskommune', en: '{name} County Council' } },
    { kind: 'municipality', at: 'city', except: ['Oslo'], names: { no: '{name} kommune', en: 'Municipality of {name}' } },
  ],
};
