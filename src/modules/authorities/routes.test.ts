import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { hasMessage } from '../i18n/messages.js';

/** The module's contract: its routes are in the OpenAPI document, its messages in the English locale. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const here = path.dirname(fileURLToPath(import.meta.url));
const sources = [...fs.readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(here, f)), path.join(here, '../access/policy.ts')]
  .map((f) => fs.readFileSync(f, 'utf8'))
  .join('\n');

describe('the authorities module contract', () => {
  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const expected: Array<[string, string[]]> = [
      ['/api/v1/registrations', ['get', 'post']],
      ['/api/v1/registrations/{id}', ['get']],
      ['/api/v1/registrations/{id}/approve', ['post']],
      ['/api/v1/registrations/{id}/reject', ['post']],
      ['/api/v1/authorities', ['get', 'post']],
      ['/api/v1/authorities/{id}', ['get', 'patch']],
      ['/api/v1/authorities/{id}/suspend', ['post']],
      ['/api/v1/authorities/{id}/reinstate', ['post']],
      ['/api/v1/authorities/{id}/users', ['get', 'post']],
      ['/api/v1/authorities/{id}/users/{userId}', ['put', 'delete']],
    ];
    for (const [route, methods] of expected) {
      expect(Object.keys(doc.paths[route] ?? {}).sort(), route).toEqual(expect.arrayContaining(methods));
    }
  });

  it('has an English title and message for every problem code it raises', () => {
    const codes = [...sources.matchAll(/new (?:Conflict|Forbidden|NotFound|Invalid|Gone)\('([a-z-]+)'/g)].map((m) => m[1]!);
    // Seven of its own, and `validation` for codes the catalogue does not have (competences.ts).
    expect(new Set(codes).size).toBe(8);
    for (const code of new Set(codes)) {
      expect(hasMessage('en', `problem.${code}.title`), code).toBe(true);
      expect(hasMessage('en', `problem.${code}`), code).toBe(true);
    }
  });

  it('has an English subject and body for every mail it sends', () => {
    const keys = [...sources.matchAll(/'(mail\.[a-z-]+)\.(?:subject|body)'/g)].map((m) => m[1]!);
    expect(new Set(keys).size).toBe(4);
    for (const key of new Set(keys)) {
      expect(hasMessage('en', `${key}.subject`), key).toBe(true);
      expect(hasMessage('en', `${key}.body`), key).toBe(true);
    }
  });
});
