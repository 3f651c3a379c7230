import type { CountryData } from '../country-data.js';

/** Denmark: agencies and ministries in Copenhagen, the five regions and municipalities, in Danish. */
export const data: CountryData = {
  code: 'DK',
  size: 7,
  capital: 'København',
  regions: [
    {
      name: 'Hovedstaden',
      alt: { en: 'Capital Region of Denmark' },
      cities: [
        { name: 'Hillerød', zip: '34' },
        { name: 'København', zip: '1', of: 'Københavns', alt: { en: 'Copenhagen' } },
        { name: 'Frederiksberg', zip: '20' },
        { name: 'Helsingør', zip: '30', alt: { en: 'Elsinore' } },
      ],
    },
    {
      name: 'Sjælland',
      alt: { en: 'Region Zealand' },
      cities: [
        { name: 'Sorø', zip: '41' },
        { name: 'Roskilde', zip: '40' },
        { name: 'Næstved', zip: '47' },
        { name: 'Holbæk', zip: '43' },
      ],
    },
    {
      name: 'Syddanmark',
      alt: { en: 'Region of Southern Denmark' },
      cities: [
        { name: 'Vejle', zip: '71' },
        { name: 'Odense', zip: '50' },
        { name: 'Esbjerg', zip: '67' },
        { name: 'Kolding', zip: '60' },
      ],
    },
    {
      name: 'Midtjylland',
      alt: { en: 'Central Denmark Region' },
      cities: [
        { name: 'Viborg', zip: '88' },
        { name: 'Aarhus', zip: '80' },
        { name: 'Herning', zip: '74' },
        { name: 'Randers', zip: '89' },
      ],
    },
    {
      name: 'Nordjylland',
      alt: { en: 'North Denmark Region' },
      cities: [
        { name: 'Aalborg', zip: '90' },
        { name: 'Hjørring', zip: '98' },
        { name: 'Frederikshavn', zip: '99' },
      ],
    },
  ],
  streets: [
    'Hovedgaden', 'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Algade', 'Jernbanegade', 'Kirkegade', 'Torvet',
    'Strandvejen', 'Skolevej', 'Møllevej', 'Slotsgade',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+45 ## ## ## ##',
  office: { da: 'afdeling', en: 'Office' },
  people: {
    female: [
      'Anne', 'Kirsten', 'Mette', 'Hanne', 'Anna', 'Helle', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Inge', 'Louise', 'Camilla',
      'Pia', 'Charlotte', 'Ida', 'Emma', 'Sofie', 'Freja', 'Line', 'Tove', 'Birgitte', 'Signe', 'Bodil', 'Karen', 'Ellinor',
    ],
    male: [
      'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Thomas', 'Søren', 'Jan', 'Niels', 'Morten', 'Anders', 'Jesper', 'Rasmus',
      'Mads', 'Christian', 'Martin', 'Frederik', 'Mikkel', 'Kasper', 'Jørgen', 'Bjørn', 'Ole', 'Poul', 'Torben', 'Bent',
    ],
    surnames: [
      'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
      'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
      'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Lauridsen', 'Holm', 'Østergaard', 'Dahl', 'Kjær', 'Bækgaard', 'Lund',
    ],
  },
  fixed: [
    { kind: 'recognition-centre', names: { da: 'Uddannelses- og Forskningsstyrelsen', en: 'Danish Agency for Higher Education and Science' } },
    { kind: 'health-regulator', names: { da: 'Styrelsen for Patientsikkerhed', en: 'Danish Patient Safety Authority' } },
    { kind: 'ministry-labour', names: { da: 'Beskæftigelsesministeriet', en: 'Ministry of Employment' } },
    { kind: 'business-register', names: { da: 'Erhvervsstyrelsen', en: 'Danish Business Authority' } },
    { kind: 'labour-inspectorate', names: { da: 'Arbejdstilsynet', en: 'Danish Working Environment Authority' } },
    { kind: 'ministry-economy', names: { da: 'Erhvervsministeriet', en: 'Ministry of Industry, Business and Financial Affairs' } },
    { kind: 'financial-regulator', names: { da: 'Finanstilsynet', en: 'Danish Financial Supervisory Authority' } },
    { kind: 'central-bank', names: { da: 'Danmarks Nationalbank', en: 'National Bank of Denmark' } },
    { kind: 'ministry-health', names: { da: 'Indenrigs- og Sundhedsministeriet', en: 'Ministry of the Interior and Health' } },
    { kind: 'social-security', names: { da: 'Udbetaling Danmark', en: 'Payment Denmark' } },
    { kind: 'consumer-protection', city: 'Frederiksberg', names: { da: 'Konkurrence- og Forbrugerstyrelsen', en: 'Danish Competition and Consumer Authority' } },
    { kind: 'solvit-centre', names: { da: 'SOLVIT Danmark', en: 'SOLVIT Denmark' } },
    { kind: 'chamber-physicians', names: { da: 'Lægeforeningen', en: 'Danish Medical Association' } },
    { kind: 'chamber-dentists', names: { da: 'Tandlægeforeningen', en: 'Danish Dental Association' } },
    { kind: 'chamber-nurses', names: { da: 'Dansk Sygeplejeråd', en: 'Danish Nurses’ Organization' } },
    { kind: 'chamber-pharmacists', names: { da: 'Danmarks Apotekerforening', en: 'Association of Danish Pharmacies' } },
    { kind: 'chamber-architects', names: { da: 'Akademisk Arkitektforening', en: 'Danish Association of Architects' } },
    { kind: 'chamber-lawyers', names: { da: 'Advokatsamfundet', en: 'Danish Bar and Law Society' } },
    { kind: 'police', names: { da: 'Rigspolitiet', en: 'Danish National Police' } },
    { kind: 'railway-safety', names: { da: 'Trafikstyrelsen', en: 'Danish Civil Aviation and Railway Authority' } },
    { kind: 'civil-registry', names: { da: 'CPR-kontoret', en: 'Civil Registration System Office' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { da: 'Region {name}', en: '{name}' } },
    { kind: 'municipality', at: 'city', names: { da: '{of} Kommune', en: 'Municipality of {name}' } },
  ],
};
