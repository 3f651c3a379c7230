import type { AuthorityRole } from '../../db/schema/index.js';
import type { TrainingArea } from './areas.js';

/** Every training address ends in this domain, which receives no mail. */
export const TRAINING_DOMAIN = 'training.openimi.eu';

/**
 * The one password of every training account: a passphrase that passes the password
 * policy (checked by the tests) and is printed on the training start page.
 */
export const TRAINING_PASSWORD = 'practise-exchanges-safely';

export interface DemoAccount {
  email: string;
  role: string;
  description: string;
  name: string;
  language: string;
  /** Where the account belongs; absent for the Commission. */
  country?: string;
  commissionAdmin?: boolean;
  coordinator?: { kind: 'national' | 'delegated'; areas: TrainingArea[]; regions: string[] };
  /** Member of the authority with this main-language name in `country`. */
  membership?: { authority: string; roles: AuthorityRole[] };
}

const at = (local: string) => `${local}@${TRAINING_DOMAIN}`;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: at('coordinator.de'), role: 'national coordinator', description: 'National coordinator of Germany',
    name: 'Katharina Schäfer', language: 'de', country: 'DE', coordinator: { kind: 'national', areas: [], regions: [] },
  },
  {
    email: at('coordinator.pt'), role: 'national coordinator', description: 'National coordinator of Portugal',
    name: 'Inês Gonçalves', language: 'pt', country: 'PT', coordinator: { kind: 'national', areas: [], regions: [] },
  },
  {
    email: at('coordinator.lt'), role: 'national coordinator', description: 'National coordinator of Lithuania (works in Lithuanian)',
    name: 'Žydrūnė Petrauskienė', language: 'lt', country: 'LT', coordinator: { kind: 'national', areas: [], regions: [] },
  },
  {
    email: at('delegated.de'), role: 'delegated coordinator', description: 'Delegated coordinator of Germany for professional qualifications in Bayern',
    name: 'Matthias Huber', language: 'de', country: 'DE',
    coordinator: { kind: 'delegated', areas: ['professional-qualifications'], regions: ['Bayern'] },
  },
  {
    email: at('admin.de'), role: 'authority administrator', description: 'Administrator, allocator and supervisor of the Bayerische Landesärztekammer (DE)',
    name: 'Sabine Köhler', language: 'de', country: 'DE',
    membership: { authority: 'Bayerische Landesärztekammer', roles: ['administrator', 'allocator', 'supervisor'] },
  },
  {
    email: at('handler.de'), role: 'authority handler', description: 'Handler at the Bayerische Landesärztekammer (DE)',
    name: 'Jürgen Weiß', language: 'de', country: 'DE',
    membership: { authority: 'Bayerische Landesärztekammer', roles: ['handler'] },
  },
  {
    email: at('admin.pt'), role: 'authority administrator', description: 'Administrator, allocator and supervisor of the Ordem dos Arquitectos (PT)',
    name: 'João Ferreira', language: 'pt', country: 'PT',
    membership: { authority: 'Ordem dos Arquitectos', roles: ['administrator', 'allocator', 'supervisor'] },
  },
  {
    email: at('handler.pt'), role: 'authority handler', description: 'Handler at the Ordem dos Arquitectos (PT)',
    name: 'Ana Sofia Marques', language: 'pt', country: 'PT',
    membership: { authority: 'Ordem dos Arquitectos', roles: ['handler'] },
  },
  {
    email: at('admin.lt'), role: 'authority administrator', description: 'Administrator, allocator and handler of Lietuvos architektų rūmai (LT), Lithuanian interface',
    name: 'Rūta Kazlauskienė', language: 'lt', country: 'LT',
    membership: { authority: 'Lietuvos architektų rūmai', roles: ['administrator', 'allocator', 'handler'] },
  },
  {
    email: at('handler.fr'), role: 'authority handler', description: 'Allocator and handler at the Ordre national des pharmaciens (FR)',
    name: 'Hélène Moreau', language: 'fr', country: 'FR',
    membership: { authority: 'Ordre national des pharmaciens', roles: ['allocator', 'handler'] },
  },
  {
    email: at('commission'), role: 'Commission administrator', description: 'Administrator at the European Commission (catalogue, statistics)',
    name: 'Marta Lindqvist', language: 'en', commissionAdmin: true,
  },
];

/** The accounts to show on the training start page. */
export const DEMO_LOGINS: { email: string; role: string; description: string }[] = DEMO_ACCOUNTS.map(({ email, role, description }) => ({
  email,
  role,
  description,
}));

/** Names of the authorities the demo accounts belong to, by country. */
export function demoAuthorityNames(country: string): string[] {
  return DEMO_ACCOUNTS.filter((a) => a.country === country && a.membership).map((a) => a.membership!.authority);
}
