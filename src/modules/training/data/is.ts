import type { CountryData } from '../country-data.js';

/** Iceland: national bodies in Reykjavík, district commissioners of the regions, town offices, in Icelandic. */
export const data: CountryData = {
  code: 'IS',
  size: 4,
  capital: 'Reykjavík',
  regions: [
    {
      name: 'Höfuðborgarsvæðið',
      in: 'á höfuðborgarsvæðinu',
      alt: { en: 'Capital Region' },
      cities: [
        { name: 'Reykjavík', zip: '10', of: 'Reykjavíkur' },
        { name: 'Kópavogur', zip: '20', of: 'Kópavogs' },
        { name: 'Hafnarfjörður', zip: '22', of: 'Hafnarfjarðar' },
        { name: 'Garðabær', zip: '21', of: 'Garðabæjar' },
      ],
    },
    {
      name: 'Suðurnes',
      in: 'á Suðurnesjum',
      alt: { en: 'Southern Peninsula' },
      cities: [
        { name: 'Reykjanesbær', zip: '23', of: 'Reykjanesbæjar' },
        { name: 'Grindavík', zip: '24', of: 'Grindavíkur' },
      ],
    },
    {
      name: 'Vesturland',
      in: 'á Vesturlandi',
      alt: { en: 'Western Region' },
      cities: [
        { name: 'Borgarnes', zip: '31', of: 'Borgarness' },
        { name: 'Akranes', zip: '30', of: 'Akraness' },
      ],
    },
    {
      name: 'Norðurland eystra',
      in: 'á Norðurlandi eystra',
      alt: { en: 'Northeastern Region' },
      cities: [
        { name: 'Akureyri', zip: '60', of: 'Akureyrar' },
        { name: 'Húsavík', zip: '64', of: 'Húsavíkur' },
        { name: 'Dalvík', zip: '62', of: 'Dalvíkur' },
      ],
    },
    {
      name: 'Austurland',
      in: 'á Austurlandi',
      alt: { en: 'Eastern Region' },
      cities: [
        { name: 'Egilsstaðir', zip: '70', of: 'Egilsstaða' },
        { name: 'Seyðisfjörður', zip: '71', of: 'Seyðisfjarðar' },
      ],
    },
    {
      name: 'Suðurland',
      in: 'á Suðurlandi',
      alt: { en: 'Southern Region' },
      cities: [
        { name: 'Selfoss', zip: '80', of: 'Selfoss' },
        { name: 'Hveragerði', zip: '81', of: 'Hveragerðis' },
        { name: 'Hella', zip: '85', of: 'Hellu' },
      ],
    },
  ],
  streets: [
    'Laugavegur', 'Hafnarstræti', 'Aðalstræti', 'Austurstræti', 'Skólavörðustígur', 'Hverfisgata', 'Aðalgata', 'Strandgata',
    'Kirkjuvegur', 'Borgartún', 'Suðurgata', 'Túngata', 'Austurvegur',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '###',
  phone: '+354 ### ####',
  office: { is: 'útibú', en: 'Office' },
  people: {
    female: [
      'Guðrún', 'Anna', 'Kristín', 'Sigríður', 'Margrét', 'Helga', 'Sigrún', 'Ingibjörg', 'Jóhanna', 'María', 'Þórdís', 'Hildur',
      'Ragnhildur', 'Ásdís', 'Katrín', 'Edda', 'Þóra', 'Steinunn', 'Bryndís', 'Halldóra', 'Auður', 'Hrafnhildur', 'Guðný', 'Svanhildur',
    ],
    male: [
      'Jón', 'Sigurður', 'Guðmundur', 'Gunnar', 'Ólafur', 'Einar', 'Kristján', 'Magnús', 'Stefán', 'Jóhann', 'Björn', 'Árni',
      'Þórður', 'Haraldur', 'Ragnar', 'Þorsteinn', 'Halldór', 'Bjarni', 'Helgi', 'Davíð', 'Guðjón', 'Ævar', 'Hörður', 'Þór',
    ],
    surnames: {
      female: [
        'Jónsdóttir', 'Sigurðardóttir', 'Guðmundsdóttir', 'Gunnarsdóttir', 'Ólafsdóttir', 'Einarsdóttir', 'Kristjánsdóttir',
        'Magnúsdóttir', 'Stefánsdóttir', 'Jóhannsdóttir', 'Björnsdóttir', 'Árnadóttir', 'Þórðardóttir', 'Haraldsdóttir',
        'Ragnarsdóttir', 'Þorsteinsdóttir', 'Halldórsdóttir', 'Bjarnadóttir', 'Helgadóttir', 'Davíðsdóttir', 'Guðjónsdóttir',
        'Friðriksdóttir', 'Pálsdóttir', 'Sveinsdóttir', 'Þórsdóttir',
      ],
      male: [
        'Jónsson', 'Sigurðsson', 'Guðmundsson', 'Gunnarsson', 'Ólafsson', 'Einarsson', 'Kristjánsson', 'Magnússon', 'Stefánsson',
        'Jóhannsson', 'Björnsson', 'Árnason', 'Þórðarson', 'Haraldsson', 'Ragnarsson', 'Þorsteinsson', 'Halldórsson', 'Bjarnason',
        'Helgason', 'Davíðsson', 'Guðjónsson', 'Friðriksson', 'Pálsson', 'Sveinsson', 'Þórsson',
      ],
    },
  },
  fixed: [
    { kind: 'health-regulator', names: { is: 'Embætti landlæknis', en: 'Directorate of Health' } },
    { kind: 'recognition-centre', names: { is: 'ENIC/NARIC Ísland – Háskóli Íslands', en: 'ENIC/NARIC Iceland – University of Iceland' } },
    { kind: 'ministry-economy', names: { is: 'Atvinnuvegaráðuneytið', en: 'Ministry of Industries' } },
    { kind: 'labour-inspectorate', names: { is: 'Vinnueftirlitið', en: 'Administration of Occupational Safety and Health' } },
    { kind: 'central-bank', names: { is: 'Seðlabanki Íslands', en: 'Central Bank of Iceland' } },
    { kind: 'social-security', names: { is: 'Tryggingastofnun', en: 'Social Insurance Administration' } },
    { kind: 'civil-registry', names: { is: 'Þjóðskrá', en: 'Registers Iceland' } },
    { kind: 'business-register', names: { is: 'Skatturinn – Fyrirtækjaskrá', en: 'Iceland Revenue and Customs – Register of Enterprises' } },
    { kind: 'police', names: { is: 'Ríkislögreglustjóri', en: 'National Commissioner of the Icelandic Police' } },
    { kind: 'consumer-protection', names: { is: 'Neytendastofa', en: 'Consumer Agency' } },
    { kind: 'solvit-centre', names: { is: 'SOLVIT á Íslandi', en: 'SOLVIT Iceland' } },
    { kind: 'ministry-health', names: { is: 'Heilbrigðisráðuneytið', en: 'Ministry of Health' } },
    { kind: 'chamber-physicians', city: 'Kópavogur', names: { is: 'Læknafélag Íslands', en: 'Icelandic Medical Association' } },
    { kind: 'chamber-lawyers', names: { is: 'Lögmannafélag Íslands', en: 'Icelandic Bar Association' } },
    { kind: 'chamber-architects', names: { is: 'Arkitektafélag Íslands', en: 'Association of Icelandic Architects' } },
    { kind: 'procurement-office', names: { is: 'Fjársýslan', en: 'Financial Management Authority' } },
    { kind: 'municipality', region: 'Höfuðborgarsvæðið', names: { is: 'Reykjavíkurborg', en: 'City of Reykjavík' } },
  ],
  templates: [
    { kind: 'civil-registry', at: 'region', names: { is: 'Sýslumaðurinn {in}', en: 'District Commissioner, {name}' } },
    { kind: 'municipality', at: 'city', except: ['Reykjavík'], names: { is: 'Bæjarskrifstofa {of}', en: 'Town Office of {name}' } },
  ],
};
