import type { CountryData } from '../country-data.js';

/** Hungary: Hungarian, family name first; counties (vármegyék) and the capital. */
export const data: CountryData = {
  code: 'HU',
  size: 9,
  capital: 'Budapest',
  regions: [
    {
      name: 'Budapest',
      cities: [{ name: 'Budapest', zip: '1' }],
    },
    {
      name: 'Pest',
      cities: [
        { name: 'Érd', zip: '203', of: 'Érd Megyei Jogú Város' },
        { name: 'Vác', zip: '260', of: 'Vác Város' },
        { name: 'Gödöllő', zip: '210', of: 'Gödöllő Város' },
      ],
    },
    {
      name: 'Győr-Moson-Sopron',
      cities: [
        { name: 'Győr', zip: '90', of: 'Győr Megyei Jogú Város' },
        { name: 'Sopron', zip: '94', of: 'Sopron Megyei Jogú Város' },
        { name: 'Mosonmagyaróvár', zip: '920', of: 'Mosonmagyaróvár Város' },
      ],
    },
    {
      name: 'Hajdú-Bihar',
      cities: [
        { name: 'Debrecen', zip: '40', of: 'Debrecen Megyei Jogú Város' },
        { name: 'Hajdúszoboszló', zip: '420', of: 'Hajdúszoboszló Város' },
      ],
    },
    {
      name: 'Csongrád-Csanád',
      cities: [
        { name: 'Szeged', zip: '67', of: 'Szeged Megyei Jogú Város' },
        { name: 'Hódmezővásárhely', zip: '680', of: 'Hódmezővásárhely Megyei Jogú Város' },
        { name: 'Makó', zip: '690', of: 'Makó Város' },
      ],
    },
    {
      name: 'Baranya',
      cities: [
        { name: 'Pécs', zip: '76', of: 'Pécs Megyei Jogú Város' },
        { name: 'Komló', zip: '730', of: 'Komló Város' },
        { name: 'Mohács', zip: '770', of: 'Mohács Város' },
      ],
    },
    {
      name: 'Borsod-Abaúj-Zemplén',
      cities: [
        { name: 'Miskolc', zip: '35', of: 'Miskolc Megyei Jogú Város' },
        { name: 'Ózd', zip: '36', of: 'Ózd Város' },
        { name: 'Kazincbarcika', zip: '370', of: 'Kazincbarcika Város' },
      ],
    },
  ],
  streets: [
    'Kossuth Lajos utca', 'Petőfi Sándor utca', 'Rákóczi út', 'Széchenyi tér', 'Ady Endre utca', 'Jókai Mór utca',
    'Dózsa György út', 'Bajcsy-Zsilinszky út', 'Arany János utca', 'Deák Ferenc tér', 'Fő utca', 'Béke utca', 'Szabadság tér',
  ],
  address: '{zip} {city}, {street} {no}.',
  zip: '####',
  phone: '+36 ## ### ###',
  office: { hu: 'kirendeltség', en: 'office' },
  people: {
    female: [
      'Mária', 'Erzsébet', 'Katalin', 'Éva', 'Ilona', 'Anna', 'Zsuzsanna', 'Margit', 'Judit', 'Ágnes', 'Andrea', 'Erika',
      'Krisztina', 'Eszter', 'Tímea', 'Anita', 'Edit', 'Gabriella', 'Szilvia', 'Mónika', 'Rita', 'Ildikó', 'Noémi', 'Réka', 'Zsófia',
    ],
    male: [
      'László', 'István', 'József', 'János', 'Zoltán', 'Sándor', 'Gábor', 'Ferenc', 'Attila', 'Péter', 'Tamás', 'Zsolt', 'Tibor',
      'András', 'Csaba', 'Imre', 'Lajos', 'György', 'Balázs', 'Gyula', 'Mihály', 'Róbert', 'Norbert', 'Dávid', 'Ádám',
    ],
    surnames: [
      'Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács',
      'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete', 'Szilágyi', 'Török', 'Fehér', 'Balázs', 'Gál', 'Kis',
      'Szűcs', 'Kocsis', 'Pintér', 'Fodor', 'Szalai', 'Sipos', 'Magyar', 'Lukács',
    ],
    familyFirst: true,
  },
  fixed: [
    { kind: 'ministry-economy', names: { hu: 'Nemzetgazdasági Minisztérium', en: 'Ministry for National Economy' } },
    { kind: 'chamber-physicians', names: { hu: 'Magyar Orvosi Kamara', en: 'Hungarian Medical Chamber' } },
    { kind: 'central-bank', names: { hu: 'Magyar Nemzeti Bank', en: 'Central Bank of Hungary' } },
    { kind: 'recognition-centre', names: { hu: 'Oktatási Hivatal', en: 'Educational Authority' } },
    { kind: 'health-regulator', names: { hu: 'Nemzeti Népegészségügyi és Gyógyszerészeti Központ', en: 'National Centre for Public Health and Pharmacy' } },
    { kind: 'labour-inspectorate', names: { hu: 'Foglalkoztatás-felügyeleti és Munkavédelmi Főosztály', en: 'Department of Employment Supervision and Occupational Safety' } },
    { kind: 'social-security', names: { hu: 'Magyar Államkincstár', en: 'Hungarian State Treasury' } },
    { kind: 'health-insurance', names: { hu: 'Nemzeti Egészségbiztosítási Alapkezelő', en: 'National Health Insurance Fund' } },
    { kind: 'consumer-protection', names: { hu: 'Gazdasági Versenyhivatal', en: 'Hungarian Competition Authority' } },
    { kind: 'chamber-pharmacists', names: { hu: 'Magyar Gyógyszerészi Kamara', en: 'Hungarian Chamber of Pharmacists' } },
    { kind: 'chamber-nurses', names: { hu: 'Magyar Egészségügyi Szakdolgozói Kamara', en: 'Hungarian Chamber of Health Professionals' } },
    { kind: 'chamber-architects', names: { hu: 'Magyar Építész Kamara', en: 'Chamber of Hungarian Architects' } },
    { kind: 'chamber-engineers', names: { hu: 'Magyar Mérnöki Kamara', en: 'Hungarian Chamber of Engineers' } },
    { kind: 'chamber-lawyers', names: { hu: 'Magyar Ügyvédi Kamara', en: 'Hungarian Bar Association' } },
    { kind: 'chamber-notaries', names: { hu: 'Magyar Országos Közjegyzői Kamara', en: 'Hungarian Chamber of Civil Law Notaries' } },
    { kind: 'procurement-office', names: { hu: 'Közbeszerzési Hatóság', en: 'Public Procurement Authority' } },
    { kind: 'police', names: { hu: 'Országos Rendőr-főkapitányság', en: 'Hungarian National Police Headquarters' } },
    { kind: 'chamber-commerce', names: { hu: 'Magyar Kereskedelmi és Iparkamara', en: 'Hungarian Chamber of Commerce and Industry' } },
    { kind: 'ministry-interior', names: { hu: 'Belügyminisztérium', en: 'Ministry of the Interior' } },
    { kind: 'solvit-centre', names: { hu: 'SOLVIT Magyarország', en: 'SOLVIT Hungary' } },
    { kind: 'regional-government', region: 'Budapest', names: { hu: 'Budapest Főváros Kormányhivatala', en: 'Budapest Capital Government Office' } },
    { kind: 'municipality', region: 'Budapest', names: { hu: 'Budapest Főváros Főpolgármesteri Hivatala', en: "Mayor's Office of Budapest" } },
    { kind: 'chamber-commerce', region: 'Budapest', names: { hu: 'Budapesti Kereskedelmi és Iparkamara', en: 'Budapest Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', except: ['Budapest'], names: { hu: '{name} Vármegyei Kormányhivatal', en: '{name} County Government Office' } },
    { kind: 'chamber-commerce', at: 'region', except: ['Budapest'], names: { hu: '{name} Vármegyei Kereskedelmi és Iparkamara', en: '{name} County Chamber of Commerce and Industry' } },
    { kind: 'municipality', at: 'city', except: ['Budapest'], names: { hu: '{of} Polgármesteri Hivatala', en: "Mayor's Office of {name}" } },
  ],
};
