import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, addMembership, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import type { AuthorityRole } from '../../db/schema/index.js';

/**
 * The profile says what its reader may do with the authority (`permissions`), so that the
 * web app offers only what the API would accept. For each kind of reader: the flags, and
 * then the write endpoints themselves, which must agree with every flag.
 * The authority under test is German, in Bavaria, competent for services.
 */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

interface Permissions {
  update: boolean;
  rescope: boolean;
  suspend: boolean;
  manageUsers: boolean;
}

const NONE: Permissions = { update: false, rescope: false, suspend: false, manageUsers: false };
const ALL: Permissions = { update: true, rescope: true, suspend: true, manageUsers: true };

type Reader =
  | { kind: 'member'; roles: AuthorityRole[] }
  | { kind: 'coordinator'; country: string; delegated?: { areas?: string[]; regions?: string[] } }
  | { kind: 'commission' }
  | { kind: 'no-role' };

interface Target {
  authorityId: string;
  /** The authority's own administrator, whose roles the user-management check rewrites unchanged. */
  administratorId: string;
  address: string;
}

async function newTarget(status: 'active' | 'suspended' = 'active'): Promise<Target> {
  const a = await createAuthority(t.ctx.db, { country: 'DE', region: 'Bayern', competences: ['services'], status });
  const admin = await createUser(t.ctx.db);
  await addMembership(t.ctx.db, admin.id, a.id, ['administrator']);
  return { authorityId: a.id, administratorId: admin.id, address: a.address };
}

async function readerOf(reader: Reader, target: Target): Promise<TestClient> {
  const user = await createUser(t.ctx.db, { commissionAdmin: reader.kind === 'commission' });
  if (reader.kind === 'member') await addMembership(t.ctx.db, user.id, target.authorityId, reader.roles);
  if (reader.kind === 'coordinator') await addCoordinator(t.ctx.db, user.id, reader.country, reader.delegated ? 'delegated' : 'national', reader.delegated ?? {});
  return signIn(t, user);
}

/** [reader, the flags on an active authority]. */
const READERS: Array<[string, Reader, Permissions]> = [
  ['its administrator', { kind: 'member', roles: ['administrator'] }, { update: true, rescope: false, suspend: false, manageUsers: true }],
  ['its handler', { kind: 'member', roles: ['handler'] }, NONE],
  ['its handler, allocator and supervisor', { kind: 'member', roles: ['handler', 'allocator', 'supervisor'] }, NONE],
  ['the national coordinator of its country', { kind: 'coordinator', country: 'DE' }, ALL],
  ['the national coordinator of another country', { kind: 'coordinator', country: 'AT' }, NONE],
  ['a delegated coordinator for its area and region', { kind: 'coordinator', country: 'DE', delegated: { areas: ['services'], regions: ['Bayern'] } }, ALL],
  ['a delegated coordinator for its area, any region', { kind: 'coordinator', country: 'DE', delegated: { areas: ['services'] } }, ALL],
  ['a delegated coordinator for another area', { kind: 'coordinator', country: 'DE', delegated: { areas: ['train-drivers'] } }, NONE],
  ['a delegated coordinator for another region', { kind: 'coordinator', country: 'DE', delegated: { areas: ['services'], regions: ['Berlin'] } }, NONE],
  ['a delegated coordinator in another country', { kind: 'coordinator', country: 'AT', delegated: { areas: ['services'] } }, NONE],
  ['the Commission', { kind: 'commission' }, NONE],
  ['a user of no authority', { kind: 'no-role' }, NONE],
];

describe('the permissions in a profile', () => {
  it.each(READERS)('%s', async (_label, reader, expected) => {
    const target = await newTarget();
    const client = await readerOf(reader, target);
    const res = await client.get(`/api/v1/authorities/${target.authorityId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().permissions).toEqual(expected);
  });

  it('on a suspended authority: its coordinator may reinstate it; its administrator may do nothing more', async () => {
    const target = await newTarget('suspended');
    const coordinator = await readerOf({ kind: 'coordinator', country: 'DE' }, target);
    const administrator = await readerOf({ kind: 'member', roles: ['administrator'] }, target);
    expect((await coordinator.get(`/api/v1/authorities/${target.authorityId}`)).json().permissions).toEqual(ALL);
    expect((await administrator.get(`/api/v1/authorities/${target.authorityId}`)).json().permissions).toEqual(NONE);
  });

  it('the answers of the writes carry the permissions after the change', async () => {
    const target = await newTarget();
    const coordinator = await readerOf({ kind: 'coordinator', country: 'DE', delegated: { areas: ['services'], regions: ['Bayern'] } }, target);
    const suspended = await coordinator.post(`/api/v1/authorities/${target.authorityId}/suspend`, { reason: 'Merged into another office' });
    expect(suspended.json()).toMatchObject({ status: 'suspended', permissions: ALL });
    const reinstated = await coordinator.post(`/api/v1/authorities/${target.authorityId}/reinstate`, {});
    expect(reinstated.json()).toMatchObject({ status: 'active', permissions: ALL });
    const administrator = await readerOf({ kind: 'member', roles: ['administrator'] }, target);
    const updated = await administrator.patch(`/api/v1/authorities/${target.authorityId}`, { address: 'Neue Straße 2, 80331 München' });
    expect(updated.json().permissions).toEqual({ update: true, rescope: false, suspend: false, manageUsers: true });
  });

  it('a coordinator who creates an authority gets its profile with every permission', async () => {
    const creator = await createUser(t.ctx.db);
    await addCoordinator(t.ctx.db, creator.id, 'DE');
    const client = await signIn(t, creator);
    const res = await client.post('/api/v1/authorities', {
      authority: {
        names: [{ language: 'de', name: `Amt für Permissions ${creator.id.slice(0, 8)}` }],
        country: 'DE',
        address: 'Amtsweg 1, 10115 Berlin',
        contactEmail: 'amt@example.eu',
        languages: ['de'],
        competences: ['services'],
      },
      administrator: { email: `chef-${creator.id.slice(0, 8)}@example.eu`, name: 'Clara Chef', preferredLanguage: 'de' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().permissions).toEqual(ALL);
  });
});

describe('every flag agrees with the endpoint it stands for', () => {
  const ok = (allowed: boolean) => (allowed ? 200 : 403);

  it.each(READERS)('%s', async (_label, reader, expected) => {
    const target = await newTarget();
    const client = await readerOf(reader, target);
    const base = `/api/v1/authorities/${target.authorityId}`;

    expect((await client.patch(base, { address: target.address })).statusCode, 'update').toBe(ok(expected.update));
    expect((await client.patch(base, { competences: ['services', 'e-commerce'] })).statusCode, 'rescope').toBe(ok(expected.rescope));
    expect((await client.put(`${base}/users/${target.administratorId}`, { roles: ['administrator'] })).statusCode, 'manageUsers').toBe(ok(expected.manageUsers));
    expect((await client.post(`${base}/suspend`, { reason: 'Checking the flag' })).statusCode, 'suspend').toBe(ok(expected.suspend));
    if (expected.suspend) expect((await client.post(`${base}/reinstate`, {})).statusCode, 'reinstate').toBe(200);
  });
});
