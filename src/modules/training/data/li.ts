import type { CountryData } from '../country-data.js';

/** Liechtenstein: national offices in Vaduz, the municipalities (Gemeinden) as regions, German (Swiss spelling, no ß). */
export const data: CountryData = {
  code: 'LI',
  size: 4,
  capital: 'Vaduz',
  germanFolding: true,
  // The Gemeinden are the first-level divisions; Vaduz and Schaan have no separate villages.
  regions: [
    { name: 'Vaduz', cities: [{ name: 'Vaduz', zip: '9490' }] },
    { name: 'Schaan', cities: [{ name: 'Schaan', zip: '9494' }] },
    {
      name: 'Balzers',
      cities: [
        { name: 'Balzers', zip: '9496' },
        { name: 'Mäls', zip: '9496' },
      ],
    },
    {
      name: 'Triesenberg',
      cities: [
        { name: 'Triesenberg', zip: '9497' },
        { name: 'Malbun', zip: '9497' },
        { name: 'Steg', zip: '9497' },
      ],
    },
    {
      name: 'Eschen',
      cities: [
        { name: 'Eschen', zip: '9492' },
        { name: 'Nendeln', zip: '9485' },
      ],
    },
    {
      name: 'Mauren',
      cities: [
        { name: 'Mauren', zip: '9493' },
        { name: 'Schaanwald', zip: '9486' },
      ],
    },
  ],
  streets: [
    'Städtle', 'Äulestrasse', 'Landstrasse', 'Herrengasse', 'Kirchstrasse', 'Feldkircher Strasse', 'Zollstrasse', 'Dorfstrasse',
    'Essanestrasse', 'Im Rietacker', 'Bahnhofstrasse', 'Giessenstrasse',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+423 ### ## ##',
  office: { de: 'Aussenstelle', en: 'Office' },
  people: {
    female: [
      'Anna', 'Maria', 'Sabine', 'Andrea', 'Claudia', 'Manuela', 'Daniela', 'Sandra', 'Nadja', 'Jasmin', 'Laura', 'Lea',
      'Julia', 'Sarah', 'Marlies', 'Brigitte', 'Rosmarie', 'Bettina', 'Martina', 'Carmen', 'Ursula', 'Elke', 'Bärbel', 'Jördis',
    ],
    male: [
      'Peter', 'Thomas', 'Daniel', 'Martin', 'Markus', 'Patrick', 'Christoph', 'Andreas', 'Michael', 'Stefan', 'Roland', 'Hubert',
      'Josef', 'Walter', 'Manfred', 'Jürgen', 'Lukas', 'Fabian', 'Marco', 'Mario', 'Reto', 'Elias', 'Günther', 'Jörg',
    ],
    surnames: [
      'Büchel', 'Frick', 'Marxer', 'Beck', 'Hasler', 'Kaiser', 'Meier', 'Ritter', 'Wohlwend', 'Vogt', 'Negele', 'Oehri',
      'Kieber', 'Batliner', 'Gassner', 'Schädler', 'Sprenger', 'Risch', 'Matt', 'Öhri', 'Frommelt', 'Lampert', 'Hilti',
      'Nägele', 'Wolfinger', 'Kindle', 'Bühler', 'Quaderer',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { de: 'Amt für Volkswirtschaft', en: 'Office of Economic Affairs' } },
    { kind: 'chamber-physicians', names: { de: 'Liechtensteinische Ärztekammer', en: 'Liechtenstein Medical Association' } },
    { kind: 'health-regulator', names: { de: 'Amt für Gesundheit', en: 'Office of Public Health' } },
    { kind: 'financial-regulator', names: { de: 'Finanzmarktaufsicht Liechtenstein', en: 'Financial Market Authority Liechtenstein' } },
    { kind: 'labour-inspectorate', names: { de: 'Amt für Volkswirtschaft – Arbeitsinspektorat', en: 'Office of Economic Affairs – Labour Inspectorate' } },
    { kind: 'business-register', names: { de: 'Amt für Justiz – Handelsregister', en: 'Office of Justice – Commercial Register' } },
    { kind: 'civil-registry', names: { de: 'Amt für Justiz – Zivilstandsamt', en: 'Office of Justice – Civil Registry' } },
    { kind: 'social-security', names: { de: 'AHV-IV-FAK Anstalten', en: 'Liechtenstein Old-Age, Invalidity and Family Compensation Funds' } },
    { kind: 'police', names: { de: 'Landespolizei', en: 'National Police of Liechtenstein' } },
    { kind: 'solvit-centre', names: { de: 'Stabsstelle EWR – SOLVIT Liechtenstein', en: 'EEA Coordination Unit – SOLVIT Liechtenstein' } },
    { kind: 'ministry-interior', names: { de: 'Ministerium für Inneres, Wirtschaft und Umwelt', en: 'Ministry for Home Affairs, Economy and Environment' } },
    { kind: 'chamber-lawyers', names: { de: 'Liechtensteinische Rechtsanwaltskammer', en: 'Liechtenstein Bar Association' } },
    { kind: 'chamber-architects', names: { de: 'Liechtensteinische Ingenieur- und Architektenvereinigung', en: 'Liechtenstein Association of Engineers and Architects' } },
    { kind: 'chamber-dentists', names: { de: 'Liechtensteinische Zahnärztekammer', en: 'Liechtenstein Dental Association' } },
    { kind: 'chamber-crafts', names: { de: 'Wirtschaftskammer Liechtenstein', en: 'Liechtenstein Chamber of Trade and Commerce' } },
    { kind: 'chamber-commerce', names: { de: 'Liechtensteinische Industrie- und Handelskammer', en: 'Liechtenstein Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'municipality', at: 'region', names: { de: 'Gemeindeverwaltung {name}', en: 'Municipality of {name}' } },
    { kind: 'civil-registry', at: 'region', names: { de: 'Einwohnerdienste der Gemeinde {name}', en: 'Residents’ Services, Municipality of {name}' } },
  ],
};
