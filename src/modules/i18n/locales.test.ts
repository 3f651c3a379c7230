import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../reference/languages.js';
import { LOCALES_DIR } from './messages.js';

/** Every UI string exists in all 24 languages, parses as ICU, and uses the same arguments as English. */
const namespaces = fs.readdirSync(path.join(LOCALES_DIR, 'en')).filter((f) => f.endsWith('.json'));

function read(lang: string, file: string): Record<string, string> {
  const p = path.join(LOCALES_DIR, lang, file);
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, string>) : {};
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe('locale files', () => {
  it('has English namespaces to check', () => {
    expect(namespaces.length).toBeGreaterThan(0);
  });

  for (const file of namespaces) {
    const english = read('en', file);
    for (const lang of UI_LANGUAGES) {
      it(`${lang}/${file} has every key of en/${file}, non-empty, with the same ICU arguments`, () => {
        const catalog = read(lang, file);
        const missing = Object.keys(english).filter((k) => !(k in catalog) || !String(catalog[k]).trim());
        expect(missing, `missing in locales/${lang}/${file}`).toEqual([]);
        const extra = Object.keys(catalog).filter((k) => !(k in english));
        expect(extra, `keys in locales/${lang}/${file} that English does not have`).toEqual([]);
        for (const [key, message] of Object.entries(catalog)) {
          const expected = [...argumentsOf(parse(english[key]!))].sort();
          let actual: string[];
          try {
            actual = [...argumentsOf(parse(message))].sort();
          } catch (err) {
            throw new Error(`locales/${lang}/${file} ${key}: not valid ICU: ${(err as Error).message}`, { cause: err });
          }
          expect(actual, `${lang} ${key}`).toEqual(expected);
        }
      });
    }
  }

  it('no two namespace files define the same key', () => {
    const seen = new Map<string, string>();
    for (const file of namespaces) {
      for (const key of Object.keys(read('en', file))) {
        expect(seen.get(key), `${key} is in both ${seen.get(key)} and ${file}`).toBeUndefined();
        seen.set(key, file);
      }
    }
  });
});
