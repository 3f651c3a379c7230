import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import type { AuthorityRole } from '../../db/schema/index.js';
import { can, visibleScope, inVisibleScope } from '../access/policy.js';
import { loadActor } from '../identity/session-store.js';
import { membershipFingerprint, registrationBody, rowCounts, seedRegistration } from './test-fixtures.js';

/**
 * The authorization matrix through the HTTP API: every kind of caller × registration
 * approval and user management, for a German authority in Bavaria competent for services.
 * Each cell starts from a fresh target; a refused cell must leave every table as it was.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const TARGET = { country: 'DE', region: 'Bayern', competences: ['services'] } as const;

type Caller =
  | { kind: 'member'; of: 'target' | 'same-country' | 'other-country'; role: AuthorityRole }
  | { kind: 'coordinator'; country: string; scope?: { areas?: string[]; regions?: string[] }; delegated?: boolean }
  | { kind: 'commission' }
  | { kind: 'no-role' }
  | { kind: 'anonymous' };

/** Signs in a caller of the given kind; `target` is the authority under test (if any). */
async function callerFor(caller: Caller, target: string | null): Promise<TestClient> {
  return (await signedInCaller(caller, target)).client;
}

async function signedInCaller(caller: Caller, target: string | null): Promise<{ client: TestClient; userId: string | null }> {
  if (caller.kind === 'anonymous') return { client: t.client(), userId: null };
  const user = await createUser(t.ctx.db, { commissionAdmin: caller.kind === 'commission' });
  if (caller.kind === 'member') {
    const authorityId =
      caller.of === 'target' && target
        ? target
        : (await createAuthority(t.ctx.db, caller.of === 'other-country' ? { country: 'AT', region: 'Tirol', competences: ['services'] } : { ...TARGET, competences: [...TARGET.competences] })).id;
    await addMembership(t.ctx.db, user.id, authorityId, [caller.role]);
  }
  if (caller.kind === 'coordinator') await addCoordinator(t.ctx.db, user.id, caller.country, caller.delegated ? 'delegated' : 'national', caller.scope ?? {});
  return { client: await signIn(t, user), userId: user.id };
}

async function unchangedBy(run: () => Promise<void>) {
  const before = await rowCounts(t.ctx.db);
  const memberships = await membershipFingerprint(t.ctx.db);
  const registrations = await t.ctx.db.selectFrom('registrations').select(['id', 'status']).orderBy('id').execute();
  await run();
  expect(await rowCounts(t.ctx.db)).toEqual(before);
  expect(await membershipFingerprint(t.ctx.db)).toEqual(memberships);
  expect(await t.ctx.db.selectFrom('registrations').select(['id', 'status']).orderBy('id').execute()).toEqual(registrations);
}

const ROLES: AuthorityRole[] = ['administrator', 'allocator', 'handler', 'supervisor'];

/**
 * [caller, approve a registration of the target's scope, manage the target's users].
 * A refusal is 404 when the caller may not even see the resource (registrations outside
 * its competence), 403 when it may (an authority is in the directory; the Commission sees
 * registrations but does not decide them), 401 without a session.
 */
const MATRIX: Array<[string, Caller, number, number]> = [
  ...ROLES.map((role): [string, Caller, number, number] => [`${role} of the authority`, { kind: 'member', of: 'target', role }, 404, role === 'administrator' ? 200 : 403]),
  ...ROLES.map((role): [string, Caller, number, number] => [`${role} of another authority, same country`, { kind: 'member', of: 'same-country', role }, 404, 403]),
  ...ROLES.map((role): [string, Caller, number, number] => [`${role} of an authority in another country`, { kind: 'member', of: 'other-country', role }, 404, 403]),
  ['national coordinator, same country', { kind: 'coordinator', country: 'DE' }, 200, 200],
  ['national coordinator, other country', { kind: 'coordinator', country: 'AT' }, 404, 403],
  ['delegated coordinator, whole country', { kind: 'coordinator', country: 'DE', delegated: true }, 200, 200],
  ['delegated coordinator, its area and region', { kind: 'coordinator', country: 'DE', delegated: true, scope: { areas: ['services', 'solvit'], regions: ['Bayern'] } }, 200, 200],
  ['delegated coordinator, its area, any region', { kind: 'coordinator', country: 'DE', delegated: true, scope: { areas: ['services'] } }, 200, 200],
  ['delegated coordinator, another area', { kind: 'coordinator', country: 'DE', delegated: true, scope: { areas: ['train-drivers'] } }, 404, 403],
  ['delegated coordinator, another region', { kind: 'coordinator', country: 'DE', delegated: true, scope: { regions: ['Berlin'] } }, 404, 403],
  ['delegated coordinator, right area and region of another country', { kind: 'coordinator', country: 'AT', delegated: true, scope: { areas: ['services'], regions: ['Bayern'] } }, 404, 403],
  ['commission admin', { kind: 'commission' }, 403, 403],
  ['signed in, no role', { kind: 'no-role' }, 404, 403],
  ['not signed in', { kind: 'anonymous' }, 401, 401],
];

describe('approving a registration', () => {
  it.each(MATRIX)('%s → %i', async (_label, caller, expected) => {
    const id = await seedRegistration(t.ctx.db, registrationBody({ authority: { ...TARGET, competences: [...TARGET.competences] } }));
    const client = await callerFor(caller, null);
    if (expected === 200) {
      const res = await client.post(`/api/v1/registrations/${id}/approve`);
      expect(res.statusCode).toBe(200);
      const row = await t.ctx.db.selectFrom('registrations').select(['status', 'authority_id']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'approved', authority_id: res.json().authorityId });
      return;
    }
    await unchangedBy(async () => {
      const res = await client.post(`/api/v1/registrations/${id}/approve`);
      expect(res.statusCode).toBe(expected);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
    });
  });
});

describe("managing an authority's users", () => {
  const operations: Array<[string, (c: TestClient, authorityId: string, userId: string) => ReturnType<TestClient['get']>, number]> = [
    ['list', (c, a) => c.get(`/api/v1/authorities/${a}/users`), 200],
    ['add', (c, a) => c.post(`/api/v1/authorities/${a}/users`, { email: `new-${Date.now()}-${Math.random()}@example.eu`, name: 'New Person', preferredLanguage: 'en', roles: ['handler'] }), 201],
    ['change roles', (c, a, u) => c.put(`/api/v1/authorities/${a}/users/${u}`, { roles: ['handler', 'supervisor'] }), 200],
    ['remove', (c, a, u) => c.delete(`/api/v1/authorities/${a}/users/${u}`), 204],
  ];
  const cells = MATRIX.flatMap(([label, caller, , expected]) =>
    operations.map(([operation, run, success]) => ({ label, caller, operation, run, expected: expected === 200 ? success : expected })),
  );

  it.each(cells)('$label: $operation → $expected', async ({ caller, run, expected }) => {
    const authority = await createAuthority(t.ctx.db, { ...TARGET, competences: [...TARGET.competences] });
    const admin = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, admin.id, authority.id, ['administrator']);
    const handler = await createUser(t.ctx.db);
    await addMembership(t.ctx.db, handler.id, authority.id, ['handler']);
    const client = await callerFor(caller, authority.id);
    if (expected < 300) {
      expect((await run(client, authority.id, handler.id)).statusCode).toBe(expected);
      return;
    }
    await unchangedBy(async () => {
      const res = await run(client, authority.id, handler.id);
      expect(res.statusCode).toBe(expected);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
    });
  });
});

describe('the registrations list shows exactly what the policy lets each caller see', () => {
  it('for every caller of the matrix, over registrations of several scopes', async () => {
    const scopes = [
      { country: 'DE', region: 'Bayern', competences: ['services'] },
      { country: 'DE', region: 'Berlin', competences: ['services', 'solvit'] },
      { country: 'DE', region: null, competences: ['train-drivers'] },
      { country: 'AT', region: 'Bayern', competences: ['services'] },
    ];
    for (const scope of scopes) await seedRegistration(t.ctx.db, registrationBody({ authority: scope }));
    const all = await t.ctx.db.selectFrom('registrations').select(['id', 'country', 'region', 'competences']).execute();
    for (const [label, caller] of MATRIX) {
      if (caller.kind === 'anonymous') continue;
      const { client, userId } = await signedInCaller(caller, null);
      const res = await client.get('/api/v1/registrations?pageSize=100');
      expect(res.statusCode, label).toBe(200);
      const listed = new Set(res.json().items.map((r: { id: string }) => r.id));
      const actor = (await loadActor(t.ctx.db, userId!, 'test'))!;
      for (const r of all) {
        const expected = can(actor, 'registration.view', r);
        expect(listed.has(r.id), `${label} / ${r.country} ${r.region} ${r.competences.join(',')}`).toBe(expected);
        expect(inVisibleScope(visibleScope(actor, 'registrations'), r)).toBe(expected);
      }
      expect(res.json().total).toBe(all.filter((r) => can(actor, 'registration.view', r)).length);
    }
  });

  it('the SQL filter treats an empty scope as nothing, not everything', async () => {
    const n = await sql<{ n: number }>`SELECT count(*)::int AS n FROM registrations`.execute(t.ctx.db);
    expect(n.rows[0]!.n).toBeGreaterThan(0);
    const plain = await signIn(t, await createUser(t.ctx.db));
    expect((await plain.get('/api/v1/registrations')).json()).toMatchObject({ items: [], total: 0 });
  });
});
