import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { Invalid } from '../../server/errors.js';
import { hashToken, newToken } from './session-store.js';

/**
 * Single-use tokens mailed to users (activation, password reset). Only their SHA-256 is
 * stored. Every way a token can be wrong — unknown, expired, used, another purpose, an
 * account in the wrong state — gives the same 400 `token-invalid`.
 */
export type TokenPurpose = 'activate' | 'reset';

export interface TokenHolder {
  tokenHash: string;
  userId: string;
  email: string;
  status: 'pending' | 'active' | 'disabled';
}

/** The holder of a usable token, or 400 `token-invalid`. Reads only: `spendToken` consumes it. */
export async function findUsableToken(db: Kysely<Database>, token: string, purpose: TokenPurpose, now: Date): Promise<TokenHolder> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('user_tokens')
    .innerJoin('users', 'users.id', 'user_tokens.user_id')
    .select(['user_tokens.user_id', 'user_tokens.expires_at', 'user_tokens.used_at', 'users.email', 'users.status'])
    .where('user_tokens.token_hash', '=', tokenHash)
    .where('user_tokens.purpose', '=', purpose)
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.expires_at <= now) throw new Invalid('token-invalid');
  return { tokenHash, userId: row.user_id, email: row.email, status: row.status };
}

/** Marks the token used; a token that another request spent first gives 400 `token-invalid`. */
export async function spendToken(trx: Transaction<Database>, tokenHash: string, now: Date): Promise<void> {
  const spent = await trx
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('token_hash')
    .executeTakeFirst();
  if (!spent) throw new Invalid('token-invalid');
}

/**
 * Issues a new token for the user and purpose, valid for `validMs`; earlier unused ones of
 * the same purpose stop working (only the newest link works). Returns the token, which
 * exists nowhere else: it goes into the mail and is never stored.
 */
export async function issueToken(trx: Transaction<Database>, userId: string, purpose: TokenPurpose, validMs: number, now: Date): Promise<string> {
  const token = newToken();
  await trx.updateTable('user_tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  await trx
    .insertInto('user_tokens')
    .values({ token_hash: hashToken(token), user_id: userId, purpose, created_at: now, expires_at: new Date(now.getTime() + validMs), used_at: null })
    .execute();
  return token;
}
