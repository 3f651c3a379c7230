/**
 * The 24 official languages of the European Union, plus Icelandic and Norwegian
 * for users in the EEA countries. Codes are ISO 639-1.
 */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

export const EEA_EXTRA_LANGUAGES = ['is', 'no'] as const;

export const LANGUAGES = [...EU_LANGUAGES, ...EEA_EXTRA_LANGUAGES] as const;

export type EuLanguage = (typeof EU_LANGUAGES)[number];
export type Language = (typeof LANGUAGES)[number];

/** The languages the user interface is offered in (all UI strings exist in each). */
export const UI_LANGUAGES: readonly EuLanguage[] = EU_LANGUAGES;
export const DEFAULT_LANGUAGE: EuLanguage = 'en';

/** Each language's name in that language, for the language switcher. */
export const LANGUAGE_ENDONYMS: Record<Language, string> = {
  bg: 'български', cs: 'čeština', da: 'dansk', de: 'Deutsch', el: 'ελληνικά',
  en: 'English', es: 'español', et: 'eesti', fi: 'suomi', fr: 'français',
  ga: 'Gaeilge', hr: 'hrvatski', hu: 'magyar', it: 'italiano', lt: 'lietuvių',
  lv: 'latviešu', mt: 'Malti', nl: 'Nederlands', pl: 'polski', pt: 'português',
  ro: 'română', sk: 'slovenčina', sl: 'slovenščina', sv: 'svenska',
  is: 'íslenska', no: 'norsk',
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function isUiLanguage(value: string): value is EuLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * PostgreSQL text-search configuration per language: a stemmer where PostgreSQL has
 * one, otherwise `simple` (always combined with unaccent by the callers).
 */
export const TEXT_SEARCH_CONFIG: Record<Language, string> = {
  bg: 'simple', cs: 'simple', da: 'danish', de: 'german', el: 'greek', en: 'english',
  es: 'spanish', et: 'simple', fi: 'finnish', fr: 'french', ga: 'irish', hr: 'simple',
  hu: 'hungarian', it: 'italian', lt: 'lithuanian', lv: 'simple', mt: 'simple',
  nl: 'dutch', pl: 'simple', pt: 'portuguese', ro: 'romanian', sk: 'simple',
  sl: 'simple', sv: 'swedish', is: 'simple', no: 'norwegian',
};
