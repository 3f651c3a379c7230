import type { CountryData } from '../country-data.js';

/** Austria: federal bodies in Vienna, the Länder's offices and chambers, German only. */
export const data: CountryData = {
  code: 'AT',
  size: 9,
  capital: 'Wien',
  germanFolding: true,
  regions: [
    {
      name: 'Wien',
      alt: { en: 'Vienna' },
      cities: [{ name: 'Wien', zip: '1', alt: { en: 'Vienna' } }],
    },
    {
      name: 'Niederösterreich',
      of: 'Niederösterreichischen',
      alt: { en: 'Lower Austria' },
      cities: [
        { name: 'St. Pölten', zip: '31' },
        { name: 'Wiener Neustadt', zip: '27' },
        { name: 'Krems an der Donau', zip: '35' },
        { name: 'Baden', zip: '25' },
      ],
    },
    {
      name: 'Oberösterreich',
      of: 'Oberösterreichischen',
      alt: { en: 'Upper Austria' },
      cities: [
        { name: 'Linz', zip: '40' },
        { name: 'Wels', zip: '46' },
        { name: 'Steyr', zip: '44' },
      ],
    },
    {
      name: 'Steiermark',
      of: 'Steiermärkischen',
      alt: { en: 'Styria' },
      cities: [
        { name: 'Graz', zip: '80' },
        { name: 'Leoben', zip: '87' },
        { name: 'Kapfenberg', zip: '86' },
      ],
    },
    {
      name: 'Tirol',
      of: 'Tiroler',
      alt: { en: 'Tyrol' },
      cities: [
        { name: 'Innsbruck', zip: '60' },
        { name: 'Kufstein', zip: '63' },
        { name: 'Lienz', zip: '99' },
      ],
    },
    {
      name: 'Salzburg',
      of: 'Salzburger',
      cities: [
        { name: 'Salzburg', zip: '50' },
        { name: 'Hallein', zip: '54' },
        { name: 'Bischofshofen', zip: '55' },
      ],
    },
    {
      name: 'Kärnten',
      of: 'Kärntner',
      alt: { en: 'Carinthia' },
      cities: [
        { name: 'Klagenfurt am Wörthersee', zip: '90' },
        { name: 'Villach', zip: '95' },
        { name: 'Wolfsberg', zip: '94' },
      ],
    },
    {
      name: 'Vorarlberg',
      of: 'Vorarlberger',
      cities: [
        { name: 'Bregenz', zip: '69' },
        { name: 'Dornbirn', zip: '68' },
        { name: 'Feldkirch', zip: '68' },
      ],
    },
  ],
  streets: [
    'Hauptplatz', 'Hauptstraße', 'Bahnhofstraße', 'Kirchengasse', 'Schulgasse', 'Linzer Straße', 'Wiener Straße', 'Ringstraße',
    'Dorfplatz', 'Grazer Straße', 'Feldgasse', 'Rathausplatz', 'Herrengasse',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+43 ### ######',
  office: { de: 'Außenstelle', en: 'Office' },
  people: {
    female: [
      'Anna', 'Maria', 'Elisabeth', 'Christine', 'Barbara', 'Andrea', 'Sabine', 'Karin', 'Monika', 'Claudia', 'Martina', 'Sandra',
      'Daniela', 'Katharina', 'Julia', 'Lisa', 'Sarah', 'Theresa', 'Magdalena', 'Johanna', 'Verena', 'Birgit', 'Gerlinde', 'Brigitte', 'Bärbel',
    ],
    male: [
      'Johann', 'Franz', 'Josef', 'Karl', 'Alexander', 'Thomas', 'Michael', 'Andreas', 'Markus', 'Wolfgang', 'Stefan', 'Christian',
      'Martin', 'Gerhard', 'Günther', 'Jürgen', 'Lukas', 'Florian', 'Maximilian', 'Dominik', 'Bernhard', 'Herbert', 'Reinhard', 'Jakob',
    ],
    surnames: [
      'Gruber', 'Huber', 'Bauer', 'Wagner', 'Müller', 'Pichler', 'Steiner', 'Moser', 'Mayer', 'Hofer', 'Leitner', 'Berger',
      'Fuchs', 'Eder', 'Fischer', 'Schmid', 'Winkler', 'Weber', 'Schwarz', 'Maier', 'Reiter', 'Wimmer', 'Egger', 'Brunner',
      'Baumgartner', 'Auer', 'Lechner', 'Wallner', 'Aigner', 'Pölzl', 'Jäger', 'Köck', 'Höller', 'Strasser',
    ],
  },
  fixed: [
    { kind: 'chamber-physicians', names: { de: 'Österreichische Ärztekammer', en: 'Austrian Medical Chamber' } },
    { kind: 'ministry-economy', names: { de: 'Bundesministerium für Wirtschaft, Energie und Tourismus', en: 'Federal Ministry of Economy, Energy and Tourism' } },
    { kind: 'recognition-centre', names: { de: 'ENIC NARIC AUSTRIA – Bundesministerium für Frauen, Wissenschaft und Forschung', en: 'ENIC NARIC AUSTRIA – Federal Ministry of Women, Science and Research' } },
    { kind: 'labour-inspectorate', names: { de: 'Zentral-Arbeitsinspektorat', en: 'Central Labour Inspectorate' } },
    { kind: 'chamber-commerce', names: { de: 'Wirtschaftskammer Österreich', en: 'Austrian Federal Economic Chamber' } },
    { kind: 'central-bank', names: { de: 'Oesterreichische Nationalbank', en: 'Austrian National Bank' } },
    { kind: 'financial-regulator', names: { de: 'Finanzmarktaufsicht', en: 'Financial Market Authority' } },
    { kind: 'social-security', names: { de: 'Dachverband der Sozialversicherungsträger', en: 'Umbrella Association of Austrian Social Insurance Institutions' } },
    { kind: 'ministry-health', names: { de: 'Bundesministerium für Arbeit, Soziales, Gesundheit, Pflege und Konsumentenschutz', en: 'Federal Ministry of Labour, Social Affairs, Health, Care and Consumer Protection' } },
    { kind: 'chamber-pharmacists', names: { de: 'Österreichische Apothekerkammer', en: 'Austrian Chamber of Pharmacists' } },
    { kind: 'chamber-dentists', names: { de: 'Österreichische Zahnärztekammer', en: 'Austrian Dental Chamber' } },
    { kind: 'chamber-architects', names: { de: 'Bundeskammer der Ziviltechnikerinnen und Ziviltechniker', en: 'Austrian Federal Chamber of Architects and Chartered Engineering Consultants' } },
    { kind: 'chamber-lawyers', names: { de: 'Österreichischer Rechtsanwaltskammertag', en: 'Austrian Bar' } },
    { kind: 'chamber-notaries', names: { de: 'Österreichische Notariatskammer', en: 'Austrian Chamber of Civil Law Notaries' } },
    { kind: 'solvit-centre', names: { de: 'SOLVIT Österreich', en: 'SOLVIT Austria' } },
    { kind: 'health-insurance', names: { de: 'Österreichische Gesundheitskasse', en: 'Austrian Health Insurance Fund' } },
    { kind: 'police', names: { de: 'Bundeskriminalamt', en: 'Criminal Intelligence Service Austria' } },
    { kind: 'procurement-office', names: { de: 'Bundesbeschaffung GmbH', en: 'Federal Procurement Agency' } },
    { kind: 'railway-safety', names: { de: 'Bundesministerium für Innovation, Mobilität und Infrastruktur – Oberste Eisenbahnbehörde', en: 'Federal Ministry for Innovation, Mobility and Infrastructure – Supreme Railway Authority' } },
    { kind: 'business-register', names: { de: 'Bundesministerium für Justiz – Firmenbuch', en: 'Federal Ministry of Justice – Companies Register' } },
    { kind: 'municipality', region: 'Wien', names: { de: 'Magistrat der Stadt Wien', en: 'Vienna City Administration' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Wien'], names: { de: 'Amt der {of} Landesregierung', en: 'Office of the Provincial Government of {name}' } },
    { kind: 'chamber-physicians', at: 'region', names: { de: 'Ärztekammer für {name}', en: 'Medical Chamber of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Wien'], names: { de: 'Stadt {name}', en: 'City of {name}' } },
  ],
};
