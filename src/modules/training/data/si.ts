import type { CountryData } from '../country-data.js';

/** Slovenia: Slovenian; statistical regions (there are no regional governments), municipalities and administrative units. */
export const data: CountryData = {
  code: 'SI',
  size: 5,
  capital: 'Ljubljana',
  regions: [
    {
      name: 'Osrednjeslovenska',
      alt: { en: 'Central Slovenia' },
      cities: [
        { name: 'Ljubljana', zip: '10' },
        { name: 'Domžale', zip: '123' },
        { name: 'Kamnik', zip: '124' },
      ],
    },
    {
      name: 'Podravska',
      alt: { en: 'Drava' },
      cities: [
        { name: 'Maribor', zip: '20' },
        { name: 'Ptuj', zip: '225' },
      ],
    },
    {
      name: 'Savinjska',
      alt: { en: 'Savinja' },
      cities: [
        { name: 'Celje', zip: '30' },
        { name: 'Velenje', zip: '332' },
      ],
    },
    {
      name: 'Gorenjska',
      alt: { en: 'Upper Carniola' },
      cities: [
        { name: 'Kranj', zip: '40' },
        { name: 'Jesenice', zip: '427' },
        { name: 'Škofja Loka', zip: '422' },
      ],
    },
    {
      name: 'Obalno-kraška',
      alt: { en: 'Coastal–Karst' },
      cities: [
        { name: 'Koper', zip: '60' },
        { name: 'Piran', zip: '633' },
        { name: 'Izola', zip: '631' },
      ],
    },
  ],
  streets: [
    'Slovenska cesta', 'Prešernova ulica', 'Trubarjeva cesta', 'Cankarjeva ulica', 'Gregorčičeva ulica', 'Tržaška cesta',
    'Kolodvorska ulica', 'Partizanska cesta', 'Glavni trg', 'Mestni trg', 'Dunajska cesta', 'Šolska ulica',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+386 # ### ## ##',
  office: { sl: 'izpostava', en: 'office' },
  people: {
    female: [
      'Marija', 'Ana', 'Maja', 'Irena', 'Mojca', 'Nina', 'Mateja', 'Nataša', 'Andreja', 'Barbara', 'Petra', 'Jožica', 'Katarina',
      'Tanja', 'Sabina', 'Špela', 'Urška', 'Tjaša', 'Anja', 'Alenka', 'Vesna', 'Darja', 'Simona', 'Metka',
    ],
    male: [
      'Franc', 'Janez', 'Marko', 'Ivan', 'Anton', 'Andrej', 'Jožef', 'Jože', 'Luka', 'Peter', 'Matej', 'Tomaž', 'Aleš', 'Rok',
      'Boštjan', 'Gregor', 'Matjaž', 'Primož', 'Uroš', 'Jure', 'Žiga', 'Nejc', 'Blaž', 'Domen',
    ],
    surnames: [
      'Novak', 'Horvat', 'Krajnc', 'Kovačič', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Kralj',
      'Zupan', 'Bizjak', 'Hribar', 'Korošec', 'Rozman', 'Kotnik', 'Oblak', 'Petek', 'Žagar', 'Kolar', 'Košir', 'Hočevar', 'Medved',
      'Zajc', 'Koren', 'Jerman', 'Lešnik',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { sl: 'Ministrstvo za gospodarstvo, turizem in šport', en: 'Ministry of the Economy, Tourism and Sport' } },
    { kind: 'chamber-physicians', names: { sl: 'Zdravniška zbornica Slovenije', en: 'Medical Chamber of Slovenia' } },
    { kind: 'central-bank', names: { sl: 'Banka Slovenije', en: 'Bank of Slovenia' } },
    { kind: 'recognition-centre', names: { sl: 'Ministrstvo za visoko šolstvo, znanost in inovacije', en: 'Ministry of Higher Education, Science and Innovation' } },
    { kind: 'labour-inspectorate', names: { sl: 'Inšpektorat Republike Slovenije za delo', en: 'Labour Inspectorate of the Republic of Slovenia' } },
    { kind: 'social-security', names: { sl: 'Zavod za pokojninsko in invalidsko zavarovanje Slovenije', en: 'Pension and Disability Insurance Institute of Slovenia' } },
    { kind: 'consumer-protection', names: { sl: 'Tržni inšpektorat Republike Slovenije', en: 'Market Inspectorate of the Republic of Slovenia' } },
    { kind: 'chamber-pharmacists', names: { sl: 'Lekarniška zbornica Slovenije', en: 'Slovenian Chamber of Pharmacy' } },
    { kind: 'chamber-nurses', names: { sl: 'Zbornica zdravstvene in babiške nege Slovenije', en: 'Nurses and Midwives Association of Slovenia' } },
    { kind: 'chamber-engineers', names: { sl: 'Inženirska zbornica Slovenije', en: 'Slovenian Chamber of Engineers' } },
    { kind: 'chamber-architects', names: { sl: 'Zbornica za arhitekturo in prostor Slovenije', en: 'Chamber of Architecture and Spatial Planning of Slovenia' } },
    { kind: 'chamber-lawyers', names: { sl: 'Odvetniška zbornica Slovenije', en: 'Bar Association of Slovenia' } },
    { kind: 'chamber-notaries', names: { sl: 'Notarska zbornica Slovenije', en: 'Chamber of Notaries of Slovenia' } },
    { kind: 'financial-regulator', names: { sl: 'Agencija za trg vrednostnih papirjev', en: 'Securities Market Agency' } },
    { kind: 'railway-safety', names: { sl: 'Javna agencija za železniški promet Republike Slovenije', en: 'Public Agency of the Republic of Slovenia for Railway Transport' } },
    { kind: 'police', names: { sl: 'Generalna policijska uprava', en: 'General Police Directorate' } },
    { kind: 'business-register', names: { sl: 'Agencija Republike Slovenije za javnopravne evidence in storitve', en: 'Agency of the Republic of Slovenia for Public Legal Records and Related Services' } },
    { kind: 'ministry-health', names: { sl: 'Ministrstvo za zdravje', en: 'Ministry of Health' } },
    { kind: 'solvit-centre', names: { sl: 'SOLVIT Slovenija', en: 'SOLVIT Slovenia' } },
    { kind: 'chamber-crafts', names: { sl: 'Obrtno-podjetniška zbornica Slovenije', en: 'Chamber of Craft and Small Business of Slovenia' } },
    { kind: 'chamber-commerce', names: { sl: 'Gospodarska zbornica Slovenije', en: 'Chamber of Commerce and Industry of Slovenia' } },
  ],
  templates: [
    { kind: 'municipality', at: 'city', except: ['Domžale', 'Kamnik', 'Jesenice', 'Škofja Loka', 'Piran', 'Izola'], names: { sl: 'Mestna občina {name}', en: 'City Municipality of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Ljubljana', 'Maribor', 'Ptuj', 'Celje', 'Velenje', 'Kranj', 'Koper'], names: { sl: 'Občina {name}', en: 'Municipality of {name}' } },
    { kind: 'civil-registry', at: 'city', names: { sl: 'Upravna enota {name}', en: 'Administrative Unit {name}' } },
    { kind: 'chamber-crafts', at: 'city', except: ['Ljubljana'], names: { sl: 'Območna obrtno-podjetniška zbornica {name}', en: 'Regional Chamber of Craft and Small Business {name}' } },
  ],
};
