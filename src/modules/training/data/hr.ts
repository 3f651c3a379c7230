import type { CountryData } from '../country-data.js';

/** Croatia: Croatian; counties (županije) and the City of Zagreb, towns (gradovi). */
export const data: CountryData = {
  code: 'HR',
  size: 6,
  capital: 'Zagreb',
  regions: [
    {
      name: 'Grad Zagreb',
      alt: { en: 'City of Zagreb' },
      cities: [
        { name: 'Zagreb', zip: '10' },
        { name: 'Sesvete', zip: '103' },
      ],
    },
    {
      name: 'Splitsko-dalmatinska županija',
      alt: { en: 'Split-Dalmatia County' },
      cities: [
        { name: 'Split', zip: '21' },
        { name: 'Makarska', zip: '213' },
        { name: 'Sinj', zip: '212' },
      ],
    },
    {
      name: 'Primorsko-goranska županija',
      alt: { en: 'Primorje-Gorski Kotar County' },
      cities: [
        { name: 'Rijeka', zip: '51' },
        { name: 'Opatija', zip: '514' },
        { name: 'Krk', zip: '515' },
      ],
    },
    {
      name: 'Osječko-baranjska županija',
      alt: { en: 'Osijek-Baranja County' },
      cities: [
        { name: 'Osijek', zip: '31' },
        { name: 'Đakovo', zip: '314' },
        { name: 'Našice', zip: '315' },
      ],
    },
    {
      name: 'Istarska županija',
      alt: { en: 'Istria County' },
      cities: [
        { name: 'Pula', zip: '52' },
        { name: 'Poreč', zip: '524' },
        { name: 'Rovinj', zip: '522' },
      ],
    },
    {
      name: 'Zadarska županija',
      alt: { en: 'Zadar County' },
      cities: [
        { name: 'Zadar', zip: '23' },
        { name: 'Biograd na Moru', zip: '232' },
      ],
    },
    {
      name: 'Dubrovačko-neretvanska županija',
      alt: { en: 'Dubrovnik-Neretva County' },
      cities: [
        { name: 'Dubrovnik', zip: '20' },
        { name: 'Metković', zip: '203' },
      ],
    },
  ],
  streets: [
    'Ilica', 'Vukovarska ulica', 'Ulica kralja Zvonimira', 'Trg bana Jelačića', 'Ulica Ante Starčevića', 'Zagrebačka cesta',
    'Ulica Stjepana Radića', 'Riva', 'Obala hrvatskog narodnog preporoda', 'Ulica Matije Gupca', 'Kolodvorska ulica', 'Školska ulica',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '#####',
  phone: '+385 ## ### ####',
  office: { hr: 'Područni ured', en: 'Regional Office' },
  people: {
    female: [
      'Ana', 'Marija', 'Ivana', 'Petra', 'Maja', 'Katarina', 'Martina', 'Lucija', 'Nikolina', 'Mirjana', 'Snježana', 'Željka',
      'Vesna', 'Jelena', 'Sanja', 'Tatjana', 'Dragica', 'Ljiljana', 'Kristina', 'Antonija', 'Lana', 'Iva', 'Mia', 'Dubravka',
    ],
    male: [
      'Ivan', 'Marko', 'Josip', 'Tomislav', 'Luka', 'Ante', 'Stjepan', 'Nikola', 'Mario', 'Zoran', 'Dragan', 'Krešimir', 'Hrvoje',
      'Damir', 'Goran', 'Željko', 'Mate', 'Matej', 'Davor', 'Dario', 'Branimir', 'Zvonimir', 'Petar', 'Filip',
    ],
    surnames: [
      'Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Kovačić', 'Knežević', 'Vuković', 'Marković', 'Petrović', 'Matić',
      'Tomić', 'Pavlović', 'Perić', 'Božić', 'Blažević', 'Grgić', 'Šarić', 'Pavić', 'Radić', 'Lovrić', 'Vidović', 'Perković',
      'Popović', 'Jurković', 'Brkić', 'Čolak', 'Đurić', 'Šimić',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { hr: 'Ministarstvo gospodarstva', en: 'Ministry of Economy' } },
    { kind: 'chamber-physicians', names: { hr: 'Hrvatska liječnička komora', en: 'Croatian Medical Chamber' } },
    { kind: 'central-bank', names: { hr: 'Hrvatska narodna banka', en: 'Croatian National Bank' } },
    { kind: 'recognition-centre', names: { hr: 'Agencija za znanost i visoko obrazovanje', en: 'Agency for Science and Higher Education' } },
    { kind: 'labour-inspectorate', names: { hr: 'Državni inspektorat', en: 'State Inspectorate' } },
    { kind: 'social-security', names: { hr: 'Hrvatski zavod za mirovinsko osiguranje', en: 'Croatian Pension Insurance Institute' } },
    { kind: 'financial-regulator', names: { hr: 'Hrvatska agencija za nadzor financijskih usluga', en: 'Croatian Financial Services Supervisory Agency' } },
    { kind: 'chamber-pharmacists', names: { hr: 'Hrvatska ljekarnička komora', en: 'Croatian Chamber of Pharmacists' } },
    { kind: 'chamber-dentists', names: { hr: 'Hrvatska komora dentalne medicine', en: 'Croatian Chamber of Dental Medicine' } },
    { kind: 'chamber-nurses', names: { hr: 'Hrvatska komora medicinskih sestara', en: 'Croatian Chamber of Nurses' } },
    { kind: 'chamber-architects', names: { hr: 'Hrvatska komora arhitekata', en: 'Croatian Chamber of Architects' } },
    { kind: 'chamber-engineers', names: { hr: 'Hrvatska komora inženjera građevinarstva', en: 'Croatian Chamber of Civil Engineers' } },
    { kind: 'chamber-lawyers', names: { hr: 'Hrvatska odvjetnička komora', en: 'Croatian Bar Association' } },
    { kind: 'chamber-notaries', names: { hr: 'Hrvatska javnobilježnička komora', en: 'Croatian Notaries Chamber' } },
    { kind: 'railway-safety', names: { hr: 'Agencija za sigurnost željezničkog prometa', en: 'Railway Safety Agency' } },
    { kind: 'ministry-interior', names: { hr: 'Ministarstvo unutarnjih poslova', en: 'Ministry of the Interior' } },
    { kind: 'ministry-health', names: { hr: 'Ministarstvo zdravstva', en: 'Ministry of Health' } },
    { kind: 'ministry-labour', names: { hr: 'Ministarstvo rada, mirovinskoga sustava, obitelji i socijalne politike', en: 'Ministry of Labour, Pension System, Family and Social Policy' } },
    { kind: 'chamber-commerce', names: { hr: 'Hrvatska gospodarska komora', en: 'Croatian Chamber of Economy' } },
    { kind: 'chamber-crafts', names: { hr: 'Hrvatska obrtnička komora', en: 'Croatian Chamber of Trades and Crafts' } },
    { kind: 'solvit-centre', names: { hr: 'SOLVIT Hrvatska', en: 'SOLVIT Croatia' } },
    { kind: 'business-register', names: { hr: 'Sudski registar', en: 'Court Register' } },
  ],
  templates: [
    // Counties are named after themselves; the City of Zagreb is a county too.
    { kind: 'regional-government', at: 'region', names: { hr: '{name}', en: '{name}' } },
    { kind: 'municipality', at: 'city', except: ['Zagreb', 'Sesvete'], names: { hr: 'Grad {name}', en: 'City of {name}' } },
  ],
};
