import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCatalogue } from '../../src/modules/catalogue/test-catalogue.js';
import { runCli } from '../support/process.js';

/** `openimi catalogue validate`, and `openimi start` refusing an invalid catalogue, run as an operator would. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-cli-catalogue-'));
const broken = copyCatalogue();
afterAll(() => {
  broken.remove();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  const cli = runCli(args, { DATA_DIR: dataDir, DATABASE_URL: undefined, CATALOGUE_DIR: undefined, ...env });
  const code = await cli.exited;
  return { code, lines: cli.output().trim().split('\n') };
}

describe('openimi catalogue validate', () => {
  it('passes on the shipped catalogue and ends with the counts', async () => {
    const { code, lines } = await run(['catalogue', 'validate']);
    expect(code, lines.join('\n')).toBe(0);
    const last = lines.at(-1)!;
    expect(last).toMatch(/^areas: \d+, procedures: \d+, questions: \d+, languages: 24$/);
    const [, areas, procedures, questions] = /^areas: (\d+), procedures: (\d+), questions: (\d+)/.exec(last)!.map(Number);
    expect(areas).toBeGreaterThanOrEqual(12);
    expect(procedures).toBeGreaterThanOrEqual(30);
    expect(questions).toBeGreaterThan(procedures! * 5);
  }, 30_000);

  it('fails on a broken catalogue with one precise line per problem', async () => {
    broken.addFixtureArea('cultural-goods');
    broken.edit<Record<string, string>>('areas/cultural-goods/i18n/el.json', (t) => {
      delete t['option.cg-search-request.category.artwork'];
    });
    broken.edit<{ procedures: Array<{ sections: Array<{ questions: Array<Record<string, unknown>> }> }> }>('areas/cultural-goods/area.json', (a) => {
      a.procedures[0]!.sections[1]!.questions[1]!.showWhen = { question: 'was-found', equals: ['yes'] };
    });
    const { code, lines } = await run(['catalogue', 'validate', '--dir', broken.dir]);
    expect(code).toBe(1);
    expect(lines).toContain(
      'areas/cultural-goods/area.json: procedures[cg-search-request].sections[reply].questions[location].showWhen.question: refers to question "was-found", which does not exist in cg-search-request',
    );
    expect(lines).toContain('areas/cultural-goods/i18n/el.json: option.cg-search-request.category.artwork: missing (English: "Work of art")');
    expect(lines.at(-1)).toBe(`${broken.dir}: 2 problems; the catalogue is not valid.`);
  }, 30_000);

  it('refuses an unknown language', async () => {
    const { code, lines } = await run(['catalogue', 'validate', '--languages', 'en,xx']);
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('Unknown language(s): xx');
  }, 30_000);
});

describe('openimi start', () => {
  it('refuses an invalid catalogue before opening the database, and says why', async () => {
    const { code, lines } = await run(['start', '--port', '0'], { CATALOGUE_DIR: broken.dir });
    expect(code).toBe(1);
    const out = lines.join('\n');
    expect(out).toContain('is not valid (2 problems); the server will not start');
    expect(out).toContain('areas/cultural-goods/i18n/el.json: option.cg-search-request.category.artwork: missing');
    // Nothing was created: the embedded database was never opened.
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
  }, 30_000);
});
