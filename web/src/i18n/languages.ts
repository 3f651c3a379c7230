/**
 * The 24 languages the user interface is offered in. GET /api/v1/system is the authority
 * at run time; this list only decides the language of the very first render.
 */
export const UI_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: UiLanguage = 'en';

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return !!value && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** `pt-BR` → `pt`, `EL` → `el`; null when the tag is not a UI language. */
export function matchUiLanguage(tag: string | null | undefined): UiLanguage | null {
  if (!tag) return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isUiLanguage(base) ? base : null;
}

export interface LanguageSources {
  /** The signed-in user's preferredLanguage. */
  preferred?: string | null;
  /** The choice remembered in this browser. */
  stored?: string | null;
  /** navigator.languages, best first. */
  browser?: readonly string[];
}

/** The user's preference, else the stored choice, else the browser's languages, else English. */
export function pickLanguage(sources: LanguageSources): UiLanguage {
  const candidates = [sources.preferred, sources.stored, ...(sources.browser ?? [])];
  for (const candidate of candidates) {
    const match = matchUiLanguage(candidate);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
