import type { CountryData } from '../country-data.js';

/** Cyprus: Greek and English (both official in practice); districts (επαρχίες) and municipalities. */
export const data: CountryData = {
  code: 'CY',
  size: 4,
  capital: 'Λευκωσία',
  regions: [
    {
      name: 'Λευκωσία',
      of: 'Λευκωσίας',
      alt: { en: 'Nicosia' },
      cities: [
        { name: 'Λευκωσία', zip: '10', of: 'Λευκωσίας', alt: { en: 'Nicosia' } },
        { name: 'Στρόβολος', zip: '20', of: 'Στροβόλου', alt: { en: 'Strovolos' } },
        { name: 'Λακατάμια', zip: '23', of: 'Λακατάμιας', alt: { en: 'Lakatamia' } },
      ],
    },
    {
      name: 'Λεμεσός',
      of: 'Λεμεσού',
      alt: { en: 'Limassol' },
      cities: [
        { name: 'Λεμεσός', zip: '30', of: 'Λεμεσού', alt: { en: 'Limassol' } },
        { name: 'Γερμασόγεια', zip: '40', of: 'Γερμασόγειας', alt: { en: 'Germasogeia' } },
      ],
    },
    {
      name: 'Λάρνακα',
      of: 'Λάρνακας',
      alt: { en: 'Larnaca' },
      cities: [
        { name: 'Λάρνακα', zip: '60', of: 'Λάρνακας', alt: { en: 'Larnaca' } },
        { name: 'Αραδίππου', zip: '71', of: 'Αραδίππου', alt: { en: 'Aradippou' } },
      ],
    },
    {
      name: 'Πάφος',
      of: 'Πάφου',
      alt: { en: 'Paphos' },
      cities: [
        { name: 'Πάφος', zip: '80', of: 'Πάφου', alt: { en: 'Paphos' } },
        { name: 'Πόλη Χρυσοχούς', zip: '88', of: 'Πόλης Χρυσοχούς', alt: { en: 'Polis Chrysochous' } },
      ],
    },
    {
      name: 'Αμμόχωστος',
      of: 'Αμμοχώστου',
      alt: { en: 'Famagusta' },
      cities: [
        { name: 'Παραλίμνι', zip: '52', of: 'Παραλιμνίου', alt: { en: 'Paralimni' } },
        { name: 'Αγία Νάπα', zip: '53', of: 'Αγίας Νάπας', alt: { en: 'Ayia Napa' } },
      ],
    },
  ],
  streets: [
    'Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄', 'Λήδρας', 'Λεωφόρος Αρχιεπισκόπου Κυπριανού', 'Λεωφόρος Γρίβα Διγενή', 'Λεωφόρος Ευαγόρου',
    'Ζήνωνος Κιτιέως', 'Λεωφόρος Σπύρου Κυπριανού', 'Ανεξαρτησίας', 'Λεωφόρος Στασίνου', 'Αγίου Ανδρέου', 'Λεωφόρος Αθαλάσσης',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '####',
  phone: '+357 2# ######',
  office: { el: 'Επαρχιακό Γραφείο', en: 'District Office' },
  people: {
    female: [
      'Μαρία', 'Ελένη', 'Άντρη', 'Χρυστάλλα', 'Γεωργία', 'Αναστασία', 'Στέλλα', 'Παναγιώτα', 'Ανδρούλλα', 'Χριστίνα', 'Κατερίνα',
      'Ραφαέλλα', 'Δέσποινα', 'Μαρίνα', 'Έλενα', 'Σοφία', 'Ευανθία', 'Χαρούλα', 'Κωνσταντίνα', 'Ιωάννα', 'Νίκη', 'Θεοδώρα',
    ],
    male: [
      'Ανδρέας', 'Γιώργος', 'Κώστας', 'Μιχάλης', 'Χαράλαμπος', 'Χρίστος', 'Νίκος', 'Σάββας', 'Παναγιώτης', 'Στέλιος', 'Μάριος',
      'Λοΐζος', 'Κυριάκος', 'Σωτήρης', 'Πέτρος', 'Δημήτρης', 'Ευάγγελος', 'Θεόδωρος', 'Αχιλλέας', 'Ευαγόρας', 'Νεόφυτος', 'Σταύρος',
    ],
    surnames: {
      female: [
        'Χαραλάμπους', 'Κωνσταντίνου', 'Ιωάννου', 'Γεωργίου', 'Χριστοδούλου', 'Νικολάου', 'Παπαδοπούλου', 'Ευαγγέλου', 'Αντωνίου',
        'Σάββα', 'Ανδρέου', 'Κυριάκου', 'Λοΐζου', 'Παναγή', 'Χατζηγεωργίου', 'Χατζηνικολάου', 'Ευθυμίου', 'Σταύρου', 'Στυλιανού',
        'Πέτρου', 'Ιακώβου', 'Σωτηρίου', 'Κωνσταντινίδου', 'Θεοδώρου', 'Πολυδώρου', 'Χριστοφόρου', 'Γρηγορίου',
      ],
      male: [
        'Χαραλάμπους', 'Κωνσταντίνου', 'Ιωάννου', 'Γεωργίου', 'Χριστοδούλου', 'Νικολάου', 'Παπαδόπουλος', 'Ευαγγέλου', 'Αντωνίου',
        'Σάββα', 'Ανδρέου', 'Κυριάκου', 'Λοΐζου', 'Παναγή', 'Χατζηγεωργίου', 'Χατζηνικολάου', 'Ευθυμίου', 'Σταύρου', 'Στυλιανού',
        'Πέτρου', 'Ιακώβου', 'Σωτηρίου', 'Κωνσταντινίδης', 'Θεοδώρου', 'Πολυδώρου', 'Χριστοφόρου', 'Γρηγορίου',
      ],
    },
  },
  fixed: [
    { kind: 'ministry-economy', names: { el: 'Υπουργείο Ενέργειας, Εμπορίου και Βιομηχανίας', en: 'Ministry of Energy, Commerce and Industry' } },
    { kind: 'chamber-physicians', names: { el: 'Παγκύπριος Ιατρικός Σύλλογος', en: 'Cyprus Medical Association' } },
    { kind: 'central-bank', names: { el: 'Κεντρική Τράπεζα της Κύπρου', en: 'Central Bank of Cyprus' } },
    { kind: 'recognition-centre', names: { el: 'Κυπριακό Συμβούλιο Αναγνώρισης Τίτλων Σπουδών', en: 'Cyprus Council for the Recognition of Higher Education Qualifications' } },
    { kind: 'labour-inspectorate', names: { el: 'Τμήμα Επιθεώρησης Εργασίας', en: 'Department of Labour Inspection' } },
    { kind: 'social-security', names: { el: 'Υπηρεσίες Κοινωνικών Ασφαλίσεων', en: 'Social Insurance Services' } },
    { kind: 'consumer-protection', names: { el: 'Υπηρεσία Προστασίας Καταναλωτή', en: 'Consumer Protection Service' } },
    { kind: 'financial-regulator', names: { el: 'Επιτροπή Κεφαλαιαγοράς Κύπρου', en: 'Cyprus Securities and Exchange Commission' } },
    { kind: 'chamber-pharmacists', names: { el: 'Παγκύπριος Φαρμακευτικός Σύλλογος', en: 'Pancyprian Pharmaceutical Association' } },
    { kind: 'chamber-dentists', names: { el: 'Κυπριακός Οδοντιατρικός Σύλλογος', en: 'Cyprus Dental Association' } },
    { kind: 'chamber-engineers', names: { el: 'Επιστημονικό Τεχνικό Επιμελητήριο Κύπρου', en: 'Cyprus Scientific and Technical Chamber' } },
    { kind: 'chamber-lawyers', names: { el: 'Παγκύπριος Δικηγορικός Σύλλογος', en: 'Cyprus Bar Association' } },
    { kind: 'chamber-nurses', names: { el: 'Κυπριακός Σύνδεσμος Νοσηλευτών και Μαιών', en: 'Cyprus Nurses and Midwives Association' } },
    { kind: 'police', names: { el: 'Αστυνομία Κύπρου', en: 'Cyprus Police' } },
    { kind: 'business-register', names: { el: 'Τμήμα Εφόρου Εταιρειών και Διανοητικής Ιδιοκτησίας', en: 'Department of Registrar of Companies and Intellectual Property' } },
    { kind: 'procurement-office', names: { el: 'Γενικό Λογιστήριο της Δημοκρατίας', en: 'Treasury of the Republic of Cyprus' } },
    { kind: 'civil-registry', names: { el: 'Τμήμα Αρχείου Πληθυσμού και Μετανάστευσης', en: 'Civil Registry and Migration Department' } },
    { kind: 'ministry-health', names: { el: 'Υπουργείο Υγείας', en: 'Ministry of Health' } },
    { kind: 'ministry-interior', names: { el: 'Υπουργείο Εσωτερικών', en: 'Ministry of Interior' } },
    { kind: 'solvit-centre', names: { el: 'Κέντρο SOLVIT Κύπρου', en: 'SOLVIT Centre Cyprus' } },
    { kind: 'chamber-commerce', names: { el: 'Κυπριακό Εμπορικό και Βιομηχανικό Επιμελητήριο', en: 'Cyprus Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { el: 'Επαρχιακή Διοίκηση {of}', en: '{name} District Administration' } },
    { kind: 'municipality', at: 'city', names: { el: 'Δήμος {of}', en: '{name} Municipality' } },
  ],
};
