import { hashToken, newToken, SESSION_COOKIE } from '../../src/modules/identity/session-store.js';
import type { TestApp, TestClient } from './app.js';

/**
 * Signs a user in for an API test without the login endpoint: a full-stage session row
 * written straight to the database, and its cookie on a new client.
 */
export async function signIn(t: TestApp, user: { id: string }, options: { lang?: string } = {}): Promise<TestClient> {
  const token = newToken();
  const now = t.clock.now;
  await t.ctx.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      stage: 'full',
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + t.ctx.config.sessionMaxHours * 3_600_000),
      ip: null,
      user_agent: 'vitest',
    })
    .execute();
  const client = t.client(options);
  client.setCookie(SESSION_COOKIE, token);
  return client;
}
