import type { CountryData } from '../country-data.js';

/** Luxembourg: French and German in administration (Luxembourgish is not an EU language). */
export const data: CountryData = {
  code: 'LU',
  size: 4,
  capital: 'Luxembourg',
  regions: [
    {
      name: 'Centre',
      alt: { de: 'Zentrum', en: 'Centre' },
      cities: [
        { name: 'Luxembourg', zip: '1', alt: { de: 'Luxemburg', en: 'Luxembourg' } },
        { name: 'Mersch', zip: '75' },
      ],
    },
    {
      name: 'Sud',
      alt: { de: 'Süden', en: 'South' },
      cities: [
        { name: 'Esch-sur-Alzette', zip: '4', alt: { de: 'Esch an der Alzette' } },
        { name: 'Differdange', zip: '45', alt: { de: 'Differdingen' } },
      ],
    },
    {
      name: 'Nord',
      alt: { de: 'Norden', en: 'North' },
      cities: [
        { name: 'Ettelbruck', zip: '90', alt: { de: 'Ettelbrück' } },
        { name: 'Wiltz', zip: '95' },
      ],
    },
  ],
  streets: ['rue de la Gare', 'boulevard Royal', 'avenue de la Liberté', 'rue Principale', 'route d’Arlon', 'rue de l’Église'],
  address: '{no}, {street}, L-{zip} {city}',
  zip: '####',
  phone: '+352 ## ## ##',
  office: { fr: 'antenne de', de: 'Außenstelle', en: 'office' },
  people: {
    female: ['Anne', 'Claudine', 'Martine', 'Sophie', 'Laura', 'Léa', 'Nathalie', 'Carole', 'Sandra', 'Chantal', 'Michèle', 'Joëlle'],
    male: ['Jean', 'Marc', 'Paul', 'Luc', 'Pierre', 'Tom', 'Yves', 'Gilles', 'Serge', 'Romain', 'Raphaël', 'Fernand'],
    surnames: ['Schmit', 'Muller', 'Weber', 'Wagner', 'Hoffmann', 'Thill', 'Schroeder', 'Reuter', 'Kremer', 'Klein', 'Majerus', 'Bernard', 'Feller', 'Kieffer', 'Hansen', 'Da Silva', 'Ferreira', 'Goedert'],
  },
  fixed: [
    { kind: 'ministry-economy', names: { fr: 'Ministère de l’Économie', de: 'Wirtschaftsministerium', en: 'Ministry of the Economy' } },
    { kind: 'recognition-centre', names: { fr: 'Ministère de l’Enseignement supérieur et de la Recherche – Service de la reconnaissance des diplômes', de: 'Ministerium für Hochschulwesen und Forschung – Abteilung Anerkennung von Diplomen', en: 'Ministry of Higher Education and Research – Recognition of Diplomas' } },
    { kind: 'labour-inspectorate', names: { fr: 'Inspection du travail et des mines', de: 'Gewerbeinspektion', en: 'Inspectorate of Labour and Mines' } },
    { kind: 'financial-regulator', names: { fr: 'Commission de surveillance du secteur financier', de: 'Finanzaufsichtskommission', en: 'Commission for the Supervision of the Financial Sector' } },
    { kind: 'central-bank', names: { fr: 'Banque centrale du Luxembourg', de: 'Zentralbank von Luxemburg', en: 'Central Bank of Luxembourg' } },
    { kind: 'chamber-physicians', names: { fr: 'Collège médical', de: 'Ärztekollegium', en: 'Medical College' } },
    { kind: 'chamber-crafts', names: { fr: 'Chambre des métiers', de: 'Handwerkskammer', en: 'Chamber of Skilled Trades and Crafts' } },
    { kind: 'chamber-commerce', names: { fr: 'Chambre de commerce', de: 'Handelskammer', en: 'Chamber of Commerce' } },
    { kind: 'solvit-centre', names: { fr: 'Centre SOLVIT Luxembourg', de: 'SOLVIT-Zentrum Luxemburg', en: 'SOLVIT Centre Luxembourg' } },
    { kind: 'civil-registry', names: { fr: 'Centre des technologies de l’information de l’État – état civil', de: 'Staatliches IT-Zentrum – Personenstand', en: 'State Information Technology Centre – civil status' } },
  ],
  templates: [
    { kind: 'municipality', at: 'city', names: { fr: 'Administration communale de {name}', de: 'Gemeindeverwaltung {name}', en: 'Municipality of {name}' } },
  ],
};
