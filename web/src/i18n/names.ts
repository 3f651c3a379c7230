/**
 * Names of countries and languages in the reader's language, from the browser's CLDR data
 * (Intl.DisplayNames), so they exist in all 24 languages without translation work.
 */
const displayNames = new Map<string, Intl.DisplayNames>();

function names(language: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${language}:${type}`;
  let instance = displayNames.get(key);
  if (!instance) {
    instance = new Intl.DisplayNames([language, 'en'], { type, fallback: 'code' });
    displayNames.set(key, instance);
  }
  return instance;
}

/** The EU writes Greece as EL; ISO 3166 (and so Intl) as GR. */
export function isoRegionCode(country: string): string {
  return country === 'EL' ? 'GR' : country;
}

export function countryName(country: string, language: string): string {
  return names(language, 'region').of(isoRegionCode(country)) ?? country;
}

export function languageName(code: string, language: string): string {
  return names(language, 'language').of(code) ?? code;
}

/** Sorts labelled options in the reader's alphabetical order. */
export function sortByLabel<T extends { label: string }>(items: readonly T[], language: string): T[] {
  const collator = new Intl.Collator(language);
  return [...items].sort((a, b) => collator.compare(a.label, b.label));
}
