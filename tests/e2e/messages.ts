import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

function catalog(lang: string): Record<string, string> {
  const dir = path.resolve('locales', lang);
  return Object.assign({}, ...fs.readdirSync(dir).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, string>));
}
const catalogs = new Map<string, Record<string, string>>();

/** A UI string as the user sees it, from the same locale files the app uses. */
export function msg(lang: string, key: string, values?: Record<string, string | number>): string {
  if (!catalogs.has(lang)) catalogs.set(lang, catalog(lang));
  const source = catalogs.get(lang)![key];
  if (source === undefined) throw new Error(`No ${key} in ${lang}`);
  return String(new IntlMessageFormat(source, lang).format(values));
}
