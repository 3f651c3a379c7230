import { createHash } from 'node:crypto';

/**
 * The pure part of the audit log: canonical content and the hash chain.
 * hash(n) = SHA-256( hash(n-1) || canonical(content(n)) ), hex.
 */
export interface AuditContent {
  seq: number;
  at: string; // ISO 8601, millisecond precision
  actorUserId: string | null;
  actingAuthorityId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before: unknown;
  after: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, no insignificant whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function chainHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

export interface StoredAuditEvent extends AuditContent {
  prevHash: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; brokenAt: number; reason: 'prev-hash-mismatch' | 'hash-mismatch' | 'sequence-gap' };

/** Walks events in order; the first link that does not hold is named. */
export function verifyChain(events: Iterable<StoredAuditEvent>, start = { seq: 0, hash: GENESIS_HASH }): ChainVerdict {
  let prev = start.hash;
  let expectedSeq = start.seq + 1;
  let count = 0;
  for (const e of events) {
    if (e.seq !== expectedSeq) return { ok: false, count, brokenAt: e.seq, reason: 'sequence-gap' };
    if (e.prevHash !== prev) return { ok: false, count, brokenAt: e.seq, reason: 'prev-hash-mismatch' };
    const { prevHash: _p, hash, ...content } = e;
    if (chainHash(prev, content) !== hash) return { ok: false, count, brokenAt: e.seq, reason: 'hash-mismatch' };
    prev = hash;
    expectedSeq += 1;
    count += 1;
  }
  return { ok: true, count, headHash: prev };
}
