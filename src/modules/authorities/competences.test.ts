import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import type { AuthoritySummary } from './schema.js';
import { registrationBody, rowCounts } from './test-fixtures.js';

/** Competences in catalogue terms: procedures and professions, checked against the catalogue, found in the directory. */
let t: TestApp;
let nationalDE: TestClient;
let administrator: TestClient;
let reader: TestClient;
let administered: string;

beforeAll(async () => {
  t = await testApp();
  const de = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, de.id, 'DE', 'national');
  nationalDE = await signIn(t, de);
  const admin = await createUser(t.ctx.db);
  administered = (
    await createAuthority(t.ctx.db, {
      country: 'DE',
      names: { de: 'Architektenkammer Sachsen' },
      competences: ['professional-qualifications'],
      procedures: ['pq-qualification-request'],
      professions: ['architect'],
    })
  ).id;
  await addMembership(t.ctx.db, admin.id, administered, ['administrator']);
  administrator = await signIn(t, admin);
  reader = await signIn(t, await createUser(t.ctx.db, { language: 'lt' }));
});
afterAll(async () => {
  await t?.close();
});

describe('an authority competent for procedures and professions', () => {
  it('is created with them; a procedure brings its policy area, and everything is kept in catalogue order', async () => {
    const body = registrationBody({
      authority: {
        names: [{ language: 'de', name: 'Landesamt für Gesundheit und Berufe' }],
        competences: ['services'],
        procedures: ['pq-alert', 'svc-information-request', 'pq-qualification-request'],
        professions: ['teacher', 'architect'],
      },
    });
    const res = await nationalDE.post('/api/v1/authorities', body as never);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      competences: ['professional-qualifications', 'services'],
      procedures: ['pq-qualification-request', 'pq-alert', 'svc-information-request'],
      professions: ['architect', 'teacher'],
    });
  });

  it('refuses codes the catalogue does not have, naming each one, and writes nothing', async () => {
    const before = await rowCounts(t.ctx.db);
    const body = registrationBody({
      authority: { competences: ['services', 'astrology'], procedures: ['svc-information-request', 'svc-horoscope'], professions: ['wizard'] },
    });
    const res = await nationalDE.post('/api/v1/authorities', body as never, { 'accept-language': 'de' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'validation',
      title: expect.any(String),
      errors: [
        { pointer: '/authority/competences/1', code: 'unknown_code', message: 'unknown policy area "astrology"' },
        { pointer: '/authority/procedures/1', code: 'unknown_code', message: 'unknown procedure "svc-horoscope"' },
        { pointer: '/authority/professions/0', code: 'unknown_code', message: 'unknown profession or activity "wizard"' },
      ],
    });
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('keeps them through a registration and its approval', async () => {
    const body = registrationBody({ authority: { competences: [], procedures: ['td-licence-request'], professions: ['train-driver'], region: null } });
    const submitted = await t.client().post('/api/v1/registrations', body as never);
    expect(submitted.statusCode, submitted.body).toBe(202);
    const id = submitted.json<{ id: string }>().id;
    const seen = await nationalDE.get(`/api/v1/registrations/${id}`);
    expect(seen.json()).toMatchObject({ authority: { competences: ['train-drivers'], procedures: ['td-licence-request'], professions: ['train-driver'] } });
    const approved = await nationalDE.post(`/api/v1/registrations/${id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const profile = await nationalDE.get(`/api/v1/authorities/${approved.json<{ authorityId: string }>().authorityId}`);
    expect(profile.json()).toMatchObject({ competences: ['train-drivers'], procedures: ['td-licence-request'], professions: ['train-driver'] });
  });

  it('lets its administrator change procedures within its areas and its professions, but not add an area', async () => {
    const ok = await administrator.patch(`/api/v1/authorities/${administered}`, {
      procedures: ['pq-qualification-request', 'pq-temporary-services-request'],
      professions: ['architect', 'civil-engineer'],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ competences: ['professional-qualifications'], procedures: ['pq-qualification-request', 'pq-temporary-services-request'] });

    const before = await t.ctx.db.selectFrom('authorities').selectAll().where('id', '=', administered).executeTakeFirstOrThrow();
    const newArea = await administrator.patch(`/api/v1/authorities/${administered}`, { procedures: ['pq-qualification-request', 'svc-information-request'] });
    expect(newArea.statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('authorities').selectAll().where('id', '=', administered).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('keeps a procedure the catalogue no longer has through other edits, until someone removes it', async () => {
    const admin = await createUser(t.ctx.db);
    const id = (
      await createAuthority(t.ctx.db, { country: 'DE', competences: ['services'], procedures: ['svc-information-request', 'svc-retired-procedure'] })
    ).id;
    await addMembership(t.ctx.db, admin.id, id, ['administrator']);
    const client = await signIn(t, admin);
    const edited = await client.patch(`/api/v1/authorities/${id}`, { address: 'Neue Straße 1, 10115 Berlin' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().procedures).toEqual(['svc-information-request', 'svc-retired-procedure']);
    // Adding it anew elsewhere is refused; removing it is allowed.
    const removed = await client.patch(`/api/v1/authorities/${id}`, { procedures: ['svc-information-request'] });
    expect(removed.json().procedures).toEqual(['svc-information-request']);
    const again = await client.patch(`/api/v1/authorities/${id}`, { procedures: ['svc-information-request', 'svc-retired-procedure'] });
    expect(again.statusCode).toBe(400);
  });
});

describe('the directory filters by procedure and by profession', () => {
  async function search(query: Record<string, string>): Promise<AuthoritySummary[]> {
    const res = await reader.get(`/api/v1/authorities?${new URLSearchParams(query).toString()}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: AuthoritySummary[] }>().items;
  }

  it('finds the authorities handling a procedure, and those competent for a profession', async () => {
    const byProcedure = await search({ procedure: 'pq-temporary-services-request' });
    expect(byProcedure.map((a) => a.id)).toEqual([administered]);
    expect(byProcedure[0]).toMatchObject({ procedures: expect.arrayContaining(['pq-temporary-services-request']), professions: ['architect', 'civil-engineer'] });

    const byProfession = await search({ profession: 'train-driver' });
    expect(byProfession.map((a) => a.professions)).toEqual([['train-driver']]);

    expect(await search({ procedure: 'pq-temporary-services-request', profession: 'teacher' })).toEqual([]);
    expect((await search({ procedure: 'pq-qualification-request', q: 'Architektenkammer' })).map((a) => a.id)).toEqual([administered]);
  });

  it('refuses a malformed code with a problem, and finds nothing for a well-formed unknown one', async () => {
    const res = await reader.get('/api/v1/authorities?procedure=NOT%20A%20CODE');
    expect(res.statusCode).toBe(400);
    expect(await search({ profession: 'wizard' })).toEqual([]);
  });
});
