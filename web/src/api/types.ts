/** The shapes of docs/API.md, as the web app reads them. */
export type Role = 'administrator' | 'allocator' | 'handler' | 'supervisor';

export interface Membership {
  authorityId: string;
  authorityName: string;
  country: string;
  roles: Role[];
  authorityStatus: 'active' | 'suspended';
}

export interface CoordinatorMandate {
  id: string;
  country: string;
  kind: 'national' | 'delegated';
  areas: string[];
  regions: string[];
}

export interface Me {
  id: string;
  email: string;
  name: string;
  preferredLanguage: string;
  /** E-mail me when something needs my action. */
  mailNotifications: boolean;
  commissionAdmin: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  memberships: Membership[];
  coordinators: CoordinatorMandate[];
}

export interface SystemInfo {
  training: boolean;
  version: string;
  uiLanguages: string[];
}

export interface Reference {
  countries: { code: string; eu: boolean; languages: string[] }[];
  languages: { code: string; endonym: string; euOfficial: boolean }[];
  legislationAreas: string[];
  roles: Role[];
}

export interface AuthorityName {
  language: string;
  name: string;
}

export interface AuthorityInput {
  names: AuthorityName[];
  country: string;
  region?: string | null;
  address: string;
  contactEmail: string;
  contactPhone?: string | null;
  languages: string[];
  /** Policy areas (catalogue codes). */
  competences: string[];
  /** Catalogue procedures the authority handles; their areas are added to `competences`. */
  procedures: string[];
  /** Professions and activities of the catalogue's taxonomy. */
  professions: string[];
}

export interface AuthoritySummary {
  id: string;
  country: string;
  region: string | null;
  status: 'active' | 'suspended';
  name: string;
  nameLanguage: string;
  names: AuthorityName[];
  competences: string[];
  procedures: string[];
  professions: string[];
  languages: string[];
}

/** What the reader may do with an authority, from the API's own access rules. */
export interface AuthorityPermissions {
  /** Change names, address, contact details, working languages. */
  update: boolean;
  /** Change region and competences too (coordinators competent for the authority). */
  rescope: boolean;
  /** Suspend it when active, reinstate it when suspended. */
  suspend: boolean;
  manageUsers: boolean;
}

export interface AuthorityProfile extends AuthoritySummary {
  address: string;
  contactEmail: string;
  contactPhone: string | null;
  createdAt: string;
  permissions: AuthorityPermissions;
}

/** A profile update: any of the fields, never the country. */
export type AuthorityPatch = Partial<Omit<AuthorityInput, 'country'>>;

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface AdministratorInput {
  email: string;
  name: string;
  preferredLanguage: string;
}

export interface RegistrationInput {
  authority: AuthorityInput;
  administrator: AdministratorInput;
}

export type RegistrationStatus = 'pending' | 'approved' | 'rejected';

export interface Registration {
  id: string;
  status: RegistrationStatus;
  authority: AuthorityInput;
  administrator: AdministratorInput;
  submittedAt?: string;
  decidedAt?: string | null;
  reason?: string | null;
  authorityId?: string | null;
}

export interface AuthorityUser {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  status?: 'pending' | 'active' | 'disabled';
  preferredLanguage?: string;
}

export interface NewAuthorityUser {
  email: string;
  name: string;
  preferredLanguage: string;
  roles: Role[];
}

export type LoginResult = { stage: 'full'; me: Me } | { stage: 'totp' } | { stage: 'totp-enrol' };

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface CountryPolicy {
  requireTotp: boolean;
}
