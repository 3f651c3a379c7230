import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import { loadCatalogue, type Catalogue } from './load.js';
import { CatalogueService } from './service.js';
import { copyCatalogue, type CatalogueCopy } from './test-catalogue.js';
import type { CatalogueView, ProcedureView } from './view.js';

/** The catalogue API: public, in the caller's language, and versioned. */
let t: TestApp;
let copy: CatalogueCopy;

function load(dir: string): Catalogue {
  const result = loadCatalogue(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  return result.catalogue;
}

beforeAll(async () => {
  // A catalogue with one more area, from fixture files only: the API serves it like any other.
  copy = copyCatalogue();
  copy.addFixtureArea('cultural-goods');
  t = await testApp({}, { catalogue: load(copy.dir) });
});
afterAll(async () => {
  await t?.close();
  copy?.remove();
});

describe('GET /api/v1/catalogue', () => {
  it('needs no session and answers in the language asked for', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue?lang=de' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('de');
    const body = res.json<CatalogueView>();
    expect(body.language).toBe('de');
    const area = body.areas.find((a) => a.code === 'cultural-goods')!;
    expect(area.name).toBe('Kulturgüter');
    expect(area.procedures).toEqual([expect.objectContaining({ code: 'cg-search-request', workflowType: 'request', version: 1 })]);
    expect(body.professions.find((p) => p.code === 'architect')?.name).toBe('Architekt');
  });

  it('answers in the Accept-Language of the caller, or in a signed-in user\'s language', async () => {
    const lithuanian = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue', headers: { 'accept-language': 'lt' } });
    expect(lithuanian.json<CatalogueView>().language).toBe('lt');
    // An answer that depends on the caller is for the caller's cache only; with ?lang= anyone's.
    expect(lithuanian.headers['cache-control']).toBe('private, max-age=300');
    expect(lithuanian.headers.vary).toContain('Accept-Language');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/catalogue?lang=lt' })).headers['cache-control']).toBe('public, max-age=300');
    const polish = await signIn(t, await createUser(t.ctx.db, { language: 'pl' }));
    expect((await polish.get('/api/v1/catalogue')).json<CatalogueView>().language).toBe('pl');
  });

  it('refuses a language that is not one of the 24 with a problem in the caller\'s language', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue?lang=xx', headers: { 'accept-language': 'fr' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ code: string; title: string }>()).toMatchObject({ code: 'validation', title: 'Saisie non valide' });
  });
});

describe('GET /api/v1/catalogue/procedures/:code', () => {
  it('serves the question set with every text in the language, conditions and standard messages', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request?lang=fr' });
    expect(res.statusCode).toBe(200);
    const p = res.json<ProcedureView>();
    expect(p).toMatchObject({ code: 'cg-search-request', version: 1, language: 'fr', workflow: { type: 'request', forward: true } });
    expect(p.legalBasis).toEqual([expect.objectContaining({ legislation: 'directive-2014-60', celex: '32014L0060', articles: ['5(1)', '5(2)'] })]);
    expect(p.deadlines).toEqual([{ kind: 'accept', days: 5 }, { kind: 'answer', days: 60 }]);
    const questions = p.sections.flatMap((s) => s.questions);
    const other = questions.find((q) => q.code === 'category-other')!;
    expect(other.showWhen).toEqual({ question: 'category', equals: ['other'] });
    expect(questions.find((q) => q.code === 'category')!.options!.map((o) => o.code)).toEqual(['archaeological', 'artwork', 'other']);
    // Every label is French, none is the English text or a key.
    const english = (await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request?lang=en' })).json<ProcedureView>();
    const englishLabels = new Set(english.sections.flatMap((s) => s.questions.map((q) => q.label)));
    for (const q of questions) {
      expect(q.label).not.toMatch(/^question\./);
      expect(englishLabels.has(q.label)).toBe(false);
    }
    expect(p.messages).toEqual([{ group: 'reject', items: [{ code: 'not-cultural-object', text: expect.stringContaining('2014/60/UE') }] }]);
  });

  it('offers the procedure\'s professions as the options of a profession question', async () => {
    const epc = (await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/pq-european-professional-card?lang=en' })).json<ProcedureView>();
    const professionQuestion = epc.sections.flatMap((s) => s.questions).find((q) => q.type === 'profession')!;
    expect(professionQuestion.options!.map((o) => o.code).sort()).toEqual(epc.professions.map((p) => p.code).sort());
    expect(epc.professions.map((p) => p.code)).toContain('general-care-nurse');
  });

  it('answers 404 problem+json for a procedure that does not exist', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/no-such-procedure', headers: { 'accept-language': 'de' } });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ code: string }>().code).toBe('not-found');
  });
});

describe('the OpenAPI document', () => {
  it('describes the catalogue endpoints with their language parameter', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, { get?: { parameters?: Array<{ name: string; in: string }>; security?: unknown } }>;
    }>();
    for (const path of ['/api/v1/catalogue', '/api/v1/catalogue/procedures/{code}', '/api/v1/catalogue/procedures/{code}/versions', '/api/v1/catalogue/procedures/{code}/versions/{version}']) {
      expect(doc.paths[path]?.get, path).toBeDefined();
    }
    expect(doc.paths['/api/v1/catalogue']!.get!.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'lang', in: 'query' })]));
  });
});

describe('versions', () => {
  it('stores a new version when a definition changes, and keeps serving the old one as it was', async () => {
    // The server as it runs now: version 1 of cg-search-request.
    expect(await t.ctx.catalogue.currentVersion('cg-search-request')).toBe(1);

    // The files change: a question is reworded and a new one added.
    copy.edit<Record<string, string>>('areas/cultural-goods/i18n/en.json', (texts) => {
      texts['question.cg-search-request.found'] = 'Has the object been located?';
    });
    copy.edit<{ procedures: Array<{ sections: Array<{ questions: unknown[] }> }> }>('areas/cultural-goods/area.json', (area) => {
      area.procedures[0]!.sections[1]!.questions.push({ code: 'possessor-identified', type: 'yes-no' });
    });
    const added = ['en', 'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
    for (const lang of added) {
      copy.edit<Record<string, string>>(`areas/cultural-goods/i18n/${lang}.json`, (texts) => {
        texts['question.cg-search-request.possessor-identified'] = `Possessor identified? (${lang})`;
      });
    }
    // A server restarted on the changed files, on the same database.
    const restarted = new CatalogueService(load(copy.dir), t.ctx.db, () => new Date());
    const report = await restarted.sync();
    expect(report.created).toEqual([{ procedure: 'cg-search-request', version: 2 }]);
    expect(await restarted.currentVersion('cg-search-request')).toBe(2);
    expect(await restarted.currentVersion('svc-alert')).toBe(1);

    // Syncing again changes nothing.
    expect((await restarted.sync()).created).toEqual([]);

    // Version 1, as an exchange created with it shows it: the old wording, no new question.
    const v1 = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request/versions/1?lang=en' });
    expect(v1.statusCode).toBe(200);
    expect(v1.headers['cache-control']).toContain('immutable');
    const old = v1.json<ProcedureView>().sections[1]!.questions;
    expect(old.map((q) => q.code)).toEqual(['found', 'location']);
    expect(old[0]!.label).toBe('Has the object been found?');

    const v2 = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request/versions/2?lang=en' });
    expect(v2.json<ProcedureView>().sections[1]!.questions.map((q) => q.label)).toEqual([
      'Has the object been located?',
      expect.any(String),
      'Possessor identified? (en)',
    ]);

    const versions = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request/versions' });
    expect(versions.json<{ versions: Array<{ version: number }> }>().versions.map((v) => v.version)).toEqual([2, 1]);

    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/catalogue/procedures/cg-search-request/versions/3' });
    expect(missing.statusCode).toBe(404);
  });

  it('records each new version in the audit log', async () => {
    const rows = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', '=', 'catalogue.version.created')
      .where('subject_id', '=', 'cg-search-request')
      .execute();
    expect(rows).toHaveLength(2);
  });
});
