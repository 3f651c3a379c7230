import type { CountryData } from '../country-data.js';

/** Estonia: Estonian; counties (maakonnad) and town governments with genitive forms. */
export const data: CountryData = {
  code: 'EE',
  size: 5,
  capital: 'Tallinn',
  regions: [
    {
      name: 'Harju maakond',
      of: 'Harjumaa',
      alt: { en: 'Harju County' },
      cities: [
        { name: 'Tallinn', zip: '1', of: 'Tallinna' },
        { name: 'Maardu', zip: '741', of: 'Maardu' },
        { name: 'Keila', zip: '765', of: 'Keila' },
      ],
    },
    {
      name: 'Tartu maakond',
      of: 'Tartumaa',
      alt: { en: 'Tartu County' },
      cities: [
        { name: 'Tartu', zip: '5', of: 'Tartu' },
        { name: 'Elva', zip: '615', of: 'Elva' },
      ],
    },
    {
      name: 'Ida-Viru maakond',
      of: 'Ida-Virumaa',
      alt: { en: 'Ida-Viru County' },
      cities: [
        { name: 'Jõhvi', zip: '415', of: 'Jõhvi' },
        { name: 'Narva', zip: '20', of: 'Narva' },
        { name: 'Kohtla-Järve', zip: '30', of: 'Kohtla-Järve' },
        { name: 'Sillamäe', zip: '40', of: 'Sillamäe' },
      ],
    },
    {
      name: 'Pärnu maakond',
      of: 'Pärnumaa',
      alt: { en: 'Pärnu County' },
      cities: [
        { name: 'Pärnu', zip: '80', of: 'Pärnu' },
        { name: 'Häädemeeste', zip: '860', of: 'Häädemeeste' },
      ],
    },
    {
      name: 'Lääne-Viru maakond',
      of: 'Lääne-Virumaa',
      alt: { en: 'Lääne-Viru County' },
      cities: [
        { name: 'Rakvere', zip: '44', of: 'Rakvere' },
        { name: 'Tapa', zip: '45', of: 'Tapa' },
      ],
    },
  ],
  streets: [
    'Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Rüütli', 'Pikk', 'Lai', 'Kesk', 'Vabaduse pst', 'Jõe', 'Raekoja plats', 'Aia',
    'Pargi', 'Kooli', 'Põhja pst',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '#####',
  phone: '+372 ### ####',
  office: { et: 'esindus', en: 'office' },
  people: {
    female: [
      'Maria', 'Anne', 'Tiina', 'Kadri', 'Katrin', 'Mari', 'Kristiina', 'Piret', 'Marika', 'Eda', 'Siiri', 'Tiiu', 'Reet', 'Helen',
      'Kersti', 'Merike', 'Liis', 'Triin', 'Kärt', 'Maarja', 'Ülle', 'Ene', 'Jaana', 'Heli', 'Külli',
    ],
    male: [
      'Andres', 'Jaan', 'Peeter', 'Toomas', 'Mart', 'Tõnu', 'Rein', 'Jüri', 'Aivar', 'Margus', 'Urmas', 'Indrek', 'Priit',
      'Kristjan', 'Tarmo', 'Raivo', 'Meelis', 'Sander', 'Rasmus', 'Märt', 'Ülo', 'Tõnis', 'Lauri', 'Kalev', 'Jaanus',
    ],
    surnames: [
      'Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Lepik', 'Kallas', 'Luik', 'Lukk',
      'Karu', 'Kuusk', 'Raudsepp', 'Vaher', 'Põder', 'Kütt', 'Kivi', 'Kõiv', 'Org', 'Jõgi', 'Männik', 'Laur', 'Ots', 'Teder', 'Toom',
    ],
  },
  fixed: [
    { kind: 'financial-regulator', names: { et: 'Finantsinspektsioon', en: 'Estonian Financial Supervision and Resolution Authority' } },
    { kind: 'ministry-economy', names: { et: 'Majandus- ja Kommunikatsiooniministeerium', en: 'Ministry of Economic Affairs and Communications' } },
    { kind: 'central-bank', names: { et: 'Eesti Pank', en: 'Bank of Estonia' } },
    { kind: 'labour-inspectorate', names: { et: 'Tööinspektsioon', en: 'Labour Inspectorate' } },
    { kind: 'recognition-centre', names: { et: 'Haridus- ja Noorteamet', en: 'Education and Youth Board' } },
    { kind: 'social-security', names: { et: 'Sotsiaalkindlustusamet', en: 'Social Insurance Board' } },
    { kind: 'consumer-protection', names: { et: 'Tarbijakaitse ja Tehnilise Järelevalve Amet', en: 'Consumer Protection and Technical Regulatory Authority' } },
    { kind: 'health-regulator', names: { et: 'Terviseamet', en: 'Health Board' } },
    { kind: 'chamber-physicians', names: { et: 'Eesti Arstide Liit', en: 'Estonian Medical Association' } },
    { kind: 'chamber-dentists', names: { et: 'Eesti Hambaarstide Liit', en: 'Estonian Dental Association' } },
    { kind: 'chamber-pharmacists', names: { et: 'Eesti Apteekrite Liit', en: 'Estonian Pharmacies Association' } },
    { kind: 'chamber-nurses', names: { et: 'Eesti Õdede Liit', en: 'Estonian Nurses Union' } },
    { kind: 'chamber-architects', names: { et: 'Eesti Arhitektide Liit', en: 'Union of Estonian Architects' } },
    { kind: 'chamber-lawyers', names: { et: 'Eesti Advokatuur', en: 'Estonian Bar Association' } },
    { kind: 'chamber-notaries', names: { et: 'Notarite Koda', en: 'Chamber of Notaries' } },
    { kind: 'police', names: { et: 'Politsei- ja Piirivalveamet', en: 'Police and Border Guard Board' } },
    { kind: 'procurement-office', names: { et: 'Riigi Tugiteenuste Keskus', en: 'State Shared Service Centre' } },
    { kind: 'business-register', names: { et: 'Registrite ja Infosüsteemide Keskus', en: 'Centre of Registers and Information Systems' } },
    { kind: 'ministry-health', names: { et: 'Sotsiaalministeerium', en: 'Ministry of Social Affairs' } },
    { kind: 'ministry-interior', names: { et: 'Siseministeerium', en: 'Ministry of the Interior' } },
    { kind: 'solvit-centre', names: { et: 'SOLVIT Eesti', en: 'SOLVIT Estonia' } },
    { kind: 'chamber-commerce', names: { et: 'Eesti Kaubandus-Tööstuskoda', en: 'Estonian Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { et: '{of} Omavalitsuste Liit', en: 'Association of Local Authorities of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Elva', 'Jõhvi', 'Häädemeeste', 'Tapa'], names: { et: '{of} Linnavalitsus', en: 'City Government of {name}' } },
    { kind: 'municipality', at: 'city', except: ['Tallinn', 'Maardu', 'Keila', 'Tartu', 'Narva', 'Kohtla-Järve', 'Sillamäe', 'Pärnu', 'Rakvere'], names: { et: '{of} Vallavalitsus', en: 'Rural Municipality Government of {name}' } },
  ],
};
