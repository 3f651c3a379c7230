import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LANGUAGE, UI_LANGUAGES, isUiLanguage, type EuLanguage } from '../reference/languages.js';

/**
 * The UI strings: `locales/<lang>/<namespace>.json`, flat JSON of ICU messages whose keys
 * start with their namespace (`problem.*`, `mail.*`, `web.*`, ...), shared by the web app
 * and the server (problem messages, e-mails).
 */
const here = path.dirname(fileURLToPath(import.meta.url));

function findLocalesDir(): string {
  // src/modules/i18n → ../../../locales ; dist/server/modules/i18n → ../../../../locales
  for (const up of ['../../../locales', '../../../../locales']) {
    const dir = path.resolve(here, up);
    if (fs.existsSync(path.join(dir, 'en'))) return dir;
  }
  throw new Error('locales/ folder not found');
}

export const LOCALES_DIR = findLocalesDir();

export type Catalog = Record<string, string>;

const catalogs = new Map<EuLanguage, Catalog>();
const formatters = new Map<string, IntlMessageFormat>();

export function loadCatalog(lang: EuLanguage): Catalog {
  let catalog = catalogs.get(lang);
  if (!catalog) {
    catalog = {};
    const dir = path.join(LOCALES_DIR, lang);
    if (fs.existsSync(dir)) {
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        Object.assign(catalog, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Catalog);
      }
    }
    catalogs.set(lang, catalog);
  }
  return catalog;
}

/** The message for `key` in `lang`, falling back to English, then to the key itself. */
export function translate(lang: string, key: string, params: Record<string, unknown> = {}): string {
  const language = isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  let source = loadCatalog(language)[key];
  let usedLang: EuLanguage = language;
  if (source === undefined) {
    source = loadCatalog(DEFAULT_LANGUAGE)[key];
    usedLang = DEFAULT_LANGUAGE;
  }
  if (source === undefined) return key;
  const cacheKey = `${usedLang}\u0000${key}`;
  let formatter = formatters.get(cacheKey);
  if (!formatter) {
    formatter = new IntlMessageFormat(source, usedLang);
    formatters.set(cacheKey, formatter);
  }
  return String(formatter.format(params as Record<string, string | number>));
}

export function hasMessage(lang: EuLanguage, key: string): boolean {
  return loadCatalog(lang)[key] !== undefined;
}

/**
 * Picks the language to answer in: an explicit choice (the user's preference) first,
 * then the best match of the Accept-Language header, then English.
 */
export function negotiateLanguage(acceptLanguage: string | undefined, preferred?: string | null): EuLanguage {
  if (preferred && isUiLanguage(preferred)) return preferred;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...rest] = part.trim().split(';');
        const q = rest.find((r) => r.trim().startsWith('q='));
        return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
      })
      .filter((x) => x.tag && x.q > 0)
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const base = tag.split('-')[0] ?? '';
      if (isUiLanguage(base)) return base;
      // Norwegian Bokmål/Nynorsk and Icelandic users get English until those locales exist.
    }
  }
  return DEFAULT_LANGUAGE;
}

export const SUPPORTED_UI_LANGUAGES = UI_LANGUAGES;

/** A list in the language's own way: "Administrator, Zuweiser und Bearbeiter". */
export function formatList(lang: string, items: readonly string[]): string {
  const language = isUiLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
