import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { DomainError, Invalid } from '../server/errors.js';
import type { Database } from './schema/index.js';

/**
 * Idempotency keys of creating calls (the `Idempotency-Key` header, IETF draft
 * httpapi-idempotency-key-header): the key is claimed in the same transaction as the work, so a
 * retried call — after a timeout, a double click, a crashed instance — finds what the first one
 * created instead of creating it twice. Two concurrent calls with one key: the second waits on the
 * key's row until the first commits, then replays it.
 */
export type Replay<T> = { replayed: true; result: T } | { replayed: false };

const KEY_PATTERN = /^[\x21-\x7e]{8,200}$/;

export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super(422, 'idempotency-key-reused');
  }
}

export function checkIdempotencyKey(key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) throw new Invalid('idempotency-key-invalid');
  return key;
}

function hashBody(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\0').update(JSON.stringify(body ?? null)).digest('hex');
}

/**
 * Claims the key for this user and route, or returns what the earlier call with it produced.
 * Call first thing in the use case's transaction; then `completeIdempotency` with the result.
 */
export async function claimIdempotency<T>(trx: Transaction<Database>, userId: string, key: string, route: string, body: unknown, now: Date): Promise<Replay<T>> {
  const bodyHash = hashBody(route, body);
  const claimed = await trx
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, route, body_hash: bodyHash, status: null, response: null, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (claimed) return { replayed: false };
  const earlier = await trx.selectFrom('idempotency_keys').select(['route', 'body_hash', 'response']).where('user_id', '=', userId).where('key', '=', key).executeTakeFirstOrThrow();
  if (earlier.route !== route || earlier.body_hash !== bodyHash) throw new IdempotencyKeyReused();
  const response = typeof earlier.response === 'string' ? (JSON.parse(earlier.response) as T) : (earlier.response as T);
  return { replayed: true, result: response };
}

export async function completeIdempotency(trx: Transaction<Database>, userId: string, key: string, status: number, result: unknown): Promise<void> {
  await trx.updateTable('idempotency_keys').set({ status, response: JSON.stringify(result) }).where('user_id', '=', userId).where('key', '=', key).execute();
}
