import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import { registrationBody, rowCounts } from './test-fixtures.js';

/** Authority profiles: created directly by a coordinator, kept up to date, suspended and reinstated. */
let t: TestApp;
let nationalDE: TestClient;
let delegatedBavariaServices: TestClient;
let nationalAT: TestClient;
let plainUser: TestClient;

beforeAll(async () => {
  t = await testApp();
  const de = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, de.id, 'DE', 'national');
  nationalDE = await signIn(t, de);
  const delegated = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, delegated.id, 'DE', 'delegated', { areas: ['services'], regions: ['Bayern'] });
  delegatedBavariaServices = await signIn(t, delegated);
  const at = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, at.id, 'AT', 'national');
  nationalAT = await signIn(t, at);
  plainUser = await signIn(t, await createUser(t.ctx.db));
});
afterAll(async () => {
  await t?.close();
});

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, code });
}

async function unchanged(run: () => Promise<void>) {
  const before = await rowCounts(t.ctx.db);
  const snapshot = await t.ctx.db.selectFrom('authorities').selectAll().orderBy('id').execute();
  const names = await t.ctx.db.selectFrom('authority_names').select(['authority_id', 'language', 'name']).orderBy('authority_id').orderBy('language').execute();
  await run();
  expect(await rowCounts(t.ctx.db)).toEqual(before);
  expect(await t.ctx.db.selectFrom('authorities').selectAll().orderBy('id').execute()).toEqual(snapshot);
  expect(await t.ctx.db.selectFrom('authority_names').select(['authority_id', 'language', 'name']).orderBy('authority_id').orderBy('language').execute()).toEqual(names);
}

describe('a coordinator creates an authority directly', () => {
  it('201 with the profile; the administrator gets an activation mail', async () => {
    const body = registrationBody({ authority: { names: [{ language: 'de', name: 'Gewerbeaufsichtsamt München' }] } });
    const before = await rowCounts(t.ctx.db);
    const res = await nationalDE.post('/api/v1/authorities', body as never);
    expect(res.statusCode).toBe(201);
    const profile = res.json();
    expect(profile).toMatchObject({
      country: 'DE',
      region: 'Bayern',
      status: 'active',
      name: 'Gewerbeaufsichtsamt München',
      nameLanguage: 'de',
      address: body.authority.address,
      contactEmail: body.authority.contactEmail,
      contactPhone: '+49 89 123456',
      competences: ['services'],
      languages: ['de', 'en'],
    });
    expect(new Date(profile.createdAt).getTime()).toBe(t.clock.now.getTime());
    const after = await rowCounts(t.ctx.db);
    expect(after.authorities).toBe(before.authorities! + 1);
    expect(after.users).toBe(before.users! + 1);
    expect(after.user_tokens).toBe(before.user_tokens! + 1);
    expect(after.mail_outbox).toBe(before.mail_outbox! + 1);
    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('seq', '>', before.audit_events!).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['authority.created', 'user.created', 'membership.created', 'user.activation-issued']);
  });

  it('a delegated coordinator may, within its area and region', async () => {
    expect((await delegatedBavariaServices.post('/api/v1/authorities', registrationBody() as never)).statusCode).toBe(201);
  });

  it.each([
    ['the national coordinator of another country', () => nationalAT, registrationBody()],
    ['a delegated coordinator outside its region', () => delegatedBavariaServices, registrationBody({ authority: { region: 'Berlin' } })],
    ['a delegated coordinator outside its area', () => delegatedBavariaServices, registrationBody({ authority: { competences: ['solvit'] } })],
    ['a user without a coordinator role', () => plainUser, registrationBody()],
  ])('%s may not: 403, nothing created', async (_label, who, body) => {
    await unchanged(async () => expectProblem(await who().post('/api/v1/authorities', body as never), 403, 'forbidden'));
  });

  it('refuses a duplicate name in the country: 409', async () => {
    await createAuthority(t.ctx.db, { country: 'DE', names: { de: 'Landesamt für Statistik' } });
    const body = registrationBody({ authority: { names: [{ language: 'de', name: 'landesamt fur statistik' }] } });
    await unchanged(async () => expectProblem(await nationalDE.post('/api/v1/authorities', body as never), 409, 'authority-duplicate'));
  });

  it('refuses bad input: 400', async () => {
    const body = registrationBody({ authority: { country: 'UK' } });
    await unchanged(async () => expectProblem(await nationalDE.post('/api/v1/authorities', body as never), 400, 'validation'));
  });
});

describe('reading a profile', () => {
  it('is open to every signed-in user, in their language', async () => {
    const a = await createAuthority(t.ctx.db, { country: 'FI', names: { fi: 'Valvira', sv: 'Valvira SV', en: 'National Supervisory Authority for Welfare and Health' } });
    const en = await plainUser.get(`/api/v1/authorities/${a.id}`);
    expect(en.json()).toMatchObject({ name: 'National Supervisory Authority for Welfare and Health', nameLanguage: 'en' });
    expect(en.json().names.map((n: { language: string }) => n.language)).toEqual(['fi', 'sv', 'en']);
    const sv = await signIn(t, await createUser(t.ctx.db, { language: 'sv' }));
    expect((await sv.get(`/api/v1/authorities/${a.id}`)).json()).toMatchObject({ name: 'Valvira SV', nameLanguage: 'sv' });
  });

  it('is 404 for an unknown authority and 401 without a session', async () => {
    expectProblem(await plainUser.get('/api/v1/authorities/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
    expectProblem(await t.client().get('/api/v1/authorities/00000000-0000-4000-8000-000000000000'), 401, 'unauthenticated');
  });
});

describe('updating a profile', () => {
  let authorityId: string;
  let administrator: TestClient;
  let handler: TestClient;
  beforeAll(async () => {
    const a = await createAuthority(t.ctx.db, { country: 'DE', region: 'Bayern', competences: ['services'], names: { de: 'Kreisverwaltungsreferat München' } });
    authorityId = a.id;
    const admin = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, admin.id, a.id, ['administrator']);
    administrator = await signIn(t, admin);
    const h = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, h.id, a.id, ['handler', 'allocator', 'supervisor']);
    handler = await signIn(t, h);
  });

  it('the administrator changes names, address and contact details; the audit keeps before and after', async () => {
    const before = await rowCounts(t.ctx.db);
    const res = await administrator.patch(`/api/v1/authorities/${authorityId}`, {
      names: [
        { language: 'de', name: 'Kreisverwaltungsreferat der Landeshauptstadt München' },
        { language: 'en', name: 'Munich District Administration Department' },
      ],
      address: 'Ruppertstraße 19, 80337 München',
      contactPhone: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Munich District Administration Department', address: 'Ruppertstraße 19, 80337 München', contactPhone: null });
    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('seq', '>', before.audit_events!).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'authority.updated', subject_id: authorityId, acting_authority_id: authorityId });
    expect((audit[0]!.before as { address: string }).address).not.toBe('Ruppertstraße 19, 80337 München');
    expect((audit[0]!.after as { names: unknown[] }).names).toHaveLength(2);
  });

  it('the administrator may not change region or competences (they decide who coordinates it): 403', async () => {
    await unchanged(async () => expectProblem(await administrator.patch(`/api/v1/authorities/${authorityId}`, { region: 'Berlin' }), 403, 'forbidden'));
    await unchanged(async () => expectProblem(await administrator.patch(`/api/v1/authorities/${authorityId}`, { competences: ['solvit'] }), 403, 'forbidden'));
  });

  it('a delegated coordinator changes them within its scope, not out of it', async () => {
    const ok = await delegatedBavariaServices.patch(`/api/v1/authorities/${authorityId}`, { competences: ['services', 'e-commerce'] });
    expect(ok.statusCode).toBe(200);
    // Stored in catalogue order, whatever the order sent.
    expect(ok.json().competences).toEqual(['e-commerce', 'services']);
    await unchanged(async () => expectProblem(await delegatedBavariaServices.patch(`/api/v1/authorities/${authorityId}`, { region: 'Sachsen' }), 403, 'forbidden'));
  });

  it('the national coordinator may move it to another region', async () => {
    const res = await nationalDE.patch(`/api/v1/authorities/${authorityId}`, { region: 'Oberbayern' });
    expect(res.json().region).toBe('Oberbayern');
    await nationalDE.patch(`/api/v1/authorities/${authorityId}`, { region: 'Bayern' });
  });

  it.each([
    ['a handler/allocator/supervisor of the authority', () => handler, 403],
    ['another country’s coordinator', () => nationalAT, 403],
    ['a user of no authority', () => plainUser, 403],
  ])('%s may not: %s', async (_label, who, status) => {
    await unchanged(async () => expectProblem(await who().patch(`/api/v1/authorities/${authorityId}`, { address: 'Elsewhere 1' }), status, 'forbidden'));
  });

  it('refuses a name another authority of the country has: 409', async () => {
    await createAuthority(t.ctx.db, { country: 'DE', names: { de: 'Stadtwerke München' } });
    await unchanged(async () =>
      expectProblem(await administrator.patch(`/api/v1/authorities/${authorityId}`, { names: [{ language: 'de', name: 'STADTWERKE MUNCHEN' }] }), 409, 'authority-duplicate'),
    );
  });

  it('keeps its own names when they only change case', async () => {
    const res = await administrator.patch(`/api/v1/authorities/${authorityId}`, { names: [{ language: 'de', name: 'KREISVERWALTUNGSREFERAT der Landeshauptstadt München' }] });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a country change, an empty update and unknown fields: 400', async () => {
    await unchanged(async () => expectProblem(await nationalDE.patch(`/api/v1/authorities/${authorityId}`, { country: 'AT' }), 400, 'validation'));
    await unchanged(async () => expectProblem(await nationalDE.patch(`/api/v1/authorities/${authorityId}`, {}), 400, 'validation'));
    await unchanged(async () => expectProblem(await nationalDE.patch(`/api/v1/authorities/${authorityId}`, { address: '' }), 400, 'validation'));
  });
});

describe('suspending and reinstating', () => {
  let authorityId: string;
  let administrator: TestClient;
  beforeAll(async () => {
    const a = await createAuthority(t.ctx.db, { country: 'DE', region: 'Bayern', names: { de: 'Zollamt Passau' } });
    authorityId = a.id;
    const admin = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, admin.id, a.id, ['administrator']);
    administrator = await signIn(t, admin);
  });

  it('a coordinator of another country, the administrator or a plain user may not suspend: 403', async () => {
    for (const client of [nationalAT, administrator, plainUser]) {
      await unchanged(async () => expectProblem(await client.post(`/api/v1/authorities/${authorityId}/suspend`, { reason: 'Merged into another office' }), 403, 'forbidden'));
    }
  });

  it('needs a reason', async () => {
    await unchanged(async () => expectProblem(await nationalDE.post(`/api/v1/authorities/${authorityId}/suspend`, {}), 400, 'validation'));
  });

  it('the national coordinator suspends it; a second time is 409', async () => {
    const res = await nationalDE.post(`/api/v1/authorities/${authorityId}/suspend`, { reason: 'Merged into another office' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('suspended');
    const [event] = await t.ctx.db.selectFrom('audit_events').selectAll().where('subject_id', '=', authorityId).where('action', '=', 'authority.suspended').execute();
    expect(event!.after).toEqual({ status: 'suspended', reason: 'Merged into another office' });
    await unchanged(async () => expectProblem(await nationalDE.post(`/api/v1/authorities/${authorityId}/suspend`, { reason: 'Again' }), 409, 'authority-already-suspended'));
  });

  it('while suspended, it is hidden from others and its administrator can no longer change it', async () => {
    expectProblem(await plainUser.get(`/api/v1/authorities/${authorityId}`), 404, 'not-found');
    expectProblem(await plainUser.post(`/api/v1/authorities/${authorityId}/reinstate`, {}), 404, 'not-found');
    expect((await administrator.get(`/api/v1/authorities/${authorityId}`)).json().status).toBe('suspended');
    await unchanged(async () => expectProblem(await administrator.patch(`/api/v1/authorities/${authorityId}`, { address: 'Neue Adresse 1' }), 403, 'forbidden'));
  });

  it('the coordinator reinstates it; a second time is 409', async () => {
    const res = await nationalDE.post(`/api/v1/authorities/${authorityId}/reinstate`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('active');
    await unchanged(async () => expectProblem(await nationalDE.post(`/api/v1/authorities/${authorityId}/reinstate`, {}), 409, 'authority-not-suspended'));
    expect((await plainUser.get(`/api/v1/authorities/${authorityId}`)).statusCode).toBe(200);
  });
});
