import type { Language } from './languages.js';

export interface Country {
  /** ISO 3166-1 alpha-2, except Greece which the EU writes EL. */
  code: string;
  /** Member of the European Union (the others are EEA EFTA states). */
  eu: boolean;
  /** Official languages, first one the main administrative language. */
  languages: readonly Language[];
}

/** The 30 EEA countries: EU-27, Iceland, Liechtenstein and Norway. */
export const COUNTRIES: readonly Country[] = [
  { code: 'AT', eu: true, languages: ['de'] },
  { code: 'BE', eu: true, languages: ['nl', 'fr', 'de'] },
  { code: 'BG', eu: true, languages: ['bg'] },
  { code: 'HR', eu: true, languages: ['hr'] },
  { code: 'CY', eu: true, languages: ['el', 'en'] },
  { code: 'CZ', eu: true, languages: ['cs'] },
  { code: 'DK', eu: true, languages: ['da'] },
  { code: 'EE', eu: true, languages: ['et'] },
  { code: 'FI', eu: true, languages: ['fi', 'sv'] },
  { code: 'FR', eu: true, languages: ['fr'] },
  { code: 'DE', eu: true, languages: ['de'] },
  { code: 'EL', eu: true, languages: ['el'] },
  { code: 'HU', eu: true, languages: ['hu'] },
  { code: 'IE', eu: true, languages: ['en', 'ga'] },
  { code: 'IT', eu: true, languages: ['it'] },
  { code: 'LV', eu: true, languages: ['lv'] },
  { code: 'LT', eu: true, languages: ['lt'] },
  { code: 'LU', eu: true, languages: ['fr', 'de'] },
  { code: 'MT', eu: true, languages: ['mt', 'en'] },
  { code: 'NL', eu: true, languages: ['nl'] },
  { code: 'PL', eu: true, languages: ['pl'] },
  { code: 'PT', eu: true, languages: ['pt'] },
  { code: 'RO', eu: true, languages: ['ro'] },
  { code: 'SK', eu: true, languages: ['sk'] },
  { code: 'SI', eu: true, languages: ['sl'] },
  { code: 'ES', eu: true, languages: ['es'] },
  { code: 'SE', eu: true, languages: ['sv'] },
  { code: 'IS', eu: false, languages: ['is'] },
  { code: 'LI', eu: false, languages: ['de'] },
  { code: 'NO', eu: false, languages: ['no'] },
];

export const COUNTRY_CODES: readonly string[] = COUNTRIES.map((c) => c.code);

export function findCountry(code: string): Country | undefined {
  return COUNTRIES.find((c) => c.code === code);
}

/** The European Commission takes part in exchanges as an actor of its own, not a country. */
export const COMMISSION = { code: 'EU', name: 'European Commission' } as const;

/** ISO code for Intl.DisplayNames (the EU writes Greece as EL). */
export function isoRegionCode(code: string): string {
  return code === 'EL' ? 'GR' : code;
}

/** The country's name in a language ("Portugal", "Portugalija"), from the ICU data in Node. */
export function countryName(code: string, language: string): string {
  if (code === COMMISSION.code) return COMMISSION.name;
  try {
    return new Intl.DisplayNames([language, 'en'], { type: 'region' }).of(isoRegionCode(code)) ?? code;
  } catch {
    return code;
  }
}
