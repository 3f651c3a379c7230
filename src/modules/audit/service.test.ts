import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { openTestDatabase } from '../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { verifyAuditChain } from './service.js';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => {
  await h?.close();
});

describe('the audit log', () => {
  it('chains events written in transactions and verifies them', async () => {
    for (let i = 0; i < 5; i++) {
      await inTransaction(h.db, (uow) =>
        uow.audit({ actorUserId: null, action: 'test.event', subjectType: 'test', subjectId: String(i), before: null, after: { i, name: 'Ärztekammer' } }),
      );
    }
    const verdict = await verifyAuditChain(h.db);
    expect(verdict).toMatchObject({ ok: true, count: 5 });
  });

  it('concurrent writers still produce one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        inTransaction(h.db, (uow) => uow.audit({ actorUserId: null, action: 'test.concurrent', subjectType: 'test', subjectId: `c${i}` })),
      ),
    );
    const verdict = await verifyAuditChain(h.db);
    expect(verdict).toMatchObject({ ok: true, count: 13 });
  });

  it('rolls the event back with a failed change', async () => {
    await expect(
      inTransaction(h.db, async (uow) => {
        await uow.audit({ actorUserId: null, action: 'test.rolled-back', subjectType: 'test', subjectId: 'x' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    const verdict = await verifyAuditChain(h.db);
    expect(verdict).toMatchObject({ ok: true, count: 13 });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(sql`UPDATE audit_events SET action = 'forged' WHERE seq = 1`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 2`.execute(h.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_events`.execute(h.db)).rejects.toThrow(/append-only/);
  });

  it('names the first broken link when a row was forged behind the trigger', async () => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(h.db);
    await sql`UPDATE audit_events SET after = '{"i": 99}'::jsonb WHERE seq = 3`.execute(h.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(h.db);
    const verdict = await verifyAuditChain(h.db);
    expect(verdict).toEqual({ ok: false, count: 2, brokenAt: 3, reason: 'hash-mismatch' });
  });
});
