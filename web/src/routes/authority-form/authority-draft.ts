import type { AuthorityInput, AuthorityPatch, AuthorityProfile } from '../../api/types';

/**
 * The authority form as typed (strings, not yet trimmed), shared by the registration,
 * a coordinator's creation of an authority and the edit of a profile.
 */
export interface NameRow {
  key: number;
  language: string;
  name: string;
}

export interface AuthorityDraft {
  names: NameRow[];
  country: string;
  region: string;
  address: string;
  contactEmail: string;
  contactPhone: string;
  languages: string[];
  competences: string[];
  procedures: string[];
  professions: string[];
}

let nextKey = 1;

export function nameRow(language = ''): NameRow {
  return { key: nextKey++, language, name: '' };
}

export function emptyAuthorityDraft(language: string): AuthorityDraft {
  return { names: [nameRow(language)], country: '', region: '', address: '', contactEmail: '', contactPhone: '', languages: [], competences: [], procedures: [], professions: [] };
}

/** What the API receives: trimmed text, empty optional fields as null. */
export function toAuthorityInput(draft: AuthorityDraft): AuthorityInput {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    names: draft.names.map((n) => ({ language: n.language, name: n.name.trim() })),
    country: draft.country,
    region: optional(draft.region),
    address: draft.address.trim(),
    contactEmail: draft.contactEmail.trim(),
    contactPhone: optional(draft.contactPhone),
    languages: draft.languages,
    competences: draft.competences,
    procedures: draft.procedures,
    professions: draft.professions,
  };
}

/** Languages already used by another name row, which a row may not pick again. */
export function takenLanguages(rows: readonly NameRow[], except: number): Set<string> {
  return new Set(rows.filter((r) => r.key !== except && r.language).map((r) => r.language));
}

/** The form filled in with an authority's profile, for editing it. */
export function draftFromProfile(profile: AuthorityProfile): AuthorityDraft {
  return {
    names: profile.names.map((n) => ({ ...nameRow(n.language), name: n.name })),
    country: profile.country,
    region: profile.region ?? '',
    address: profile.address,
    contactEmail: profile.contactEmail,
    contactPhone: profile.contactPhone ?? '',
    languages: [...profile.languages],
    competences: [...profile.competences],
    procedures: [...profile.procedures],
    professions: [...profile.professions],
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function sameNames(a: AuthorityInput['names'], b: AuthorityInput['names']): boolean {
  return a.length === b.length && a.every((n) => b.some((m) => m.language === n.language && m.name === n.name));
}

/**
 * The PATCH body for what changed between the profile and the form: only changed fields,
 * never the country, and region and policy areas only when the reader may change them
 * (`scope`). `null` when nothing changed.
 */
export function toAuthorityPatch(draft: AuthorityDraft, profile: AuthorityProfile, options: { scope: boolean }): AuthorityPatch | null {
  const next = toAuthorityInput(draft);
  const patch: AuthorityPatch = {};
  if (!sameNames(next.names, profile.names)) patch.names = next.names;
  if (next.address !== profile.address) patch.address = next.address;
  if (next.contactEmail !== profile.contactEmail) patch.contactEmail = next.contactEmail;
  if (next.contactPhone !== profile.contactPhone) patch.contactPhone = next.contactPhone;
  if (!sameSet(next.languages, profile.languages)) patch.languages = next.languages;
  // Procedures within the authority's areas and professions are not scope: its administrator may change them.
  // A procedure of another area adds that area, which the server then checks as a change of scope.
  if (!sameSet(next.procedures, profile.procedures)) patch.procedures = next.procedures;
  if (!sameSet(next.professions, profile.professions)) patch.professions = next.professions;
  if (options.scope) {
    if (next.region !== profile.region) patch.region = next.region;
    if (!sameSet(next.competences, profile.competences)) patch.competences = next.competences;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
