import type { CountryData } from '../country-data.js';

/**
 * Ireland: bodies named in English first, with their Irish names. The regions are counties; their
 * Irish `alt` is the genitive form these names take ("Comhairle Contae Chorcaí").
 */
export const data: CountryData = {
  code: 'IE',
  size: 7,
  capital: 'Dublin',
  regions: [
    {
      name: 'Dublin',
      alt: { ga: 'Bhaile Átha Cliath' },
      cities: [
        { name: 'Dublin', zip: 'D02', alt: { ga: 'Baile Átha Cliath' } },
        { name: 'Dún Laoghaire', zip: 'A96' },
        { name: 'Swords', zip: 'K67', alt: { ga: 'Sord' } },
        { name: 'Tallaght', zip: 'D24', alt: { ga: 'Tamhlacht' } },
      ],
    },
    {
      name: 'Cork',
      alt: { ga: 'Chorcaí' },
      cities: [
        { name: 'Cork', zip: 'T12', alt: { ga: 'Corcaigh' } },
        { name: 'Mallow', zip: 'P51', alt: { ga: 'Mala' } },
        { name: 'Cobh', zip: 'P24', alt: { ga: 'An Cóbh' } },
      ],
    },
    {
      name: 'Galway',
      alt: { ga: 'na Gaillimhe' },
      cities: [
        { name: 'Galway', zip: 'H91', alt: { ga: 'Gaillimh' } },
        { name: 'Tuam', zip: 'H54', alt: { ga: 'Tuaim' } },
        { name: 'Ballinasloe', zip: 'H53', alt: { ga: 'Béal Átha na Sluaighe' } },
      ],
    },
    {
      name: 'Limerick',
      alt: { ga: 'Luimnigh' },
      cities: [
        { name: 'Limerick', zip: 'V94', alt: { ga: 'Luimneach' } },
        { name: 'Newcastle West', zip: 'V42', alt: { ga: 'An Caisleán Nua Thiar' } },
      ],
    },
    {
      name: 'Kerry',
      alt: { ga: 'Chiarraí' },
      cities: [
        { name: 'Tralee', zip: 'V92', alt: { ga: 'Trá Lí' } },
        { name: 'Killarney', zip: 'V93', alt: { ga: 'Cill Airne' } },
      ],
    },
    {
      name: 'Donegal',
      alt: { ga: 'Dhún na nGall' },
      cities: [
        { name: 'Lifford', zip: 'F93', alt: { ga: 'Leifear' } },
        { name: 'Letterkenny', zip: 'F92', alt: { ga: 'Leitir Ceanainn' } },
      ],
    },
  ],
  streets: [
    'Main Street', 'Church Street', 'O’Connell Street', 'Bridge Street', 'High Street', 'Mill Road', 'Patrick Street',
    'Castle Street', 'The Square', 'Station Road', 'Harbour Road', 'Shop Street',
  ],
  address: '{no} {street}, {city}, {zip}',
  zip: '@## @#@#',
  phone: '+353 # ### ####',
  office: { en: 'Office', ga: 'Oifig' },
  people: {
    female: [
      'Mary', 'Siobhán', 'Aoife', 'Niamh', 'Sinéad', 'Orla', 'Ciara', 'Róisín', 'Gráinne', 'Máire', 'Caoimhe', 'Saoirse', 'Emma',
      'Sarah', 'Anne', 'Catherine', 'Bríd', 'Eimear', 'Clodagh', 'Deirdre', 'Áine', 'Fiona', 'Sorcha', 'Úna',
    ],
    male: [
      'Seán', 'Patrick', 'John', 'Michael', 'Liam', 'Conor', 'Ciarán', 'Darragh', 'Cian', 'Eoin', 'Pádraig', 'Séamus', 'Declan',
      'Brendan', 'Colm', 'Dónal', 'Diarmuid', 'Fergal', 'Kevin', 'Niall', 'Ronan', 'Tadhg', 'Oisín', 'Paul',
    ],
    surnames: [
      'Murphy', 'Kelly', 'O’Sullivan', 'Walsh', 'Smith', 'O’Brien', 'Byrne', 'Ryan', 'O’Connor', 'O’Neill', 'O’Reilly', 'Doyle',
      'McCarthy', 'Gallagher', 'O’Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'Moore', 'McLoughlin', 'O’Carroll', 'Connolly',
      'Daly', 'Ó Briain', 'Mac Cárthaigh', 'Brennan', 'Fitzgerald',
    ],
  },
  fixed: [
    { kind: 'chamber-pharmacists', names: { en: 'Pharmaceutical Society of Ireland', ga: 'Cumann Cógaiseoirí na hÉireann' } },
    { kind: 'chamber-physicians', names: { en: 'Medical Council', ga: 'Comhairle na nDochtúirí Leighis' } },
    { kind: 'recognition-centre', names: { en: 'Quality and Qualifications Ireland', ga: 'Dearbhú Cáilíochta agus Cáilíochtaí Éireann' } },
    { kind: 'ministry-economy', names: { en: 'Department of Enterprise, Tourism and Employment', ga: 'An Roinn Fiontar, Turasóireachta agus Fostaíochta' } },
    { kind: 'labour-inspectorate', names: { en: 'Workplace Relations Commission', ga: 'An Coimisiún um Chaidreamh san Áit Oibre' } },
    { kind: 'central-bank', names: { en: 'Central Bank of Ireland', ga: 'Banc Ceannais na hÉireann' } },
    { kind: 'ministry-health', names: { en: 'Department of Health', ga: 'An Roinn Sláinte' } },
    { kind: 'social-security', names: { en: 'Department of Social Protection', ga: 'An Roinn Coimirce Sóisialaí' } },
    { kind: 'chamber-nurses', names: { en: 'Nursing and Midwifery Board of Ireland', ga: 'Bord Altranais agus Cnáimhseachais na hÉireann' } },
    { kind: 'chamber-dentists', names: { en: 'Dental Council', ga: 'An Chomhairle Fiaclóireachta' } },
    { kind: 'consumer-protection', names: { en: 'Competition and Consumer Protection Commission', ga: 'An Coimisiún um Iomaíocht agus um Chosaint Tomhaltóirí' } },
    { kind: 'solvit-centre', names: { en: 'SOLVIT Ireland', ga: 'SOLVIT Éire' } },
    { kind: 'chamber-architects', names: { en: 'Royal Institute of the Architects of Ireland', ga: 'Institiúid Ríoga Ailtirí na hÉireann' } },
    { kind: 'chamber-engineers', names: { en: 'Engineers Ireland', ga: 'Innealtóirí Éireann' } },
    { kind: 'chamber-lawyers', names: { en: 'Law Society of Ireland', ga: 'Dlí-Chumann na hÉireann' } },
    { kind: 'police', names: { ga: 'An Garda Síochána', en: 'Irish National Police Service' } },
    { kind: 'railway-safety', names: { en: 'Commission for Railway Regulation', ga: 'An Coimisiún um Rialáil Iarnróid' } },
    { kind: 'procurement-office', names: { en: 'Office of Government Procurement', ga: 'Oifig Soláthair an Rialtais' } },
    { kind: 'civil-registry', names: { en: 'General Register Office', ga: 'Oifig an Ard-Chláraitheora' } },
    { kind: 'business-register', names: { en: 'Companies Registration Office', ga: 'Oifig Chlárúcháin na gCuideachtaí' } },
    { kind: 'health-insurance', names: { en: 'Health Service Executive', ga: 'Feidhmeannacht na Seirbhíse Sláinte' } },
    { kind: 'municipality', region: 'Dublin', names: { en: 'Dublin City Council', ga: 'Comhairle Cathrach Bhaile Átha Cliath' } },
    { kind: 'municipality', region: 'Limerick', names: { en: 'Limerick City and County Council', ga: 'Comhairle Cathrach agus Contae Luimnigh' } },
  ],
  templates: [
    { kind: 'municipality', at: 'region', except: ['Dublin', 'Limerick'], names: { en: '{name} County Council', ga: 'Comhairle Contae {name}' } },
    { kind: 'trade-office', at: 'region', names: { en: 'Local Enterprise Office {name}', ga: 'Oifig Fiontair Áitiúil {name}' } },
  ],
};
