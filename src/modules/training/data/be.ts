import type { CountryData } from '../country-data.js';

/** Belgium: federal bodies named in Dutch, French and German; Flanders in Dutch, Wallonia in French (and German), Brussels bilingual. */
export const data: CountryData = {
  code: 'BE',
  size: 11,
  capital: 'Bruxelles',
  regions: [
    {
      name: 'Vlaanderen',
      alt: { fr: 'Flandre', de: 'Flandern', en: 'Flanders' },
      langs: ['nl'],
      streets: ['Kerkstraat', 'Stationsstraat', 'Grote Markt', 'Molenstraat', 'Dorpsstraat', 'Nieuwstraat', 'Kapelstraat', 'Schoolstraat', 'Koning Albertlaan'],
      cities: [
        { name: 'Antwerpen', zip: '20', alt: { fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' } },
        { name: 'Gent', zip: '90', alt: { fr: 'Gand', de: 'Gent', en: 'Ghent' } },
        { name: 'Brugge', zip: '80', alt: { fr: 'Bruges', de: 'Brügge', en: 'Bruges' } },
        { name: 'Leuven', zip: '30', alt: { fr: 'Louvain', de: 'Löwen', en: 'Leuven' } },
      ],
    },
    {
      name: 'Wallonie',
      alt: { nl: 'Wallonië', de: 'Wallonien', en: 'Wallonia' },
      langs: ['fr', 'de'],
      streets: ['rue de la Station', 'rue de l’Église', 'Grand-Place', 'rue du Moulin', 'chaussée de Bruxelles', 'rue Haute', 'place Saint-Lambert', 'rue des Écoles', 'avenue Reine Astrid'],
      cities: [
        { name: 'Namur', zip: '50', of: 'de Namur', alt: { nl: 'Namen', de: 'Namür', en: 'Namur' } },
        { name: 'Liège', zip: '40', of: 'de Liège', alt: { nl: 'Luik', de: 'Lüttich', en: 'Liège' } },
        { name: 'Charleroi', zip: '60', of: 'de Charleroi' },
        { name: 'Eupen', zip: '47', of: 'd’Eupen' },
      ],
    },
    {
      name: 'Bruxelles-Capitale',
      alt: { nl: 'Brussel-Hoofdstad', de: 'Brüssel-Hauptstadt', en: 'Brussels-Capital' },
      langs: ['fr', 'nl'],
      cities: [
        { name: 'Bruxelles', zip: '10', of: 'de Bruxelles', alt: { nl: 'Brussel', de: 'Brüssel', en: 'Brussels' } },
        { name: 'Ixelles', zip: '105', of: 'd’Ixelles', alt: { nl: 'Elsene' } },
        { name: 'Schaerbeek', zip: '103', of: 'de Schaerbeek', alt: { nl: 'Schaarbeek' } },
        { name: 'Anderlecht', zip: '107', of: 'd’Anderlecht' },
      ],
    },
  ],
  streets: [
    'rue de la Loi / Wetstraat', 'boulevard du Jardin Botanique / Kruidtuinlaan', 'avenue Louise / Louizalaan', 'rue Royale / Koningsstraat',
    'boulevard Anspach / Anspachlaan', 'place Rogier / Rogierplein', 'rue Haute / Hoogstraat', 'chaussée de Wavre / Waversesteenweg',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+32 # ### ## ##',
  office: { nl: 'kantoor', fr: 'antenne de', de: 'Außenstelle', en: 'Office' },
  people: {
    female: [
      'Marie', 'Anne', 'Sophie', 'Julie', 'Emma', 'Louise', 'Laura', 'Sarah', 'Charlotte', 'Els', 'An', 'Katrien', 'Nathalie',
      'Isabelle', 'Véronique', 'Martine', 'Griet', 'Lien', 'Elke', 'Hélène', 'Inge', 'Ilse', 'Céline', 'Chloé', 'Léa', 'Liesbeth',
    ],
    male: [
      'Jan', 'Pieter', 'Luc', 'Marc', 'Dirk', 'Koen', 'Bart', 'Wim', 'Geert', 'Jef', 'Jean', 'Pierre', 'Philippe', 'Michel',
      'Olivier', 'Thomas', 'Lucas', 'Maxime', 'François', 'Stijn', 'Jeroen', 'Frédéric', 'Sébastien', 'Jérôme', 'Noël',
    ],
    surnames: [
      'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert',
      'Dupont', 'Martin', 'Simon', 'Leclercq', 'Lejeune', 'Renard', 'Vermeulen', 'Van den Broeck', 'De Vos', 'Hermans', 'Michiels',
      'Lemaire', 'Lefèvre', 'Mathieu', 'Gérard', 'Declercq', 'Mélotte',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { nl: 'FOD Economie, K.M.O., Middenstand en Energie', fr: 'SPF Economie, P.M.E., Classes moyennes et Energie', de: 'FÖD Wirtschaft, KMB, Mittelstand und Energie', en: 'FPS Economy, SMEs, Self-employed and Energy' } },
    { kind: 'ministry-health', names: { nl: 'FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu', fr: 'SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement', de: 'FÖD Volksgesundheit, Sicherheit der Nahrungsmittelkette und Umwelt', en: 'FPS Public Health, Food Chain Safety and Environment' } },
    { kind: 'labour-inspectorate', names: { nl: 'Toezicht op de Sociale Wetten', fr: 'Contrôle des lois sociales', de: 'Kontrolle der Sozialgesetze', en: 'Supervision of Social Laws' } },
    { kind: 'social-security', names: { nl: 'Rijksdienst voor Sociale Zekerheid', fr: 'Office national de sécurité sociale', de: 'Landesamt für soziale Sicherheit', en: 'National Social Security Office' } },
    { kind: 'recognition-centre', region: 'Vlaanderen', city: 'Bruxelles', names: { nl: 'NARIC-Vlaanderen', en: 'NARIC Flanders' } },
    { kind: 'recognition-centre', names: { fr: 'Fédération Wallonie-Bruxelles – Service des équivalences', en: 'Wallonia-Brussels Federation – Equivalence Service' } },
    { kind: 'central-bank', names: { nl: 'Nationale Bank van België', fr: 'Banque nationale de Belgique', de: 'Belgische Nationalbank', en: 'National Bank of Belgium' } },
    { kind: 'financial-regulator', names: { nl: 'Autoriteit voor Financiële Diensten en Markten', fr: 'Autorité des services et marchés financiers', de: 'Autorität Finanzielle Dienste und Märkte', en: 'Financial Services and Markets Authority' } },
    { kind: 'ministry-labour', names: { nl: 'FOD Werkgelegenheid, Arbeid en Sociaal Overleg', fr: 'SPF Emploi, Travail et Concertation sociale', de: 'FÖD Beschäftigung, Arbeit und Soziale Konzertierung', en: 'FPS Employment, Labour and Social Dialogue' } },
    { kind: 'solvit-centre', names: { nl: 'SOLVIT België', fr: 'SOLVIT Belgique', de: 'SOLVIT Belgien', en: 'SOLVIT Belgium' } },
    { kind: 'chamber-physicians', names: { nl: 'Orde der artsen', fr: 'Ordre des médecins', en: 'Belgian Medical Council' } },
    { kind: 'chamber-pharmacists', names: { nl: 'Orde der Apothekers', fr: 'Ordre des pharmaciens', en: 'Order of Pharmacists' } },
    { kind: 'chamber-architects', names: { nl: 'Orde van Architecten', fr: 'Ordre des Architectes', en: 'Order of Architects' } },
    { kind: 'education-authority', region: 'Wallonie', city: 'Eupen', names: { de: 'Ministerium der Deutschsprachigen Gemeinschaft', fr: 'Ministère de la Communauté germanophone', nl: 'Ministerie van de Duitstalige Gemeenschap', en: 'Ministry of the German-speaking Community' } },
    { kind: 'consumer-protection', names: { nl: 'Economische Inspectie', fr: 'Inspection économique', de: 'Wirtschaftsinspektion', en: 'Economic Inspection' } },
    { kind: 'business-register', names: { nl: 'Kruispuntbank van Ondernemingen', fr: 'Banque-Carrefour des Entreprises', de: 'Zentrale Datenbank der Unternehmen', en: 'Crossroads Bank for Enterprises' } },
    { kind: 'police', names: { nl: 'Federale Politie', fr: 'Police fédérale', de: 'Föderale Polizei', en: 'Federal Police' } },
    { kind: 'railway-safety', names: { nl: 'Dienst Veiligheid en Interoperabiliteit der Spoorwegen', fr: 'Service de Sécurité et d’Interopérabilité des Chemins de fer', de: 'Dienst für Sicherheit und Interoperabilität der Eisenbahnen', en: 'Railway Safety and Interoperability Service' } },
    { kind: 'chamber-lawyers', region: 'Vlaanderen', city: 'Bruxelles', names: { nl: 'Orde van Vlaamse Balies', en: 'Flemish Bar Association' } },
    { kind: 'chamber-lawyers', names: { fr: 'Ordre des barreaux francophones et germanophone', de: 'Kammer der französischsprachigen und deutschsprachigen Rechtsanwaltschaften', en: 'Bar Association of French- and German-speaking Lawyers' } },
    { kind: 'chamber-notaries', names: { nl: 'Koninklijke Federatie van het Belgisch Notariaat', fr: 'Fédération Royale du Notariat belge', en: 'Royal Federation of Belgian Notaries' } },
    { kind: 'regional-government', region: 'Vlaanderen', city: 'Bruxelles', names: { nl: 'Vlaamse overheid – Departement Economie, Wetenschap en Innovatie', en: 'Flemish Government – Department of Economy, Science and Innovation' } },
    { kind: 'regional-government', region: 'Wallonie', names: { fr: 'Service public de Wallonie – Économie, Emploi, Recherche', de: 'Öffentlicher Dienst der Wallonie – Wirtschaft, Beschäftigung, Forschung', en: 'Public Service of Wallonia – Economy, Employment, Research' } },
    { kind: 'regional-government', region: 'Bruxelles-Capitale', names: { fr: 'Bruxelles Économie et Emploi', nl: 'Brussel Economie en Werkgelegenheid', en: 'Brussels Economy and Employment' } },
  ],
  templates: [
    { kind: 'municipality', at: 'city', names: { nl: 'Gemeentebestuur {name}', fr: 'Administration communale {of}', de: 'Gemeindeverwaltung {name}', en: 'Municipal Administration of {name}' } },
    { kind: 'police', at: 'city', names: { nl: 'Politiezone {name}', fr: 'Zone de police {of}', de: 'Polizeizone {name}', en: 'Local Police Zone {name}' } },
  ],
};
