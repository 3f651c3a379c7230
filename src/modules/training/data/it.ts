import type { CountryData } from '../country-data.js';

/** Italy: national bodies and federations of professional orders in Rome, regions, municipalities and provincial orders, Italian only. */
export const data: CountryData = {
  code: 'IT',
  size: 28,
  capital: 'Roma',
  regions: [
    {
      name: 'Lazio',
      cities: [
        { name: 'Roma', zip: '00', alt: { en: 'Rome' } },
        { name: 'Latina', zip: '04' },
        { name: 'Frosinone', zip: '03' },
        { name: 'Viterbo', zip: '01' },
      ],
    },
    {
      name: 'Lombardia',
      alt: { en: 'Lombardy' },
      cities: [
        { name: 'Milano', zip: '20', alt: { en: 'Milan' } },
        { name: 'Bergamo', zip: '24' },
        { name: 'Brescia', zip: '25' },
        { name: 'Como', zip: '22' },
      ],
    },
    {
      name: 'Campania',
      cities: [
        { name: 'Napoli', zip: '80', alt: { en: 'Naples' } },
        { name: 'Salerno', zip: '84' },
        { name: 'Caserta', zip: '81' },
      ],
    },
    {
      name: 'Piemonte',
      alt: { en: 'Piedmont' },
      cities: [
        { name: 'Torino', zip: '10', alt: { en: 'Turin' } },
        { name: 'Novara', zip: '28' },
        { name: 'Alessandria', zip: '15' },
      ],
    },
    {
      name: 'Veneto',
      cities: [
        { name: 'Venezia', zip: '30', alt: { en: 'Venice' } },
        { name: 'Verona', zip: '37' },
        { name: 'Padova', zip: '35', alt: { en: 'Padua' } },
        { name: 'Vicenza', zip: '36' },
      ],
    },
    {
      name: 'Emilia-Romagna',
      cities: [
        { name: 'Bologna', zip: '40' },
        { name: 'Modena', zip: '41' },
        { name: 'Parma', zip: '43' },
      ],
    },
    {
      name: 'Toscana',
      alt: { en: 'Tuscany' },
      cities: [
        { name: 'Firenze', zip: '50', alt: { en: 'Florence' } },
        { name: 'Pisa', zip: '56' },
        { name: 'Siena', zip: '53' },
      ],
    },
    {
      name: 'Sicilia',
      alt: { en: 'Sicily' },
      cities: [
        { name: 'Palermo', zip: '90' },
        { name: 'Catania', zip: '95' },
        { name: 'Messina', zip: '98' },
      ],
    },
  ],
  streets: [
    'Via Roma', 'Via Garibaldi', 'Via Giuseppe Mazzini', 'Corso Vittorio Emanuele II', 'Via Cavour', 'Piazza del Municipio',
    'Via XX Settembre', 'Via Dante Alighieri', 'Via Nazionale', 'Corso Italia', 'Via della Repubblica', 'Viale Europa', 'Via San Francesco d’Assisi',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '#####',
  phone: '+39 ### #######',
  office: { it: 'sede di', en: 'Office' },
  people: {
    female: [
      'Maria', 'Anna', 'Giulia', 'Francesca', 'Chiara', 'Sara', 'Laura', 'Valentina', 'Alessandra', 'Elena', 'Federica', 'Silvia',
      'Martina', 'Paola', 'Roberta', 'Giovanna', 'Lucia', 'Rosa', 'Angela', 'Caterina', 'Beatrice', 'Ilaria', 'Serena', 'Noemi', 'Aurora',
    ],
    male: [
      'Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Marco', 'Andrea', 'Alessandro', 'Luca', 'Paolo', 'Stefano',
      'Roberto', 'Matteo', 'Lorenzo', 'Davide', 'Simone', 'Fabio', 'Niccolò', 'Nicolò', 'Mattia', 'Gabriele', 'Riccardo', 'Salvatore', 'Raffaele',
    ],
    surnames: [
      'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo',
      'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro',
      'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'D’Angelo', 'Cantù', 'Fabbri',
    ],
  },
  fixed: [
    { kind: 'ministry-economy', names: { it: 'Ministero delle Imprese e del Made in Italy', en: 'Ministry of Enterprises and Made in Italy' } },
    { kind: 'recognition-centre', names: { it: 'CIMEA – Centro di Informazione sulla Mobilità e le Equivalenze Accademiche', en: 'CIMEA – Information Centre on Academic Mobility and Equivalence' } },
    { kind: 'ministry-health', names: { it: 'Ministero della Salute', en: 'Ministry of Health' } },
    { kind: 'ministry-labour', names: { it: 'Ministero del Lavoro e delle Politiche Sociali', en: 'Ministry of Labour and Social Policies' } },
    { kind: 'labour-inspectorate', names: { it: 'Ispettorato Nazionale del Lavoro', en: 'National Labour Inspectorate' } },
    { kind: 'social-security', names: { it: 'Istituto Nazionale della Previdenza Sociale', en: 'National Social Security Institute' } },
    { kind: 'central-bank', names: { it: 'Banca d’Italia', en: 'Bank of Italy' } },
    { kind: 'financial-regulator', names: { it: 'Commissione Nazionale per le Società e la Borsa', en: 'Italian Companies and Exchange Commission' } },
    { kind: 'chamber-physicians', names: { it: 'Federazione Nazionale degli Ordini dei Medici Chirurghi e degli Odontoiatri', en: 'National Federation of the Orders of Physicians, Surgeons and Dentists' } },
    { kind: 'chamber-pharmacists', names: { it: 'Federazione degli Ordini dei Farmacisti Italiani', en: 'Federation of the Orders of Italian Pharmacists' } },
    { kind: 'chamber-nurses', names: { it: 'Federazione Nazionale degli Ordini delle Professioni Infermieristiche', en: 'National Federation of the Orders of Nursing Professions' } },
    { kind: 'chamber-architects', names: { it: 'Consiglio Nazionale degli Architetti, Pianificatori, Paesaggisti e Conservatori', en: 'National Council of Architects, Planners, Landscape Architects and Conservators' } },
    { kind: 'chamber-engineers', names: { it: 'Consiglio Nazionale degli Ingegneri', en: 'National Council of Engineers' } },
    { kind: 'chamber-lawyers', names: { it: 'Consiglio Nazionale Forense', en: 'National Bar Council' } },
    { kind: 'chamber-notaries', names: { it: 'Consiglio Nazionale del Notariato', en: 'National Council of Notaries' } },
    { kind: 'consumer-protection', names: { it: 'Autorità Garante della Concorrenza e del Mercato', en: 'Italian Competition Authority' } },
    { kind: 'solvit-centre', names: { it: 'Centro SOLVIT Italia – Dipartimento per gli Affari Europei', en: 'SOLVIT Centre Italy – Department for European Affairs' } },
    { kind: 'police', names: { it: 'Polizia di Stato', en: 'State Police' } },
    { kind: 'chamber-veterinarians', names: { it: 'Federazione Nazionale Ordini Veterinari Italiani', en: 'National Federation of Italian Veterinary Orders' } },
    { kind: 'railway-safety', names: { it: 'Agenzia Nazionale per la Sicurezza delle Ferrovie e delle Infrastrutture Stradali e Autostradali', en: 'National Agency for the Safety of Railways and Road and Motorway Infrastructures' } },
    { kind: 'procurement-office', names: { it: 'Consip – Centrale acquisti della pubblica amministrazione', en: 'Consip – Central Purchasing Body of the Public Administration' } },
    { kind: 'business-register', names: { it: 'Unioncamere – Registro delle Imprese', en: 'Italian Union of Chambers of Commerce – Business Register' } },
    { kind: 'civil-registry', names: { it: 'Ministero dell’Interno – Direzione Centrale per i Servizi Demografici', en: 'Ministry of the Interior – Central Directorate for Demographic Services' } },
    { kind: 'education-authority', names: { it: 'Ministero dell’Università e della Ricerca', en: 'Ministry of University and Research' } },
    { kind: 'chamber-architects', region: 'Lombardia', names: { it: 'Ordine degli Architetti, Pianificatori, Paesaggisti e Conservatori della Provincia di Milano', en: 'Order of Architects, Planners, Landscape Architects and Conservators of the Province of Milan' } },
    { kind: 'health-regulator', names: { it: 'Istituto Superiore di Sanità', en: 'National Institute of Health' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { it: 'Regione {name}', en: 'Region of {name}' } },
    { kind: 'municipality', at: 'city', names: { it: 'Comune di {name}', en: 'Municipality of {name}' } },
    { kind: 'chamber-physicians', at: 'city', names: { it: 'Ordine dei Medici Chirurghi e degli Odontoiatri della Provincia di {name}', en: 'Order of Physicians, Surgeons and Dentists of the Province of {name}' } },
    { kind: 'trade-office', at: 'city', names: { it: 'Sportello Unico per le Attività Produttive di {name}', en: 'One-Stop Shop for Business Activities of {name}' } },
  ],
};
