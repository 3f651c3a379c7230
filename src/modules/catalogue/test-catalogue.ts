import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCatalogueDir } from './load.js';

/**
 * A copy of the shipped catalogue in a temporary folder, for tests that add or break files.
 * `fixture(name)` copies a folder of tests/fixtures/catalogue/ in as a new policy area.
 */
export interface CatalogueCopy {
  dir: string;
  read<T = Record<string, unknown>>(file: string): T;
  write(file: string, value: unknown): void;
  edit<T = Record<string, unknown>>(file: string, change: (value: T) => void): void;
  addFixtureArea(name: string): void;
  remove(): void;
}

const FIXTURES = path.resolve(defaultCatalogueDir(), '../tests/fixtures/catalogue');

export function copyCatalogue(): CatalogueCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-catalogue-'));
  fs.cpSync(defaultCatalogueDir(), dir, { recursive: true });
  const full = (file: string) => path.join(dir, file);
  const copy: CatalogueCopy = {
    dir,
    read: <T>(file: string) => JSON.parse(fs.readFileSync(full(file), 'utf8')) as T,
    write: (file, value) => fs.writeFileSync(full(file), `${JSON.stringify(value, null, 2)}\n`),
    edit: <T>(file: string, change: (value: T) => void) => {
      const value = copy.read<T>(file);
      change(value);
      copy.write(file, value);
    },
    addFixtureArea: (name) => fs.cpSync(path.join(FIXTURES, name), full(`areas/${name}`), { recursive: true }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  return copy;
}
