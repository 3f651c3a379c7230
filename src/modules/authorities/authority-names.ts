import { findCountry } from '../reference/countries.js';

/**
 * Which of an authority's names to show. An authority is named in one or more languages;
 * its national-language names come first (in the order of the country's official
 * languages), then the others by language code. A reader sees the name in their own
 * language if the authority has one, else the first name of that order.
 * The directory query applies the same rule in SQL (directory.ts); the tests hold them together.
 */
export interface AuthorityName {
  language: string;
  name: string;
}

function nationalRank(countryLanguages: readonly string[], language: string): number {
  const i = countryLanguages.indexOf(language);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

export function orderNames<T extends AuthorityName>(names: readonly T[], country: string): T[] {
  const national = findCountry(country)?.languages ?? [];
  return [...names].sort(
    (a, b) => nationalRank(national, a.language) - nationalRank(national, b.language) || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0),
  );
}

export function displayName<T extends AuthorityName>(names: readonly T[], country: string, readerLanguage: string): T {
  const ordered = orderNames(names, country);
  const chosen = ordered.find((n) => n.language === readerLanguage) ?? ordered[0];
  if (!chosen) throw new Error('an authority always has at least one name');
  return chosen;
}
