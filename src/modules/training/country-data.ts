import type { Language } from '../reference/languages.js';
import type { InstitutionKind } from './institutions.js';

/**
 * The shape of one country's table in data/: places, people's names and the
 * institutions its directory is made of, all in the country's own language(s).
 *
 * Names of places are in the place's main language. Templates use placeholders
 * filled from the place: `{name}`, `{of}` (the form after "of", often a genitive,
 * e.g. PL `Krakowa`, FR `d'Occitanie`) and `{in}` (e.g. PL `w Krakowie`). In the
 * place's other languages the placeholders take `alt[language]`, else `name`.
 */
export interface Place {
  name: string;
  /** Leading characters of the place's postcodes, filling the country's pattern from the left. */
  zip: string;
  of?: string;
  in?: string;
  alt?: Partial<Record<Language, string>>;
}

export interface Region {
  name: string;
  of?: string;
  in?: string;
  alt?: Partial<Record<Language, string>>;
  /** The seat first. */
  cities: Place[];
  /** The languages the region's authorities work in, main one first, when not all of the country's. */
  langs?: Language[];
  /** Street names, when the region's differ from the country's (another language). */
  streets?: string[];
}

/** A real, named body: one authority. The first language in `names` is its main one. */
export interface FixedAuthority {
  kind: InstitutionKind;
  names: Partial<Record<Language, string>>;
  /** A regional body: its region (by name); its seat is the region's first city unless `city` says. */
  region?: string;
  /** The seat, when not the capital or the region's first city. */
  city?: string;
}

/** A kind of body found in every region, or in every city, of the country. */
export interface AuthorityTemplate {
  kind: InstitutionKind;
  at: 'region' | 'city';
  names: Partial<Record<Language, string>>;
  /** Regions or cities (by name) the template does not apply to. */
  except?: string[];
}

export interface People {
  female: string[];
  male: string[];
  /** One list, or forms by gender (Slavic, Baltic, Greek, Icelandic names). */
  surnames: string[] | { female: string[]; male: string[] };
  /** Two surnames (Spain, Portugal). */
  doubleSurname?: boolean;
  /** Family name first (Hungary). */
  familyFirst?: boolean;
}

export interface CountryData {
  code: string;
  /** Authorities at scale 1. */
  size: number;
  /** The city national bodies sit in. */
  capital: string;
  regions: Region[];
  streets: string[];
  /** With `{street}`, `{no}`, `{zip}`, `{city}`. */
  address: string;
  /** `#` a digit, `@` a letter. */
  zip: string;
  phone: string;
  /** "Branch office" in each of the country's languages, for the offices of national bodies. */
  office: Partial<Record<Language, string>>;
  people: People;
  /** ä ö ü as ae oe ue in e-mail addresses. */
  germanFolding?: boolean;
  /** The most important first: a small scale keeps the head of the list. */
  fixed: FixedAuthority[];
  templates: AuthorityTemplate[];
}
