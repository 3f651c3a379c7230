import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn as sessionFor } from '../../../tests/support/sessions.js';

/** A national coordinator requires two-step verification for everyone working for their country. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const nowEpoch = () => Math.floor(t.clock.now.getTime() / 1000);

async function nationalCoordinator(country: string) {
  const user = await createUser(t.ctx.db, { name: `Coordinator ${country}` });
  await addCoordinator(t.ctx.db, user.id, country, 'national');
  return user;
}

describe('reading a country policy', () => {
  it('is open to any signed-in user, with requireTotp false by default', async () => {
    const client = await sessionFor(t, await createUser(t.ctx.db));
    const res = await client.get('/api/v1/countries/PT/policy');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ requireTotp: false });
    expect((await client.get('/api/v1/countries/pt/policy')).json()).toEqual({ requireTotp: false });
  });

  it('answers 404 for a country that is not in the system and 401 without a session', async () => {
    const client = await sessionFor(t, await createUser(t.ctx.db));
    expect((await client.get('/api/v1/countries/XX/policy')).json()).toMatchObject({ status: 404, code: 'not-found' });
    expect((await t.client().get('/api/v1/countries/PT/policy')).statusCode).toBe(401);
  });
});

describe('changing a country policy', () => {
  it('is done by that country’s national coordinator, and audited', async () => {
    const coordinator = await nationalCoordinator('AT');
    const client = await sessionFor(t, coordinator);
    const res = await client.put('/api/v1/countries/AT/policy', { requireTotp: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ requireTotp: true });
    expect((await client.get('/api/v1/countries/AT/policy')).json()).toEqual({ requireTotp: true });
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'before', 'after'])
      .where('subject_type', '=', 'country')
      .where('subject_id', '=', 'AT')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'country-policy.updated', actor_user_id: coordinator.id, before: { requireTotp: false }, after: { requireTotp: true } });
    await client.put('/api/v1/countries/AT/policy', { requireTotp: false });
  });

  it('is refused to another country’s coordinator, a delegated coordinator and an ordinary user', async () => {
    const other = await nationalCoordinator('BE');
    const delegated = await createUser(t.ctx.db);
    await addCoordinator(t.ctx.db, delegated.id, 'AT', 'delegated');
    const plain = await createUser(t.ctx.db);
    for (const user of [other, delegated, plain]) {
      const res = await (await sessionFor(t, user)).put('/api/v1/countries/AT/policy', { requireTotp: true });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const unknown = await (await sessionFor(t, other)).put('/api/v1/countries/XX/policy', { requireTotp: true });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('a country that requires two-step verification', () => {
  it('makes its users enrol at their next sign-in, then lets them in', async () => {
    const coordinator = await nationalCoordinator('FI');
    await (await sessionFor(t, coordinator)).put('/api/v1/countries/FI/policy', { requireTotp: true });
    const authority = await createAuthority(t.ctx.db, { country: 'FI', names: { fi: 'Testivirasto', sv: 'Testverket' } });
    const user = await createUser(t.ctx.db, { language: 'sv' });
    await addMembership(t.ctx.db, user.id, authority.id, ['handler']);

    const client = t.client();
    const first = await client.post('/api/v1/session', { email: user.email, password: user.password });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ stage: 'totp-enrol' });
    // Enrolment only: the rest of the API still sees no one signed in.
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await client.get('/api/v1/countries/FI/policy')).statusCode).toBe(401);

    const setup = await client.post('/api/v1/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    const { secret } = setup.json() as { secret: string };
    const enable = await client.post('/api/v1/me/totp/enable', { code: await generate({ secret, epoch: nowEpoch() }) });
    expect(enable.statusCode).toBe(200);
    expect(enable.json().recoveryCodes).toHaveLength(10);

    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      totpEnabled: true,
      totpRequired: true,
      memberships: [{ authorityId: authority.id, authorityName: 'Testverket', country: 'FI', roles: ['handler'], authorityStatus: 'active' }],
    });

    // And TOTP cannot be turned off while the country requires it.
    t.clock.advance(30_000);
    const off = await client.request('DELETE', '/api/v1/me/totp', { code: await generate({ secret, epoch: nowEpoch() }) });
    expect(off.statusCode).toBe(409);
    expect(off.json().code).toBe('totp-required-by-country');
  });

  it('lets a user who lost the phone replace the authenticator app with a recovery code, straight into a new enrolment', async () => {
    const coordinator = await nationalCoordinator('EE');
    await (await sessionFor(t, coordinator)).put('/api/v1/countries/EE/policy', { requireTotp: true });
    const authority = await createAuthority(t.ctx.db, { country: 'EE', names: { et: 'Testamet' } });
    const user = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, user.id, authority.id, ['handler']);
    const client = t.client();
    await client.post('/api/v1/session', { email: user.email, password: user.password });
    const { secret } = (await client.post('/api/v1/me/totp/setup')).json() as { secret: string };
    const { recoveryCodes } = (await client.post('/api/v1/me/totp/enable', { code: await generate({ secret, epoch: nowEpoch() }) })).json() as { recoveryCodes: string[] };
    const otherDevice = t.client();
    await otherDevice.post('/api/v1/session', { email: user.email, password: user.password });
    t.clock.advance(30_000);
    await otherDevice.post('/api/v1/session/second-factor', { totp: await generate({ secret, epoch: nowEpoch() }) });
    expect((await otherDevice.get('/api/v1/me')).statusCode).toBe(200);

    // A wrong code changes nothing.
    const wrong = await client.post('/api/v1/me/totp/replace', { code: 'aaaa-bbbb-cccc' });
    expect(wrong.statusCode).toBe(400);
    expect((await client.get('/api/v1/me')).json()).toMatchObject({ totpEnabled: true });

    const replaced = await client.post('/api/v1/me/totp/replace', { code: recoveryCodes[0]! });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json()).toEqual({ stage: 'totp-enrol' });
    // Only enrolment is open now, here and on every other device.
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
    expect((await otherDevice.get('/api/v1/me')).statusCode).toBe(401);
    const fresh = (await client.post('/api/v1/me/totp/setup')).json() as { secret: string };
    expect(fresh.secret).not.toBe(secret);
    const enabled = await client.post('/api/v1/me/totp/enable', { code: await generate({ secret: fresh.secret, epoch: nowEpoch() }) });
    expect(enabled.statusCode).toBe(200);
    expect((await client.get('/api/v1/me')).json()).toMatchObject({ totpEnabled: true, totpRequired: true });
    // The old recovery codes died with the old app.
    t.clock.advance(30_000);
    expect((await client.post('/api/v1/me/recovery-codes', { code: recoveryCodes[1]! })).statusCode).toBe(400);
    const actions = (await t.ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', user.id).orderBy('seq').execute()).map((r) => r.action);
    expect(actions).toContain('user.totp-replace-started');
  });

  it('also applies to coordinators of that country', async () => {
    const coordinator = await nationalCoordinator('SE');
    await (await sessionFor(t, coordinator)).put('/api/v1/countries/SE/policy', { requireTotp: true });
    const res = await t.client().post('/api/v1/session', { email: coordinator.email, password: coordinator.password });
    expect(res.json()).toEqual({ stage: 'totp-enrol' });
  });

  it('does not touch users who work only for other countries', async () => {
    const coordinator = await nationalCoordinator('DK');
    await (await sessionFor(t, coordinator)).put('/api/v1/countries/DK/policy', { requireTotp: true });
    const authority = await createAuthority(t.ctx.db, { country: 'NL' });
    const user = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, user.id, authority.id, ['handler']);
    const res = await t.client().post('/api/v1/session', { email: user.email, password: user.password });
    expect(res.json()).toMatchObject({ stage: 'full', me: { totpRequired: false } });
  });
});
