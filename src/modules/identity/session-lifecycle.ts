import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { Config } from '../../server/config.js';
import { hashToken, newToken } from './session-store.js';

/**
 * Opening, rotating and ending sessions. A new token is issued on every sign-in and on
 * every stage upgrade; the old row is deleted in the same transaction.
 */
export type SessionStage = 'totp' | 'totp-enrol' | 'full';

/** A session still waiting for its second factor or enrolment lives at most this long. */
export const PENDING_SESSION_MINUTES = 15;

export interface SessionClient {
  ip: string | null;
  userAgent: string | null;
}

export interface OpenedSession {
  token: string;
  tokenHash: string;
  stage: SessionStage;
}

export function sessionExpiry(config: Config, stage: SessionStage, now: Date): Date {
  const full = now.getTime() + config.sessionMaxHours * 3_600_000;
  if (stage === 'full') return new Date(full);
  return new Date(Math.min(full, now.getTime() + PENDING_SESSION_MINUTES * 60_000));
}

export async function openSession(
  trx: Transaction<Database>,
  config: Config,
  input: { userId: string; stage: SessionStage; client: SessionClient; replaces?: string | null },
  now: Date,
): Promise<OpenedSession> {
  if (input.replaces) await endSession(trx, input.replaces);
  const token = newToken();
  const tokenHash = hashToken(token);
  await trx
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: input.userId,
      stage: input.stage,
      created_at: now,
      last_seen_at: now,
      expires_at: sessionExpiry(config, input.stage, now),
      ip: input.client.ip,
      user_agent: input.client.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
  return { token, tokenHash, stage: input.stage };
}

export async function endSession(trx: Transaction<Database>, tokenHash: string): Promise<void> {
  await trx.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of the user, except `keep` (the caller's own) when given. Returns how many ended. */
export async function endSessionsOfUser(trx: Transaction<Database>, userId: string, keep: string | null = null): Promise<number> {
  let query = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep) query = query.where('token_hash', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
