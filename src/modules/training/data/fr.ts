import type { CountryData } from '../country-data.js';

/** France: national bodies in Paris, professional orders, regional councils and agencies, French only. */
export const data: CountryData = {
  code: 'FR',
  size: 30,
  capital: 'Paris',
  regions: [
    {
      name: 'Île-de-France',
      of: 'd’Île-de-France',
      cities: [
        { name: 'Paris', zip: '75', of: 'de Paris' },
        { name: 'Versailles', zip: '78', of: 'de Versailles' },
        { name: 'Créteil', zip: '94', of: 'de Créteil' },
        { name: 'Saint-Denis', zip: '93', of: 'de Saint-Denis' },
      ],
    },
    {
      name: 'Auvergne-Rhône-Alpes',
      of: 'd’Auvergne-Rhône-Alpes',
      cities: [
        { name: 'Lyon', zip: '69', of: 'de Lyon' },
        { name: 'Grenoble', zip: '38', of: 'de Grenoble' },
        { name: 'Clermont-Ferrand', zip: '63', of: 'de Clermont-Ferrand' },
        { name: 'Saint-Étienne', zip: '42', of: 'de Saint-Étienne' },
      ],
    },
    {
      name: 'Provence-Alpes-Côte d’Azur',
      of: 'de Provence-Alpes-Côte d’Azur',
      cities: [
        { name: 'Marseille', zip: '13', of: 'de Marseille', alt: { en: 'Marseilles' } },
        { name: 'Nice', zip: '06', of: 'de Nice' },
        { name: 'Toulon', zip: '83', of: 'de Toulon' },
        { name: 'Avignon', zip: '84', of: 'd’Avignon' },
      ],
    },
    {
      name: 'Occitanie',
      of: 'd’Occitanie',
      alt: { en: 'Occitania' },
      cities: [
        { name: 'Toulouse', zip: '31', of: 'de Toulouse' },
        { name: 'Montpellier', zip: '34', of: 'de Montpellier' },
        { name: 'Nîmes', zip: '30', of: 'de Nîmes' },
        { name: 'Perpignan', zip: '66', of: 'de Perpignan' },
      ],
    },
    {
      name: 'Nouvelle-Aquitaine',
      of: 'de Nouvelle-Aquitaine',
      cities: [
        { name: 'Bordeaux', zip: '33', of: 'de Bordeaux' },
        { name: 'Limoges', zip: '87', of: 'de Limoges' },
        { name: 'Poitiers', zip: '86', of: 'de Poitiers' },
        { name: 'Pau', zip: '64', of: 'de Pau' },
      ],
    },
    {
      name: 'Hauts-de-France',
      of: 'des Hauts-de-France',
      cities: [
        { name: 'Lille', zip: '59', of: 'de Lille' },
        { name: 'Amiens', zip: '80', of: 'd’Amiens' },
        { name: 'Roubaix', zip: '591', of: 'de Roubaix' },
      ],
    },
    {
      name: 'Grand Est',
      of: 'du Grand Est',
      cities: [
        { name: 'Strasbourg', zip: '67', of: 'de Strasbourg' },
        { name: 'Metz', zip: '57', of: 'de Metz' },
        { name: 'Reims', zip: '51', of: 'de Reims', alt: { en: 'Rheims' } },
        { name: 'Nancy', zip: '54', of: 'de Nancy' },
      ],
    },
    {
      name: 'Pays de la Loire',
      of: 'des Pays de la Loire',
      cities: [
        { name: 'Nantes', zip: '44', of: 'de Nantes' },
        { name: 'Angers', zip: '49', of: 'd’Angers' },
        { name: 'Le Mans', zip: '72', of: 'du Mans' },
      ],
    },
  ],
  streets: [
    'rue de la République', 'avenue Jean-Jaurès', 'rue Victor-Hugo', 'boulevard Gambetta', 'rue Pasteur', 'place de l’Hôtel-de-Ville',
    'rue du Général-de-Gaulle', 'avenue de la Gare', 'rue Nationale', 'rue de la Paix', 'boulevard Voltaire', 'rue des Écoles', 'quai de la Fontaine',
  ],
  address: '{no} {street}, {zip} {city}',
  zip: '#####',
  phone: '+33 # ## ## ## ##',
  office: { fr: 'antenne de', en: 'Office' },
  people: {
    female: [
      'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Christine', 'Valérie', 'Sandrine', 'Céline', 'Émilie', 'Camille',
      'Chloé', 'Léa', 'Manon', 'Hélène', 'Élodie', 'Aurélie', 'Julie', 'Sophie', 'Anaïs', 'Inès', 'Mathilde', 'Margaux', 'Geneviève',
    ],
    male: [
      'Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'Christophe', 'Laurent', 'Stéphane', 'Frédéric', 'Sébastien', 'Julien',
      'Thomas', 'Antoine', 'Maxime', 'Hugo', 'Lucas', 'Théo', 'Jérôme', 'François', 'Rémi', 'Benoît', 'Olivier', 'Gaël', 'Loïc',
    ],
    surnames: [
      'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
      'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier',
      'Dupont', 'Lambert', 'Bonnet', 'François', 'Chevalier', 'Gérard', 'Lemaître', 'Hébert', 'Rémy', 'Faure',
    ],
  },
  fixed: [
    { kind: 'chamber-pharmacists', names: { fr: 'Ordre national des pharmaciens', en: 'French National Order of Pharmacists' } },
    { kind: 'recognition-centre', names: { fr: 'France Éducation international – centre ENIC-NARIC France', en: 'France Education International – ENIC-NARIC France' } },
    { kind: 'chamber-physicians', names: { fr: 'Conseil national de l’Ordre des médecins', en: 'National Council of the Order of Physicians' } },
    { kind: 'ministry-economy', names: { fr: 'Ministère de l’Économie et des Finances', en: 'Ministry of the Economy and Finance' } },
    { kind: 'ministry-health', names: { fr: 'Ministère de la Santé', en: 'Ministry of Health' } },
    { kind: 'labour-inspectorate', names: { fr: 'Direction générale du travail', en: 'Directorate General of Labour' } },
    { kind: 'chamber-dentists', names: { fr: 'Ordre national des chirurgiens-dentistes', en: 'National Order of Dental Surgeons' } },
    { kind: 'chamber-nurses', names: { fr: 'Ordre national des infirmiers', en: 'National Order of Nurses' } },
    { kind: 'chamber-architects', names: { fr: 'Conseil national de l’ordre des architectes', en: 'National Council of the Order of Architects' } },
    { kind: 'social-security', names: { fr: 'Centre des liaisons européennes et internationales de sécurité sociale', en: 'Centre of European and International Liaisons for Social Security' } },
    { kind: 'consumer-protection', names: { fr: 'Direction générale de la concurrence, de la consommation et de la répression des fraudes', en: 'Directorate General for Competition Policy, Consumer Affairs and Fraud Control' } },
    { kind: 'solvit-centre', names: { fr: 'Secrétariat général des affaires européennes – SOLVIT France', en: 'General Secretariat for European Affairs – SOLVIT France' } },
    { kind: 'central-bank', names: { fr: 'Banque de France', en: 'Bank of France' } },
    { kind: 'financial-regulator', names: { fr: 'Autorité de contrôle prudentiel et de résolution', en: 'Prudential Supervision and Resolution Authority' } },
    { kind: 'ministry-labour', names: { fr: 'Ministère du Travail et de l’Emploi', en: 'Ministry of Labour and Employment' } },
    { kind: 'chamber-lawyers', names: { fr: 'Conseil national des barreaux', en: 'National Bar Council' } },
    { kind: 'chamber-notaries', names: { fr: 'Conseil supérieur du notariat', en: 'Higher Council of Notaries' } },
    { kind: 'railway-safety', city: 'Amiens', names: { fr: 'Établissement public de sécurité ferroviaire', en: 'French Railway Safety Authority' } },
    { kind: 'civil-registry', city: 'Nantes', names: { fr: 'Service central d’état civil', en: 'Central Civil Registry Service' } },
    { kind: 'business-register', names: { fr: 'Institut national de la propriété industrielle – Registre national des entreprises', en: 'National Institute of Industrial Property – National Business Register' } },
    { kind: 'police', names: { fr: 'Direction générale de la Police nationale', en: 'Directorate General of the National Police' } },
    { kind: 'procurement-office', names: { fr: 'Direction des achats de l’État', en: 'State Purchasing Directorate' } },
    { kind: 'chamber-veterinarians', names: { fr: 'Ordre national des vétérinaires', en: 'National Order of Veterinarians' } },
    { kind: 'chamber-crafts', names: { fr: 'Chambre de métiers et de l’artisanat France', en: 'Chamber of Trades and Crafts France' } },
    { kind: 'chamber-commerce', names: { fr: 'CCI France', en: 'Chambers of Commerce and Industry France' } },
    { kind: 'health-insurance', names: { fr: 'Caisse nationale de l’Assurance maladie', en: 'National Health Insurance Fund' } },
    { kind: 'financial-regulator', names: { fr: 'Autorité des marchés financiers', en: 'Financial Markets Authority' } },
    { kind: 'education-authority', names: { fr: 'Ministère de l’Enseignement supérieur et de la Recherche', en: 'Ministry of Higher Education and Research' } },
    { kind: 'health-regulator', city: 'Saint-Denis', names: { fr: 'Haute Autorité de santé', en: 'French National Authority for Health' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { fr: 'Conseil régional {of}', en: 'Regional Council of {name}' } },
    { kind: 'health-regulator', at: 'region', names: { fr: 'Agence régionale de santé {name}', en: 'Regional Health Agency {name}' } },
    { kind: 'labour-inspectorate', at: 'region', names: { fr: 'Direction régionale de l’économie, de l’emploi, du travail et des solidarités {of}', en: 'Regional Directorate for the Economy, Employment, Labour and Solidarity of {name}' } },
    { kind: 'municipality', at: 'city', names: { fr: 'Ville {of}', en: 'City of {name}' } },
  ],
};
