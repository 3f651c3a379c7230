import type { CountryData } from '../country-data.js';

/** Czechia: Czech; regions (kraje) and statutory cities with genitive forms for the templates. */
export const data: CountryData = {
  code: 'CZ',
  size: 10,
  capital: 'Praha',
  regions: [
    {
      name: 'Hlavní město Praha',
      of: 'hlavního města Prahy',
      alt: { en: 'Prague' },
      cities: [{ name: 'Praha', zip: '1', of: 'Prahy', alt: { en: 'Prague' } }],
    },
    {
      name: 'Jihomoravský kraj',
      of: 'Jihomoravského kraje',
      alt: { en: 'South Moravian Region' },
      cities: [
        { name: 'Brno', zip: '6', of: 'Brna' },
        { name: 'Znojmo', zip: '669', of: 'Znojma' },
        { name: 'Hodonín', zip: '695', of: 'Hodonína' },
      ],
    },
    {
      name: 'Moravskoslezský kraj',
      of: 'Moravskoslezského kraje',
      alt: { en: 'Moravian-Silesian Region' },
      cities: [
        { name: 'Ostrava', zip: '70', of: 'Ostravy' },
        { name: 'Opava', zip: '746', of: 'Opavy' },
        { name: 'Karviná', zip: '733', of: 'Karviné' },
        { name: 'Havířov', zip: '736', of: 'Havířova' },
      ],
    },
    {
      name: 'Plzeňský kraj',
      of: 'Plzeňského kraje',
      alt: { en: 'Plzeň Region' },
      cities: [
        { name: 'Plzeň', zip: '30', of: 'Plzně' },
        { name: 'Klatovy', zip: '339', of: 'Klatov' },
      ],
    },
    {
      name: 'Ústecký kraj',
      of: 'Ústeckého kraje',
      alt: { en: 'Ústí nad Labem Region' },
      cities: [
        { name: 'Ústí nad Labem', zip: '400', of: 'Ústí nad Labem' },
        { name: 'Teplice', zip: '415', of: 'Teplic' },
        { name: 'Most', zip: '434', of: 'Mostu' },
        { name: 'Děčín', zip: '405', of: 'Děčína' },
      ],
    },
    {
      name: 'Olomoucký kraj',
      of: 'Olomouckého kraje',
      alt: { en: 'Olomouc Region' },
      cities: [
        { name: 'Olomouc', zip: '77', of: 'Olomouce' },
        { name: 'Prostějov', zip: '796', of: 'Prostějova' },
        { name: 'Přerov', zip: '750', of: 'Přerova' },
      ],
    },
    {
      name: 'Jihočeský kraj',
      of: 'Jihočeského kraje',
      alt: { en: 'South Bohemian Region' },
      cities: [
        { name: 'České Budějovice', zip: '370', of: 'Českých Budějovic' },
        { name: 'Tábor', zip: '390', of: 'Tábora' },
        { name: 'Písek', zip: '397', of: 'Písku' },
      ],
    },
  ],
  streets: [
    'Masarykova', 'Nádražní', 'Husova', 'Palackého', 'Komenského', 'náměstí Svobody', 'Žižkova', 'Havlíčkova', 'Tyršova',
    'Nerudova', 'Smetanova', 'Jiráskova', 'Riegrova',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '### ##',
  phone: '+420 ### ### ###',
  office: { cs: 'pobočka', en: 'office' },
  people: {
    female: [
      'Jana', 'Marie', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Alena', 'Petra', 'Veronika', 'Jaroslava',
      'Tereza', 'Martina', 'Michaela', 'Jitka', 'Zuzana', 'Ivana', 'Helena', 'Ludmila', 'Markéta', 'Zdeňka', 'Barbora',
    ],
    male: [
      'Jiří', 'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František',
      'Jakub', 'Milan', 'Karel', 'Lukáš', 'David', 'Vladimír', 'Ondřej', 'Radek', 'Stanislav', 'Aleš', 'Vojtěch',
    ],
    surnames: {
      female: [
        'Nováková', 'Svobodová', 'Novotná', 'Dvořáková', 'Černá', 'Procházková', 'Kučerová', 'Veselá', 'Horáková', 'Němcová',
        'Marková', 'Pospíšilová', 'Pokorná', 'Hájková', 'Králová', 'Jelínková', 'Růžičková', 'Benešová', 'Fialová', 'Sedláčková',
        'Doležalová', 'Zemanová', 'Kolářová', 'Navrátilová', 'Čermáková', 'Urbanová', 'Vaňková', 'Blažková',
      ],
      male: [
        'Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Marek', 'Pospíšil',
        'Pokorný', 'Hájek', 'Král', 'Jelínek', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman', 'Kolář', 'Navrátil',
        'Čermák', 'Urban', 'Vaněk', 'Blažek',
      ],
    },
  },
  fixed: [
    { kind: 'chamber-pharmacists', names: { cs: 'Česká lékárnická komora', en: 'Czech Chamber of Pharmacists' } },
    { kind: 'chamber-physicians', names: { cs: 'Česká lékařská komora', en: 'Czech Medical Chamber' } },
    { kind: 'ministry-economy', names: { cs: 'Ministerstvo průmyslu a obchodu', en: 'Ministry of Industry and Trade' } },
    { kind: 'central-bank', names: { cs: 'Česká národní banka', en: 'Czech National Bank' } },
    { kind: 'recognition-centre', names: { cs: 'Ministerstvo školství, mládeže a tělovýchovy', en: 'Ministry of Education, Youth and Sports' } },
    { kind: 'labour-inspectorate', names: { cs: 'Státní úřad inspekce práce', en: 'State Labour Inspection Office' } },
    { kind: 'social-security', names: { cs: 'Česká správa sociálního zabezpečení', en: 'Czech Social Security Administration' } },
    { kind: 'consumer-protection', names: { cs: 'Česká obchodní inspekce', en: 'Czech Trade Inspection Authority' } },
    { kind: 'ministry-health', names: { cs: 'Ministerstvo zdravotnictví', en: 'Ministry of Health' } },
    { kind: 'chamber-dentists', names: { cs: 'Česká stomatologická komora', en: 'Czech Dental Chamber' } },
    { kind: 'chamber-architects', names: { cs: 'Česká komora architektů', en: 'Czech Chamber of Architects' } },
    { kind: 'chamber-engineers', names: { cs: 'Česká komora autorizovaných inženýrů a techniků činných ve výstavbě', en: 'Czech Chamber of Chartered Engineers and Technicians' } },
    { kind: 'chamber-lawyers', names: { cs: 'Česká advokátní komora', en: 'Czech Bar Association' } },
    { kind: 'chamber-notaries', names: { cs: 'Notářská komora České republiky', en: 'Chamber of Notaries of the Czech Republic' } },
    { kind: 'chamber-veterinarians', names: { cs: 'Komora veterinárních lékařů České republiky', en: 'Chamber of Veterinary Surgeons of the Czech Republic' } },
    { kind: 'solvit-centre', names: { cs: 'SOLVIT centrum České republiky', en: 'SOLVIT Centre Czech Republic' } },
    { kind: 'railway-safety', names: { cs: 'Drážní úřad', en: 'Rail Authority' } },
    { kind: 'police', names: { cs: 'Policejní prezidium České republiky', en: 'Police Presidium of the Czech Republic' } },
    { kind: 'ministry-labour', names: { cs: 'Ministerstvo práce a sociálních věcí', en: 'Ministry of Labour and Social Affairs' } },
    { kind: 'ministry-interior', names: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' } },
    { kind: 'chamber-commerce', names: { cs: 'Hospodářská komora České republiky', en: 'Economic Chamber of the Czech Republic' } },
    { kind: 'municipality', region: 'Hlavní město Praha', names: { cs: 'Magistrát hlavního města Prahy', en: 'Prague City Hall' } },
    { kind: 'health-regulator', region: 'Hlavní město Praha', names: { cs: 'Hygienická stanice hlavního města Prahy', en: 'Public Health Authority of the City of Prague' } },
    { kind: 'chamber-commerce', region: 'Jihomoravský kraj', names: { cs: 'Krajská hospodářská komora jižní Moravy', en: 'Regional Chamber of Commerce of South Moravia' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Hlavní město Praha'], names: { cs: 'Krajský úřad {of}', en: 'Regional Authority of the {name}' } },
    { kind: 'health-regulator', at: 'region', except: ['Hlavní město Praha'], names: { cs: 'Krajská hygienická stanice {of}', en: 'Regional Public Health Authority of the {name}' } },
    // Statutory cities only: the others have a Městský úřad, not a Magistrát.
    { kind: 'municipality', at: 'city', except: ['Praha', 'Znojmo', 'Hodonín', 'Klatovy', 'Tábor', 'Písek'], names: { cs: 'Magistrát města {of}', en: 'City of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Hlavní město Praha', 'Brno', 'Ostrava', 'Opava', 'Karviná', 'Havířov', 'Plzeň', 'Ústí nad Labem', 'Teplice', 'Most', 'Děčín', 'Olomouc', 'Prostějov', 'Přerov', 'České Budějovice'], names: { cs: 'Městský úřad {name}', en: 'Town Office of {name}' } },
  ],
};
