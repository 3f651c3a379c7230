import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * ECL 4 resets the background of every button inside `.ecl` whose class contains `ecl-u-`
 * (`.ecl button[class*="ecl-u-"]`), so a primary button with a spacing utility renders as a
 * white, secondary-looking one. Spacing goes on a wrapper instead.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src');

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsxFiles(p) : e.name.endsWith('.tsx') ? [p] : [];
  });
}

describe('ECL buttons', () => {
  it('never carry an ecl-u-* utility class', () => {
    const files = tsxFiles(root);
    expect(files.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of files) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/className=["{`][^"}`]*\becl-button\b[^"}`]*["}`]/g)) {
        if (/\becl-u-/.test(m[0])) offenders.push(`${path.relative(root, file)}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
