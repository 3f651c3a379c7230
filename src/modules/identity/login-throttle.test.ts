import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { createUser } from '../../../tests/support/factories.js';
import { SIGN_IN_RATE_LIMIT } from './session-routes.js';

/** Too many failed sign-ins lock the e-mail typed, whether an account has it or not. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const WRONG = 'definitely not the password';

async function fail(email: string) {
  return t.client().post('/api/v1/session', { email, password: WRONG });
}

describe('login lockout', () => {
  it(`locks an account's e-mail after LOGIN_MAX_FAILURES failures, then lifts the lock after LOGIN_LOCK_MINUTES`, async () => {
    const user = await createUser(t.ctx.db);
    const { loginMaxFailures, loginLockMinutes } = t.ctx.config;
    for (let i = 0; i < loginMaxFailures; i += 1) expect((await fail(user.email)).statusCode).toBe(401);

    // Even the right password is refused while locked.
    const locked = await t.client().post('/api/v1/session', { email: user.email, password: user.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(locked.json()).toMatchObject({ code: 'login-locked', status: 429 });
    expect(Number(locked.headers['retry-after'])).toBe(loginLockMinutes * 60);

    t.clock.advance(loginLockMinutes * 60_000 - 1000);
    const stillLocked = await t.client().post('/api/v1/session', { email: user.email, password: user.password });
    expect(stillLocked.statusCode).toBe(429);
    expect(stillLocked.headers['retry-after']).toBe('1');

    t.clock.advance(1000);
    const ok = await t.client().post('/api/v1/session', { email: user.email.toUpperCase(), password: user.password });
    expect(ok.statusCode).toBe(200);
    // Success cleared the count: the next failure starts again from one.
    expect((await fail(user.email)).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).statusCode).toBe(200);
  });

  it('locks an unknown e-mail exactly the same way, with the same answer', async () => {
    const known = await createUser(t.ctx.db);
    const unknown = `nobody-${Date.now()}@example.eu`;
    for (let i = 0; i < t.ctx.config.loginMaxFailures; i += 1) {
      await fail(known.email);
      await fail(unknown);
    }
    const a = await fail(known.email);
    const b = await fail(unknown);
    expect(a.statusCode).toBe(429);
    expect(b.statusCode).toBe(429);
    expect(a.json()).toEqual(b.json());
    expect(a.headers['retry-after']).toBe(b.headers['retry-after']);
    t.clock.advance(t.ctx.config.loginLockMinutes * 60_000);
  });

  it('forgets failures older than the 15-minute window', async () => {
    const user = await createUser(t.ctx.db);
    for (let i = 0; i < t.ctx.config.loginMaxFailures - 1; i += 1) await fail(user.email);
    t.clock.advance(16 * 60_000);
    expect((await fail(user.email)).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).statusCode).toBe(200);
  });

  it('keeps no e-mail address in clear in the throttle table', async () => {
    const email = `clear-text-${Date.now()}@example.eu`;
    await fail(email);
    const rows = await t.ctx.db.selectFrom('login_throttle').select('email_key').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain('clear-text');
  });
});

describe('rate limit per client address', () => {
  it(`answers 429 too-many-requests after ${SIGN_IN_RATE_LIMIT.max} sign-in attempts a minute`, async () => {
    // This file has already made some attempts from the same address: send until refused.
    let res = await fail(`spray-0-${Date.now()}@example.eu`);
    for (let i = 1; i <= SIGN_IN_RATE_LIMIT.max && res.statusCode !== 429; i += 1) res = await fail(`spray-${i}-${Date.now()}@example.eu`);
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'too-many-requests' });
    expect(res.headers['retry-after']).toBeDefined();
  });
});
