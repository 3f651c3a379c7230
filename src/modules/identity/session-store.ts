import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { Actor } from '../../server/actor.js';
import type { Config } from '../../server/config.js';

/**
 * Server-side sessions: the browser holds a random token in an HttpOnly cookie, the
 * database holds its SHA-256. Idle and absolute expiry; a session may be waiting for
 * the second factor (`totp`) or for TOTP enrolment (`totp-enrol`) before it is `full`.
 */
export const SESSION_COOKIE = 'openimi_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  stage: 'totp' | 'totp-enrol' | 'full';
}

export async function findLiveSession(db: Kysely<Database>, config: Config, token: string, now: Date): Promise<SessionRow | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.token_hash', 'sessions.user_id', 'sessions.stage', 'sessions.last_seen_at', 'sessions.expires_at', 'users.status'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.status !== 'active') return null;
  const idleLimit = new Date(row.last_seen_at.getTime() + config.sessionIdleMinutes * 60_000);
  if (now >= row.expires_at || now >= idleLimit) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  // Touch at most once a minute to keep reads cheap.
  if (now.getTime() - row.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
  }
  return { tokenHash, userId: row.user_id, stage: row.stage };
}

/** Loads the user with every membership and coordinator mandate they hold. */
export async function loadActor(db: Kysely<Database>, userId: string, sessionTokenHash: string): Promise<Actor | null> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'preferred_language', 'commission_admin', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return null;
  const [memberships, coordinators] = await Promise.all([
    db
      .selectFrom('memberships')
      .innerJoin('authorities', 'authorities.id', 'memberships.authority_id')
      .select(['memberships.authority_id', 'memberships.roles', 'authorities.country', 'authorities.status'])
      .where('memberships.user_id', '=', userId)
      .execute(),
    db.selectFrom('coordinators').select(['id', 'country', 'kind', 'areas', 'regions']).where('user_id', '=', userId).execute(),
  ]);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    preferredLanguage: user.preferred_language,
    commissionAdmin: user.commission_admin,
    memberships: memberships.map((m) => ({ authorityId: m.authority_id, country: m.country, roles: m.roles, authorityStatus: m.status })),
    coordinators: coordinators.map((c) => ({ id: c.id, country: c.country, kind: c.kind, areas: c.areas, regions: c.regions })),
    sessionTokenHash,
  };
}
