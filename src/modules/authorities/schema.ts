import { z } from 'zod';
import { COUNTRY_CODES } from '../reference/countries.js';
import { LANGUAGES, UI_LANGUAGES } from '../reference/languages.js';
import { code as catalogueCode } from '../catalogue/schema.js';

/**
 * The HTTP contracts of the authorities module (docs/API.md, "Shapes"). The routes declare
 * them, fastify validates and serialises with them, and the OpenAPI document comes from them.
 */
export const ROLES = ['administrator', 'allocator', 'handler', 'supervisor'] as const;
export const MAX_NAMES = LANGUAGES.length;

const countryCode = z.enum(COUNTRY_CODES as [string, ...string[]]);
const languageCode = z.enum(LANGUAGES);
/** Policy areas, procedures and professions are catalogue codes, checked against the loaded catalogue (competences.ts). */
const MAX_CODES = 500;
const email = z.email().max(254);
/** International or national notation: digits, spaces and ( ) . / - with an optional leading +. */
const phone = z.string().trim().regex(/^\+?[0-9][0-9 ()./-]{4,29}$/, 'a telephone number such as +49 30 1234567');
const region = z.string().trim().min(1).max(100);

export const authorityName = z.object({
  language: languageCode,
  name: z.string().trim().min(2).max(300),
});

const names = z
  .array(authorityName)
  .min(1)
  .max(MAX_NAMES)
  .refine((list) => new Set(list.map((n) => n.language)).size === list.length, { message: 'one name per language' });

const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'no duplicates' });

const authorityFields = {
  names,
  region: region.nullable().optional(),
  address: z.string().trim().min(1).max(500),
  contactEmail: email,
  contactPhone: phone.nullable().optional(),
  languages: distinct(languageCode, LANGUAGES.length).min(1),
  competences: distinct(catalogueCode, MAX_CODES),
  procedures: distinct(catalogueCode, MAX_CODES).default([]),
  professions: distinct(catalogueCode, MAX_CODES).default([]),
};

export const authorityInput = z.object({ ...authorityFields, country: countryCode });
export type AuthorityInput = z.infer<typeof authorityInput>;

/** A profile update: any of the fields, never the country (an authority does not move). */
export const authorityPatch = z
  .strictObject({
    names: authorityFields.names.optional(),
    region: authorityFields.region,
    address: authorityFields.address.optional(),
    contactEmail: authorityFields.contactEmail.optional(),
    contactPhone: authorityFields.contactPhone,
    languages: authorityFields.languages.optional(),
    competences: authorityFields.competences.optional(),
    procedures: distinct(catalogueCode, MAX_CODES).optional(),
    professions: distinct(catalogueCode, MAX_CODES).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'at least one field' });
export type AuthorityPatch = z.infer<typeof authorityPatch>;

export const newAccount = z.object({
  email,
  name: z.string().trim().min(2).max(200),
  preferredLanguage: z.enum(UI_LANGUAGES as [string, ...string[]]),
});

export const registrationInput = z.object({ authority: authorityInput, administrator: newAccount });
export type RegistrationInput = z.infer<typeof registrationInput>;

export const reasonInput = z.object({ reason: z.string().trim().min(3).max(2000) });
export const reinstateInput = z.object({ reason: z.string().trim().min(3).max(2000).optional() });

const role = z.enum(ROLES);
export const rolesSet = z
  .array(role)
  .min(1)
  .max(ROLES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'no duplicates' });

export const authorityUserInput = newAccount.extend({ roles: rolesSet });
export const authorityUserRolesInput = z.object({ roles: rolesSet });

export const idParams = z.object({ id: z.uuid() });
export const authorityUserParams = z.object({ id: z.uuid(), userId: z.uuid() });

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const directoryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  country: countryCode.optional(),
  competence: catalogueCode.optional().describe('a policy area'),
  procedure: catalogueCode.optional().describe('a catalogue procedure the authority handles'),
  profession: catalogueCode.optional().describe('a profession or activity of the taxonomy'),
  status: z.enum(['active', 'suspended']).optional(),
  ...pageQuery,
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export const registrationListQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
  ...pageQuery,
});

// ---- responses ----

const nameOut = z.object({ language: z.string(), name: z.string() });

export const authoritySummary = z.object({
  id: z.string(),
  country: z.string(),
  region: z.string().nullable(),
  status: z.enum(['active', 'suspended']),
  name: z.string(),
  nameLanguage: z.string(),
  names: z.array(nameOut),
  competences: z.array(z.string()),
  procedures: z.array(z.string()),
  professions: z.array(z.string()),
  languages: z.array(z.string()),
});
export type AuthoritySummary = z.infer<typeof authoritySummary>;

export const authorityProfile = authoritySummary.extend({
  address: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  createdAt: z.string(),
});
export type AuthorityProfile = z.infer<typeof authorityProfile>;

/**
 * What the caller may do with the authority, from the same policy rules the write
 * endpoints check (access/policy.ts), so that the UI offers exactly what would succeed.
 */
export const authorityPermissions = z.object({
  /** PATCH names, address, contact details, working languages. */
  update: z.boolean(),
  /** PATCH region and competences too (a coordinator competent for the authority; the new scope is checked on save). */
  rescope: z.boolean(),
  /** Suspend it when active, reinstate it when suspended. */
  suspend: z.boolean(),
  /** Add users, change their roles, remove them. */
  manageUsers: z.boolean(),
});
export type AuthorityPermissions = z.infer<typeof authorityPermissions>;

/** A profile as one caller sees it: the profile and what the caller may do with it. */
export const authorityProfileView = authorityProfile.extend({ permissions: authorityPermissions });
export type AuthorityProfileView = z.infer<typeof authorityProfileView>;

/** A page of a list (docs/API.md: every list is paginated). */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

export const registrationView = z.object({
  id: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  authority: z.object({
    names: z.array(nameOut),
    country: z.string(),
    region: z.string().nullable(),
    address: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string().nullable(),
    languages: z.array(z.string()),
    competences: z.array(z.string()),
    procedures: z.array(z.string()),
    professions: z.array(z.string()),
  }),
  administrator: z.object({ email: z.string(), name: z.string(), preferredLanguage: z.string() }),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  authorityId: z.string().nullable(),
});
export type RegistrationView = z.infer<typeof registrationView>;

export const authorityUser = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  preferredLanguage: z.string(),
  status: z.enum(['pending', 'active', 'disabled']),
  roles: z.array(role),
});
export type AuthorityUser = z.infer<typeof authorityUser>;
