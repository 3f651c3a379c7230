import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { verifyAuditChain } from '../audit/service.js';
import { verifyPassword } from '../identity/passwords.js';
import { DEMO_LOGINS, generateTrainingWorld, seedTrainingWorld, TRAINING_PASSWORD, TrainingWorldRefused, type SeedReport } from './seed.js';

const NOW = new Date('2026-03-02T08:00:00.000Z');
let h: DatabaseHandle;
let report: SeedReport;
const messages: string[] = [];

beforeAll(async () => {
  h = await openTestDatabase();
  report = await seedTrainingWorld(h.db, { scale: 1, now: NOW, log: (m) => messages.push(m) });
});
afterAll(async () => {
  await h?.close();
});

const count = async (table: string) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(h.db)).rows[0]!.n;

describe('loading the training world into a new database', () => {
  it('writes the generated world and reports its counts', async () => {
    const world = generateTrainingWorld(1);
    expect(report).toMatchObject({
      authorities: world.authorities.length,
      users: world.users.length,
      memberships: world.memberships.length,
      coordinators: world.coordinators.length,
      registrations: world.registrations.length,
    });
    expect(report.millis).toBeGreaterThan(0);
    expect(await count('authorities')).toBe(world.authorities.length);
    expect(await count('authority_names')).toBe(world.authorityNames.length);
    expect(await count('users')).toBe(world.users.length);
    expect(await count('memberships')).toBe(world.memberships.length);
    expect(await count('coordinators')).toBe(world.coordinators.length);
    expect(await count('registrations')).toBe(world.registrations.length);
    expect(messages.some((m) => m.includes('loaded'))).toBe(true);
  });

  it('stamps every row with the given time and leaves two-factor authentication off everywhere', async () => {
    const users = await h.db.selectFrom('users').select(['status', 'created_at', 'totp_secret']).execute();
    expect(users.every((u) => u.status === 'active' && u.totp_secret === null && u.created_at.getTime() === NOW.getTime())).toBe(true);
    const policies = await h.db.selectFrom('country_policies').selectAll().execute();
    expect(policies).toHaveLength(30);
    expect(policies.every((p) => !p.require_totp)).toBe(true);
    expect(await h.db.selectFrom('coordinators').select('id').where('require_totp', '=', true).execute()).toEqual([]);
  });

  it('records one training.seeded event, and the audit chain verifies', async () => {
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true, count: 1 });
    const event = await h.db.selectFrom('audit_events').selectAll().executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'training.seeded', subject_type: 'system', actor_user_id: null });
    expect(event.at.getTime()).toBe(NOW.getTime());
    expect(event.after).toMatchObject({ authorities: report.authorities, users: report.users, memberships: report.memberships, coordinators: report.coordinators });
  });

  it('makes the names searchable without their diacritics', async () => {
    const hit = await h.db.selectFrom('authority_names').select('name').where('folded', '=', 'bundesarztekammer').executeTakeFirst();
    expect(hit?.name).toBe('Bundesärztekammer');
  });

  it('lets every demo account sign in with the training password', async () => {
    const rows = await h.db
      .selectFrom('users')
      .select(['email', 'status', 'password_hash', 'commission_admin', 'preferred_language'])
      .where('email', 'in', DEMO_LOGINS.map((l) => l.email))
      .execute();
    expect(rows).toHaveLength(DEMO_LOGINS.length);
    expect(rows.every((r) => r.status === 'active')).toBe(true);
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(1);
    expect(await verifyPassword(rows[0]!.password_hash!, TRAINING_PASSWORD)).toBe(true);
    expect(await verifyPassword(rows[0]!.password_hash!, 'not-the-password')).toBe(false);
    expect(rows.find((r) => r.email === 'commission@training.openimi.eu')?.commission_admin).toBe(true);
    expect(rows.find((r) => r.email === 'admin.lt@training.openimi.eu')?.preferred_language).toBe('lt');
  });

  it('refuses to load a second time, and leaves the database as it was', async () => {
    const before = await count('authorities');
    await expect(seedTrainingWorld(h.db, { scale: 1 })).rejects.toThrow(TrainingWorldRefused);
    await expect(seedTrainingWorld(h.db, { scale: 1 })).rejects.toThrow(/already holds \d+ authorities/);
    expect(await count('authorities')).toBe(before);
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true, count: 1 });
  });
});
