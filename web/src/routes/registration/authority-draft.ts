import type { AuthorityInput } from '../../api/types';

/** The authority part of the registration form, as typed (strings, not yet trimmed). */
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
}

let nextKey = 1;

export function nameRow(language = ''): NameRow {
  return { key: nextKey++, language, name: '' };
}

export function emptyAuthorityDraft(language: string): AuthorityDraft {
  return { names: [nameRow(language)], country: '', region: '', address: '', contactEmail: '', contactPhone: '', languages: [], competences: [] };
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
  };
}

/** Languages already used by another name row, which a row may not pick again. */
export function takenLanguages(rows: readonly NameRow[], except: number): Set<string> {
  return new Set(rows.filter((r) => r.key !== except && r.language).map((r) => r.language));
}
