import type { CountryData } from '../country-data.js';

/** Greece: Greek; administrative regions (περιφέρειες) and municipalities with genitive forms. */
export const data: CountryData = {
  code: 'EL',
  size: 10,
  capital: 'Αθήνα',
  regions: [
    {
      name: 'Αττική',
      of: 'Αττικής',
      alt: { en: 'Attica' },
      cities: [
        { name: 'Αθήνα', zip: '10', of: 'Αθηναίων', alt: { en: 'Athens' } },
        { name: 'Πειραιάς', zip: '185', of: 'Πειραιά', alt: { en: 'Piraeus' } },
        { name: 'Περιστέρι', zip: '121', of: 'Περιστερίου', alt: { en: 'Peristeri' } },
      ],
    },
    {
      name: 'Κεντρική Μακεδονία',
      of: 'Κεντρικής Μακεδονίας',
      alt: { en: 'Central Macedonia' },
      cities: [
        { name: 'Θεσσαλονίκη', zip: '54', of: 'Θεσσαλονίκης', alt: { en: 'Thessaloniki' } },
        { name: 'Σέρρες', zip: '621', of: 'Σερρών', alt: { en: 'Serres' } },
        { name: 'Κατερίνη', zip: '601', of: 'Κατερίνης', alt: { en: 'Katerini' } },
      ],
    },
    {
      name: 'Κρήτη',
      of: 'Κρήτης',
      alt: { en: 'Crete' },
      cities: [
        { name: 'Ηράκλειο', zip: '71', of: 'Ηρακλείου', alt: { en: 'Heraklion' } },
        { name: 'Χανιά', zip: '731', of: 'Χανίων', alt: { en: 'Chania' } },
        { name: 'Ρέθυμνο', zip: '741', of: 'Ρεθύμνης', alt: { en: 'Rethymno' } },
      ],
    },
    {
      name: 'Δυτική Ελλάδα',
      of: 'Δυτικής Ελλάδας',
      alt: { en: 'Western Greece' },
      cities: [
        { name: 'Πάτρα', zip: '26', of: 'Πατρέων', alt: { en: 'Patras' } },
        { name: 'Αγρίνιο', zip: '301', of: 'Αγρινίου', alt: { en: 'Agrinio' } },
        { name: 'Πύργος', zip: '271', of: 'Πύργου', alt: { en: 'Pyrgos' } },
      ],
    },
    {
      name: 'Θεσσαλία',
      of: 'Θεσσαλίας',
      alt: { en: 'Thessaly' },
      cities: [
        { name: 'Λάρισα', zip: '41', of: 'Λαρισαίων', alt: { en: 'Larissa' } },
        { name: 'Βόλος', zip: '38', of: 'Βόλου', alt: { en: 'Volos' } },
        { name: 'Τρίκαλα', zip: '421', of: 'Τρικκαίων', alt: { en: 'Trikala' } },
      ],
    },
    {
      name: 'Ήπειρος',
      of: 'Ηπείρου',
      alt: { en: 'Epirus' },
      cities: [
        { name: 'Ιωάννινα', zip: '45', of: 'Ιωαννιτών', alt: { en: 'Ioannina' } },
        { name: 'Άρτα', zip: '471', of: 'Αρταίων', alt: { en: 'Arta' } },
      ],
    },
    {
      name: 'Ανατολική Μακεδονία και Θράκη',
      of: 'Ανατολικής Μακεδονίας και Θράκης',
      alt: { en: 'Eastern Macedonia and Thrace' },
      cities: [
        { name: 'Κομοτηνή', zip: '691', of: 'Κομοτηνής', alt: { en: 'Komotini' } },
        { name: 'Καβάλα', zip: '65', of: 'Καβάλας', alt: { en: 'Kavala' } },
        { name: 'Αλεξανδρούπολη', zip: '681', of: 'Αλεξανδρούπολης', alt: { en: 'Alexandroupoli' } },
      ],
    },
  ],
  streets: [
    'Πανεπιστημίου', 'Σταδίου', 'Ερμού', 'Αθηνάς', 'Λεωφόρος Βασιλίσσης Σοφίας', 'Λεωφόρος Συγγρού', 'Εγνατίας', 'Τσιμισκή',
    'Ελευθερίου Βενιζέλου', 'Κολοκοτρώνη', 'Μητροπόλεως', 'Ιπποκράτους', 'Αγίου Δημητρίου', '25ης Μαρτίου',
  ],
  address: '{street} {no}, {zip} {city}',
  zip: '### ##',
  phone: '+30 2## ### ####',
  office: { el: 'Υποκατάστημα', en: 'Branch' },
  people: {
    female: [
      'Μαρία', 'Ελένη', 'Αικατερίνη', 'Βασιλική', 'Σοφία', 'Αγγελική', 'Γεωργία', 'Δήμητρα', 'Κωνσταντίνα', 'Παρασκευή', 'Ιωάννα',
      'Χριστίνα', 'Ευαγγελία', 'Αναστασία', 'Φωτεινή', 'Δέσποινα', 'Ειρήνη', 'Θεοδώρα', 'Αλεξάνδρα', 'Ευτυχία', 'Παναγιώτα',
      'Σταυρούλα', 'Χρυσούλα', 'Νικολέτα',
    ],
    male: [
      'Γεώργιος', 'Ιωάννης', 'Κωνσταντίνος', 'Δημήτριος', 'Νικόλαος', 'Παναγιώτης', 'Βασίλειος', 'Χρήστος', 'Αθανάσιος', 'Μιχαήλ',
      'Ευάγγελος', 'Σπυρίδων', 'Αντώνιος', 'Αναστάσιος', 'Θεόδωρος', 'Ανδρέας', 'Χαράλαμπος', 'Ηλίας', 'Εμμανουήλ', 'Σταύρος',
      'Αλέξανδρος', 'Πέτρος', 'Στυλιανός', 'Θωμάς',
    ],
    surnames: {
      female: [
        'Παπαδοπούλου', 'Παπαγεωργίου', 'Οικονόμου', 'Γεωργίου', 'Παπαδάκη', 'Βασιλείου', 'Νικολάου', 'Καραγιάννη', 'Μακρή',
        'Ιωαννίδου', 'Γεωργιάδου', 'Παπανικολάου', 'Αθανασίου', 'Δημητρίου', 'Κωνσταντινίδου', 'Αντωνίου', 'Πετροπούλου',
        'Αλεξίου', 'Χριστοδούλου', 'Παππά', 'Μαυρίδου', 'Σταματοπούλου', 'Κωνσταντοπούλου', 'Ζαχαρίου', 'Λαμπράκη',
        'Αναγνώστου', 'Τσολάκη', 'Κυριακίδου', 'Μιχαηλίδου', 'Παναγιώτου',
      ],
      male: [
        'Παπαδόπουλος', 'Παπαγεωργίου', 'Οικονόμου', 'Γεωργίου', 'Παπαδάκης', 'Βασιλείου', 'Νικολάου', 'Καραγιάννης', 'Μακρής',
        'Ιωαννίδης', 'Γεωργιάδης', 'Παπανικολάου', 'Αθανασίου', 'Δημητρίου', 'Κωνσταντινίδης', 'Αντωνίου', 'Πετρόπουλος',
        'Αλεξίου', 'Χριστοδούλου', 'Παππάς', 'Μαυρίδης', 'Σταματόπουλος', 'Κωνσταντόπουλος', 'Ζαχαρίου', 'Λαμπράκης',
        'Αναγνώστου', 'Τσολάκης', 'Κυριακίδης', 'Μιχαηλίδης', 'Παναγιώτου',
      ],
    },
  },
  fixed: [
    { kind: 'ministry-economy', names: { el: 'Υπουργείο Ανάπτυξης', en: 'Ministry of Development' } },
    { kind: 'chamber-physicians', names: { el: 'Πανελλήνιος Ιατρικός Σύλλογος', en: 'Panhellenic Medical Association' } },
    { kind: 'central-bank', names: { el: 'Τράπεζα της Ελλάδος', en: 'Bank of Greece' } },
    { kind: 'recognition-centre', names: { el: 'Διεπιστημονικός Οργανισμός Αναγνώρισης Τίτλων Ακαδημαϊκών και Πληροφόρησης', en: 'Hellenic NARIC (DOATAP)' } },
    { kind: 'labour-inspectorate', names: { el: 'Επιθεώρηση Εργασίας', en: 'Labour Inspectorate' } },
    { kind: 'social-security', names: { el: 'Ηλεκτρονικός Εθνικός Φορέας Κοινωνικής Ασφάλισης', en: 'Electronic National Social Security Fund' } },
    { kind: 'consumer-protection', names: { el: 'Γενική Γραμματεία Εμπορίου', en: 'General Secretariat of Commerce' } },
    { kind: 'financial-regulator', names: { el: 'Επιτροπή Κεφαλαιαγοράς', en: 'Hellenic Capital Market Commission' } },
    { kind: 'chamber-pharmacists', names: { el: 'Πανελλήνιος Φαρμακευτικός Σύλλογος', en: 'Panhellenic Pharmaceutical Association' } },
    { kind: 'chamber-dentists', names: { el: 'Ελληνική Οδοντιατρική Ομοσπονδία', en: 'Hellenic Dental Association' } },
    { kind: 'chamber-nurses', names: { el: 'Ένωση Νοσηλευτών Ελλάδος', en: 'Hellenic Nurses Association' } },
    { kind: 'chamber-engineers', names: { el: 'Τεχνικό Επιμελητήριο Ελλάδας', en: 'Technical Chamber of Greece' } },
    { kind: 'chamber-lawyers', names: { el: 'Ολομέλεια των Δικηγορικών Συλλόγων Ελλάδος', en: 'Plenary of the Bar Associations of Greece' } },
    { kind: 'chamber-notaries', names: { el: 'Συντονιστική Επιτροπή Συμβολαιογραφικών Συλλόγων Ελλάδος', en: 'Coordinating Committee of the Notarial Associations of Greece' } },
    { kind: 'railway-safety', names: { el: 'Ρυθμιστική Αρχή Σιδηροδρόμων', en: 'Regulatory Authority for Railways' } },
    { kind: 'procurement-office', names: { el: 'Ενιαία Ανεξάρτητη Αρχή Δημοσίων Συμβάσεων', en: 'Hellenic Single Public Procurement Authority' } },
    { kind: 'police', names: { el: 'Ελληνική Αστυνομία', en: 'Hellenic Police' } },
    { kind: 'business-register', names: { el: 'Γενικό Εμπορικό Μητρώο', en: 'General Commercial Registry' } },
    { kind: 'ministry-health', names: { el: 'Υπουργείο Υγείας', en: 'Ministry of Health' } },
    { kind: 'ministry-interior', names: { el: 'Υπουργείο Εσωτερικών', en: 'Ministry of the Interior' } },
    { kind: 'ministry-labour', names: { el: 'Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης', en: 'Ministry of Labour and Social Security' } },
    { kind: 'solvit-centre', names: { el: 'Κέντρο SOLVIT Ελλάδας', en: 'SOLVIT Centre Greece' } },
    { kind: 'chamber-physicians', region: 'Αττική', names: { el: 'Ιατρικός Σύλλογος Αθηνών', en: 'Athens Medical Association' } },
    { kind: 'chamber-physicians', region: 'Κεντρική Μακεδονία', names: { el: 'Ιατρικός Σύλλογος Θεσσαλονίκης', en: 'Medical Association of Thessaloniki' } },
    { kind: 'chamber-commerce', region: 'Αττική', names: { el: 'Εμπορικό και Βιομηχανικό Επιμελητήριο Αθηνών', en: 'Athens Chamber of Commerce and Industry' } },
  ],
  templates: [
    { kind: 'regional-government', at: 'region', names: { el: 'Περιφέρεια {of}', en: 'Region of {name}' } },
    { kind: 'municipality', at: 'city', names: { el: 'Δήμος {of}', en: 'Municipality of {name}' } },
  ],
};
