import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH, verifyChain, type ChainVerdict, type StoredAuditEvent } from './chain.js';

export interface AuditEntry {
  actorUserId: string | null;
  actingAuthorityId?: string | null;
  /** What happened, e.g. `authority.registration.approved`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the chain inside the caller's transaction. The head row is locked
 * until that transaction ends, so concurrent writers chain in commit order.
 */
export async function appendAudit(trx: Transaction<Database>, entry: AuditEntry, now: Date): Promise<StoredAuditEvent> {
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  const content = {
    seq: head.seq + 1,
    at: new Date(now.getTime()).toISOString(),
    actorUserId: entry.actorUserId,
    actingAuthorityId: entry.actingAuthorityId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: normalise(entry.before),
    after: normalise(entry.after),
  };
  const hash = chainHash(head.hash, content);
  await trx
    .insertInto('audit_events')
    .values({
      seq: content.seq,
      at: new Date(content.at),
      actor_user_id: content.actorUserId,
      acting_authority_id: content.actingAuthorityId,
      action: content.action,
      subject_type: content.subjectType,
      subject_id: content.subjectId,
      before: content.before === null ? null : JSON.stringify(content.before),
      after: content.after === null ? null : JSON.stringify(content.after),
      prev_hash: head.hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ seq: content.seq, hash }).where('id', '=', 1).execute();
  return { ...content, prevHash: head.hash, hash };
}

/** Round-trips through JSON so that what is hashed is exactly what jsonb gives back. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value));
}

/** Walks the whole chain in pages and checks every link and the head. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 5000): Promise<ChainVerdict> {
  let cursor = { seq: 0, hash: GENESIS_HASH };
  let total = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>', cursor.seq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    const events: StoredAuditEvent[] = rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorUserId: r.actor_user_id,
      actingAuthorityId: r.acting_authority_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      before: r.before ?? null,
      after: r.after ?? null,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    const verdict = verifyChain(events, cursor);
    if (!verdict.ok) return { ...verdict, count: total + verdict.count };
    total += verdict.count;
    const last = events[events.length - 1]!;
    cursor = { seq: last.seq, hash: last.hash };
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  if (head.seq !== cursor.seq || head.hash !== cursor.hash) {
    return { ok: false, count: total, brokenAt: cursor.seq + 1, reason: 'sequence-gap' };
  }
  return { ok: true, count: total, headHash: cursor.hash };
}

export async function auditCount(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_events`.execute(db);
  return r.rows[0]?.n ?? 0;
}
