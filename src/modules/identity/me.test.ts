import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';

/** The signed-in user reads and changes their own profile and password. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

async function signedIn(user: { email: string; password: string }) {
  const client = t.client();
  const res = await client.post('/api/v1/session', { email: user.email, password: user.password });
  expect(res.statusCode).toBe(200);
  return client;
}

describe('reading /me', () => {
  it('lists memberships with the authority name in the user’s language, and coordinator mandates', async () => {
    const user = await createUser(t.ctx.db, { language: 'de' });
    const bilingual = await createAuthority(t.ctx.db, { country: 'BE', names: { fr: 'Autorité belge', de: 'Belgische Behörde', nl: 'Belgische autoriteit' } });
    const foreign = await createAuthority(t.ctx.db, { country: 'PT', names: { pt: 'Autoridade portuguesa', en: 'Portuguese authority' } });
    await addMembership(t.ctx.db, user.id, bilingual.id, ['administrator', 'handler']);
    await addMembership(t.ctx.db, user.id, foreign.id, ['allocator']);
    const mandate = await addCoordinator(t.ctx.db, user.id, 'BE', 'delegated', { areas: ['services'], regions: ['BE-VLG'] });
    const client = await signedIn(user);
    const res = await client.get('/api/v1/me');
    expect(res.statusCode).toBe(200);
    const me = res.json();
    expect(me).toMatchObject({ id: user.id, email: user.email, preferredLanguage: 'de', commissionAdmin: false, totpEnabled: false, totpRequired: false });
    expect(me.memberships).toEqual(
      expect.arrayContaining([
        { authorityId: bilingual.id, authorityName: 'Belgische Behörde', country: 'BE', roles: ['administrator', 'handler'], authorityStatus: 'active' },
        // No German name: the national one, as in the directory and on the profile.
        { authorityId: foreign.id, authorityName: 'Autoridade portuguesa', country: 'PT', roles: ['allocator'], authorityStatus: 'active' },
      ]),
    );
    expect(me.coordinators).toEqual([{ id: mandate, country: 'BE', kind: 'delegated', areas: ['services'], regions: ['BE-VLG'] }]);
  });
});

describe('changing the profile', () => {
  it('changes the name and the interface language, and records it', async () => {
    const user = await createUser(t.ctx.db, { name: 'Old Name' });
    const client = await signedIn(user);
    const res = await client.patch('/api/v1/me', { name: '  Maria Schmidt ', preferredLanguage: 'fr' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Maria Schmidt', preferredLanguage: 'fr' });
    const audit = await t.ctx.db
      .selectFrom('audit_events')
      .select(['before', 'after'])
      .where('subject_id', '=', user.id)
      .where('action', '=', 'user.profile-updated')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ before: { name: 'Old Name', preferredLanguage: 'en' }, after: { name: 'Maria Schmidt', preferredLanguage: 'fr' } });
    // Problems are now answered in French.
    const problem = await client.get('/api/v1/no-such-route');
    expect(problem.headers['content-language']).toBe('fr');
  });

  it('refuses a language the interface is not offered in, and an empty name', async () => {
    const client = await signedIn(await createUser(t.ctx.db));
    for (const body of [{ preferredLanguage: 'xx' }, { preferredLanguage: 'no' }, { name: '   ' }]) {
      const res = await client.patch('/api/v1/me', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation');
    }
  });

  it('needs a session', async () => {
    expect((await t.client().patch('/api/v1/me', { name: 'Nobody' })).statusCode).toBe(401);
  });
});

describe('changing the password', () => {
  const NEW_PASSWORD = 'a fresh passphrase for 2027';

  it('needs the current password', async () => {
    const user = await createUser(t.ctx.db);
    const client = await signedIn(user);
    const res = await client.post('/api/v1/me/password', { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('current-password-wrong');
  });

  it('applies the password policy', async () => {
    const user = await createUser(t.ctx.db);
    const client = await signedIn(user);
    const cases: Array<[string, string]> = [
      ['short', 'password-too-short'],
      ['aaaaaaaaaaaaaaaa', 'password-too-simple'],
      ['qwerty123456', 'password-common'],
      ['x'.repeat(300), 'password-too-long'],
    ];
    for (const [newPassword, code] of cases) {
      const res = await client.post('/api/v1/me/password', { currentPassword: user.password, newPassword });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe(code);
      expect(res.json().title).not.toBe(`problem.${code}.title`);
    }
  });

  it('keeps this session, ends the others, and the new password works', async () => {
    const user = await createUser(t.ctx.db);
    const here = await signedIn(user);
    const there = await signedIn(user);
    const res = await here.post('/api/v1/me/password', { currentPassword: user.password, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(204);
    expect((await here.get('/api/v1/me')).statusCode).toBe(200);
    expect((await there.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('subject_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('user.password-changed');
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });
});
