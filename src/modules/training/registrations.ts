import type { TrainingArea } from './areas.js';
import { TRAINING_DOMAIN } from './demo-logins.js';
import { trainingUuid } from './ids.js';

/**
 * Registrations waiting in the training world, so that the demo coordinators have
 * something to approve or reject: new authorities asking to join, in their own language.
 * The Bavarian one falls in the delegated coordinator's scope (professional qualifications
 * in Bayern) as well as the national coordinator's.
 */
export interface TrainingRegistration {
  id: string;
  country: string;
  region: string | null;
  competences: TrainingArea[];
  authority: {
    names: Array<{ language: string; name: string }>;
    address: string;
    contactEmail: string;
    contactPhone: string | null;
    languages: string[];
  };
  administrator: { email: string; name: string; preferredLanguage: string };
  /** Submitted this many days before the world is loaded. */
  daysAgo: number;
}

const mail = (country: string, local: string) => `${local}@${country.toLowerCase()}.${TRAINING_DOMAIN}`;

const REGISTRATIONS: Array<Omit<TrainingRegistration, 'id'>> = [
  {
    country: 'DE', region: 'Bayern', competences: ['professional-qualifications'], daysAgo: 2,
    authority: {
      names: [{ language: 'de', name: 'Psychotherapeutenkammer Bayern' }, { language: 'en', name: 'Bavarian Chamber of Psychotherapists' }],
      address: 'Birketweg 30, 80639 München', contactEmail: mail('DE', 'info.ptk-bayern'), contactPhone: '+49 89 5155550', languages: ['de', 'en'],
    },
    administrator: { email: mail('DE', 'applicant.andrea.brandl'), name: 'Andrea Brandl', preferredLanguage: 'de' },
  },
  {
    country: 'DE', region: 'Hessen', competences: ['services', 'consumer-protection'], daysAgo: 5,
    authority: {
      names: [{ language: 'de', name: 'Regierungspräsidium Darmstadt – Verbraucherschutz' }],
      address: 'Luisenplatz 2, 64283 Darmstadt', contactEmail: mail('DE', 'verbraucherschutz.rpda'), contactPhone: '+49 6151 120', languages: ['de'],
    },
    administrator: { email: mail('DE', 'applicant.tobias.lehmann'), name: 'Tobias Lehmann', preferredLanguage: 'de' },
  },
  {
    country: 'PT', region: null, competences: ['professional-qualifications'], daysAgo: 1,
    authority: {
      names: [{ language: 'pt', name: 'Ordem dos Nutricionistas' }, { language: 'en', name: 'Portuguese Order of Nutritionists' }],
      address: 'Rua Professor Mota Pinto, 42 F, 4100-353 Porto', contactEmail: mail('PT', 'geral.ordemnutricionistas'), contactPhone: '+351 22 208 5981', languages: ['pt', 'en'],
    },
    administrator: { email: mail('PT', 'applicant.catarina.lopes'), name: 'Catarina Lopes', preferredLanguage: 'pt' },
  },
  {
    country: 'LT', region: null, competences: ['professional-qualifications'], daysAgo: 3,
    authority: {
      names: [{ language: 'lt', name: 'Lietuvos psichologų sąjunga' }, { language: 'en', name: 'Lithuanian Psychological Association' }],
      address: 'Universiteto g. 9, LT-01513 Vilnius', contactEmail: mail('LT', 'info.psichologai'), contactPhone: '+370 5 212 3456', languages: ['lt', 'en'],
    },
    administrator: { email: mail('LT', 'applicant.gintare.jankauskaite'), name: 'Gintarė Jankauskaitė', preferredLanguage: 'lt' },
  },
  {
    country: 'FR', region: null, competences: ['professional-qualifications', 'patients-rights'], daysAgo: 4,
    authority: {
      names: [{ language: 'fr', name: 'Ordre des masseurs-kinésithérapeutes' }],
      address: '91 bis, boulevard Saint-Michel, 75005 Paris', contactEmail: mail('FR', 'contact.ordremk'), contactPhone: '+33 1 46 22 32 97', languages: ['fr'],
    },
    administrator: { email: mail('FR', 'applicant.claire.dubois'), name: 'Claire Dubois', preferredLanguage: 'fr' },
  },
];

export function trainingRegistrations(seed: number): TrainingRegistration[] {
  return REGISTRATIONS.map((r, i) => ({ ...r, id: trainingUuid(seed, 'registration', String(i)) }));
}
