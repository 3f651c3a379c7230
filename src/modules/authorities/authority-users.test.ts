import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import { membershipFingerprint, rowCounts } from './test-fixtures.js';

/** An authority's administrator manages its users and their roles. */
let t: TestApp;

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(res.statusCode, res.statusCode === status ? '' : JSON.stringify(res.json())).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, code });
}

async function unchanged(run: () => Promise<void>) {
  const before = await rowCounts(t.ctx.db);
  const memberships = await membershipFingerprint(t.ctx.db);
  await run();
  expect(await rowCounts(t.ctx.db)).toEqual(before);
  expect(await membershipFingerprint(t.ctx.db)).toEqual(memberships);
}

/** A German authority with one administrator (signed in) and one handler. */
async function authorityWithAdministrator(seed: Parameters<typeof createAuthority>[1] = {}) {
  const authority = await createAuthority(t.ctx.db, { country: 'DE', region: 'Bayern', competences: ['services'], ...seed });
  const admin = await createUser(t.ctx.db, { name: 'Ada Admin' });
  await addMembership(t.ctx.db, admin.id, authority.id, ['administrator']);
  const handler = await createUser(t.ctx.db, { name: 'Hans Handler' });
  await addMembership(t.ctx.db, handler.id, authority.id, ['handler']);
  return { authority, admin, handler, client: await signIn(t, admin) };
}

describe('the administrator manages the users of the authority', () => {
  let ctx: Awaited<ReturnType<typeof authorityWithAdministrator>>;
  let newUserId: string;
  beforeAll(async () => {
    ctx = await authorityWithAdministrator();
  });

  it('lists them with roles and status', async () => {
    const res = await ctx.client.get(`/api/v1/authorities/${ctx.authority.id}/users`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, pageSize: 20, total: 2 });
    expect(res.json().items).toEqual([
      { userId: ctx.admin.id, email: ctx.admin.email, name: 'Ada Admin', preferredLanguage: 'en', status: 'active', roles: ['administrator'] },
      { userId: ctx.handler.id, email: ctx.handler.email, name: 'Hans Handler', preferredLanguage: 'en', status: 'active', roles: ['handler'] },
    ]);
  });

  it('adds a new person: 201, pending, with an activation mail', async () => {
    const before = await rowCounts(t.ctx.db);
    const res = await ctx.client.post(`/api/v1/authorities/${ctx.authority.id}/users`, {
      email: 'neue.kollegin@behoerde.example.eu',
      name: 'Nina Neu',
      preferredLanguage: 'de',
      roles: ['handler', 'allocator'],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'neue.kollegin@behoerde.example.eu', status: 'pending', roles: ['handler', 'allocator'], preferredLanguage: 'de' });
    newUserId = res.json().userId;
    const after = await rowCounts(t.ctx.db);
    expect(after.users).toBe(before.users! + 1);
    expect(after.memberships).toBe(before.memberships! + 1);
    expect(after.user_tokens).toBe(before.user_tokens! + 1);
    const mail = await t.ctx.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', 'neue.kollegin@behoerde.example.eu').execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.language).toBe('de');
    const audit = await t.ctx.db.selectFrom('audit_events').selectAll().where('seq', '>', before.audit_events!).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.created', 'membership.created', 'user.activation-issued']);
    expect(audit[1]).toMatchObject({ actor_user_id: ctx.admin.id, acting_authority_id: ctx.authority.id, subject_id: `${ctx.authority.id}:${newUserId}` });
  });

  it('adds someone who already has an account: membership only, with a notice', async () => {
    const colleague = await createUser(t.ctx.db, { name: 'Otto Other' });
    const before = await rowCounts(t.ctx.db);
    const res = await ctx.client.post(`/api/v1/authorities/${ctx.authority.id}/users`, { email: colleague.email.toUpperCase(), name: 'Ignored Name', preferredLanguage: 'fr', roles: ['supervisor'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ userId: colleague.id, name: 'Otto Other', status: 'active', roles: ['supervisor'], preferredLanguage: 'en' });
    const after = await rowCounts(t.ctx.db);
    expect(after.users).toBe(before.users);
    expect(after.user_tokens).toBe(before.user_tokens);
    expect(after.memberships).toBe(before.memberships! + 1);
    expect(after.mail_outbox).toBe(before.mail_outbox! + 1);
    // The notice names the roles in the reader's language, not as codes.
    const [notice] = await t.ctx.db.selectFrom('mail_outbox').select('body_text').where('recipient', '=', colleague.email).execute();
    expect(notice!.body_text).toContain('with these roles: Supervisor.');
  });

  it('refuses someone who is already a user of the authority: 409', async () => {
    await unchanged(async () =>
      expectProblem(
        await ctx.client.post(`/api/v1/authorities/${ctx.authority.id}/users`, { email: ctx.handler.email, name: 'Hans Handler', preferredLanguage: 'en', roles: ['handler'] }),
        409,
        'authority-member-exists',
      ),
    );
  });

  it('refuses a disabled account: 409', async () => {
    const disabled = await createUser(t.ctx.db, { status: 'disabled' });
    await unchanged(async () =>
      expectProblem(
        await ctx.client.post(`/api/v1/authorities/${ctx.authority.id}/users`, { email: disabled.email, name: 'Dis Abled', preferredLanguage: 'en', roles: ['handler'] }),
        409,
        'authority-member-disabled',
      ),
    );
  });

  it.each([
    ['no roles', { roles: [] }],
    ['an unknown role', { roles: ['king'] }],
    ['a role twice', { roles: ['handler', 'handler'] }],
    ['an invalid e-mail', { email: 'nobody' }],
    ['an unknown language', { preferredLanguage: 'tlh' }],
  ])('refuses %s: 400', async (_label, patch) => {
    const body = { email: 'valid@example.eu', name: 'Valid Name', preferredLanguage: 'en', roles: ['handler'], ...patch };
    await unchanged(async () => expectProblem(await ctx.client.post(`/api/v1/authorities/${ctx.authority.id}/users`, body), 400, 'validation'));
  });

  it("changes a user's roles", async () => {
    const before = await rowCounts(t.ctx.db);
    const res = await ctx.client.put(`/api/v1/authorities/${ctx.authority.id}/users/${ctx.handler.id}`, { roles: ['handler', 'supervisor'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ userId: ctx.handler.id, roles: ['handler', 'supervisor'] });
    const [event] = await t.ctx.db.selectFrom('audit_events').selectAll().where('seq', '>', before.audit_events!).execute();
    expect(event).toMatchObject({ action: 'membership.updated', before: { roles: ['handler'] }, after: { roles: ['handler', 'supervisor'] } });
  });

  it('refuses roles for someone who is not a user of the authority: 404', async () => {
    const stranger = await createUser(t.ctx.db);
    await unchanged(async () => expectProblem(await ctx.client.put(`/api/v1/authorities/${ctx.authority.id}/users/${stranger.id}`, { roles: ['handler'] }), 404, 'not-found'));
    await unchanged(async () => expectProblem(await ctx.client.delete(`/api/v1/authorities/${ctx.authority.id}/users/${stranger.id}`), 404, 'not-found'));
  });

  it('removes a user: 204', async () => {
    const res = await ctx.client.delete(`/api/v1/authorities/${ctx.authority.id}/users/${newUserId}`);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const left = await t.ctx.db.selectFrom('memberships').select('user_id').where('authority_id', '=', ctx.authority.id).where('user_id', '=', newUserId).execute();
    expect(left).toEqual([]);
  });
});

describe('an authority never loses its last administrator', () => {
  it('neither by demotion nor by removal: 409 last-administrator', async () => {
    const { authority, admin, client } = await authorityWithAdministrator();
    await unchanged(async () => expectProblem(await client.put(`/api/v1/authorities/${authority.id}/users/${admin.id}`, { roles: ['handler'] }), 409, 'last-administrator'));
    await unchanged(async () => expectProblem(await client.delete(`/api/v1/authorities/${authority.id}/users/${admin.id}`), 409, 'last-administrator'));
  });

  it('but one of two administrators may step down', async () => {
    const { authority, admin, handler, client } = await authorityWithAdministrator();
    expect((await client.put(`/api/v1/authorities/${authority.id}/users/${handler.id}`, { roles: ['administrator', 'handler'] })).statusCode).toBe(200);
    expect((await client.delete(`/api/v1/authorities/${authority.id}/users/${admin.id}`)).statusCode).toBe(204);
    const handlerClient = await signIn(t, handler);
    await unchanged(async () => expectProblem(await handlerClient.put(`/api/v1/authorities/${authority.id}/users/${handler.id}`, { roles: ['handler'] }), 409, 'last-administrator'));
  });

  it('two administrators removing each other at the same time: one succeeds, the other has lost its role (403)', async () => {
    const { authority, admin, handler, client } = await authorityWithAdministrator();
    await client.put(`/api/v1/authorities/${authority.id}/users/${handler.id}`, { roles: ['administrator'] });
    const other = await signIn(t, handler);
    const [a, b] = await Promise.all([
      client.delete(`/api/v1/authorities/${authority.id}/users/${handler.id}`),
      other.delete(`/api/v1/authorities/${authority.id}/users/${admin.id}`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([204, 403]);
    const admins = await t.ctx.db.selectFrom('memberships').select('roles').where('authority_id', '=', authority.id).execute();
    expect(admins.filter((m) => m.roles.includes('administrator'))).toHaveLength(1);
  });
});

describe("nobody manages another authority's users", () => {
  it("another authority's administrator: 403 on every operation, nothing changes", async () => {
    const mine = await authorityWithAdministrator();
    const theirs = await authorityWithAdministrator();
    const url = `/api/v1/authorities/${theirs.authority.id}/users`;
    await unchanged(async () => {
      expectProblem(await mine.client.get(url), 403, 'forbidden');
      expectProblem(await mine.client.post(url, { email: 'intruder@example.eu', name: 'In Truder', preferredLanguage: 'en', roles: ['administrator'] }), 403, 'forbidden');
      expectProblem(await mine.client.put(`${url}/${theirs.handler.id}`, { roles: ['administrator'] }), 403, 'forbidden');
      expectProblem(await mine.client.delete(`${url}/${theirs.admin.id}`), 403, 'forbidden');
      // Not even their own user, through the other authority's address.
      expectProblem(await mine.client.put(`${url}/${mine.handler.id}`, { roles: ['administrator'] }), 403, 'forbidden');
    });
  });

  it("a suspended authority's administrator can no longer manage its users; its coordinator can", async () => {
    const { authority, handler, client } = await authorityWithAdministrator();
    await t.ctx.db.updateTable('authorities').set({ status: 'suspended' }).where('id', '=', authority.id).execute();
    await unchanged(async () => expectProblem(await client.put(`/api/v1/authorities/${authority.id}/users/${handler.id}`, { roles: ['supervisor'] }), 403, 'forbidden'));
    const coordinator = await createUser(t.ctx.db);
    await addCoordinator(t.ctx.db, coordinator.id, 'DE', 'national');
    const res = await (await signIn(t, coordinator)).put(`/api/v1/authorities/${authority.id}/users/${handler.id}`, { roles: ['supervisor'] });
    expect(res.statusCode).toBe(200);
  });

  it('without a session: 401', async () => {
    const { authority } = await authorityWithAdministrator();
    expectProblem(await t.client().get(`/api/v1/authorities/${authority.id}/users`), 401, 'unauthenticated');
  });

  it('an unknown authority: 404', async () => {
    const { client } = await authorityWithAdministrator();
    expectProblem(await client.get('/api/v1/authorities/00000000-0000-4000-8000-000000000000/users'), 404, 'not-found');
  });
});
