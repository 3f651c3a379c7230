import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { createUser } from '../../../tests/support/factories.js';
import { SESSION_COOKIE } from './session-store.js';

/** Two-step verification: enrolment, sign-in with a TOTP code or a recovery code, turning it off. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

function codeAt(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(t.clock.now.getTime() / 1000) + offsetSeconds });
}

/** Moves the clock into the next 30-second step, so that a fresh code is accepted. */
function nextStep(): void {
  t.clock.advance(30_000);
}

async function signedIn(user: { email: string; password: string }): Promise<TestClient> {
  const client = t.client();
  const res = await client.post('/api/v1/session', { email: user.email, password: user.password });
  expect(res.json().stage).toBe('full');
  return client;
}

/** A user with TOTP enabled: returns the secret and the recovery codes. */
async function enrolledUser() {
  const user = await createUser(t.ctx.db);
  const client = await signedIn(user);
  const setup = await client.post('/api/v1/me/totp/setup');
  const { secret } = setup.json() as { secret: string };
  const enable = await client.post('/api/v1/me/totp/enable', { code: await codeAt(secret) });
  expect(enable.statusCode).toBe(200);
  nextStep();
  return { user, client, secret, recoveryCodes: (enable.json() as { recoveryCodes: string[] }).recoveryCodes };
}

describe('a user turns on two-step verification', () => {
  it('gets a secret, an otpauth URL and a QR code, confirms with a code and gets ten recovery codes', async () => {
    const user = await createUser(t.ctx.db);
    const client = await signedIn(user);
    const setup = await client.post('/api/v1/me/totp/setup');
    expect(setup.statusCode).toBe(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    const { secret, otpauthUrl, qrSvg } = setup.json() as { secret: string; otpauthUrl: string; qrSvg: string };
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/OpenIMI:/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    // The secret is stored sealed, never in clear; TOTP is not on until confirmed.
    const row = await t.ctx.db.selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^v1\./);
    expect(row.totp_secret).not.toContain(secret);
    expect(row.totp_enabled_at).toBeNull();

    const wrong = await client.post('/api/v1/me/totp/enable', { code: '000000' === (await codeAt(secret)) ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('totp-code-invalid');

    const enable = await client.post('/api/v1/me/totp/enable', { code: await codeAt(secret) });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await t.ctx.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!.slice(0, 4) + '-');

    expect((await client.get('/api/v1/me')).json()).toMatchObject({ totpEnabled: true });
    // Setting up again while it is on would silently replace the secret: refused.
    expect((await client.post('/api/v1/me/totp/setup')).json().code).toBe('totp-already-enabled');

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'after']).where('subject_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('user.totp-enabled');
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('cannot be confirmed before it is set up', async () => {
    const user = await createUser(t.ctx.db);
    const client = await signedIn(user);
    const res = await client.post('/api/v1/me/totp/enable', { code: '123456' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('totp-setup-missing');
  });
});

describe('a user with two-step verification signs in', () => {
  it('is asked for the second factor, and a TOTP code completes the sign-in with a new token', async () => {
    const { user, secret } = await enrolledUser();
    const client = t.client();
    const first = await client.post('/api/v1/session', { email: user.email, password: user.password });
    expect(first.json()).toEqual({ stage: 'totp' });
    const pendingToken = first.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    // Not signed in yet.
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);

    const second = await client.post('/api/v1/session/second-factor', { totp: await codeAt(secret) });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({ stage: 'full', me: { id: user.id, totpEnabled: true } });
    expect(second.cookies.find((c) => c.name === SESSION_COOKIE)!.value).not.toBe(pendingToken);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('accepts a code from the previous or the next 30-second step, not further', async () => {
    const { user, secret } = await enrolledUser();
    for (const offset of [-30, 30]) {
      nextStep();
      const client = t.client();
      await client.post('/api/v1/session', { email: user.email, password: user.password });
      expect((await client.post('/api/v1/session/second-factor', { totp: await codeAt(secret, offset) })).statusCode, `offset ${offset}`).toBe(200);
    }
    nextStep();
    nextStep();
    const client = t.client();
    await client.post('/api/v1/session', { email: user.email, password: user.password });
    expect((await client.post('/api/v1/session/second-factor', { totp: await codeAt(secret, -90) })).statusCode).toBe(401);
  });

  it('refuses the same code twice within its window', async () => {
    const { user, secret } = await enrolledUser();
    const code = await codeAt(secret);
    const first = await t.client().post('/api/v1/session', { email: user.email, password: user.password, totp: code });
    expect(first.json().stage).toBe('full');
    const again = t.client();
    await again.post('/api/v1/session', { email: user.email, password: user.password });
    const replay = await again.post('/api/v1/session/second-factor', { totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('second-factor-invalid');
  });

  it('can give the code in the same call; a wrong one is just invalid credentials', async () => {
    const { user, secret } = await enrolledUser();
    const wrong = await t.client().post('/api/v1/session', { email: user.email, password: user.password, totp: (await codeAt(secret)) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid-credentials');
    const ok = await t.client().post('/api/v1/session', { email: user.email, password: user.password, totp: await codeAt(secret) });
    expect(ok.json()).toMatchObject({ stage: 'full', me: { id: user.id } });
  });

  it('can use each recovery code once', async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const code = recoveryCodes[3]!;
    const client = t.client();
    await client.post('/api/v1/session', { email: user.email, password: user.password });
    // Case and spacing do not matter.
    const ok = await client.post('/api/v1/session/second-factor', { recoveryCode: ` ${code.toUpperCase()} ` });
    expect(ok.statusCode).toBe(200);

    const again = t.client();
    await again.post('/api/v1/session', { email: user.email, password: user.password });
    const reused = await again.post('/api/v1/session/second-factor', { recoveryCode: code });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('second-factor-invalid');
    expect((await again.post('/api/v1/session/second-factor', { recoveryCode: recoveryCodes[4]! })).statusCode).toBe(200);
  });

  it('counts wrong codes towards the login lock', async () => {
    const { user, secret } = await enrolledUser();
    const client = t.client();
    await client.post('/api/v1/session', { email: user.email, password: user.password });
    for (let i = 0; i < t.ctx.config.loginMaxFailures; i += 1) {
      expect((await client.post('/api/v1/session/second-factor', { recoveryCode: 'aaaa-bbbb-cccc' })).statusCode).toBe(401);
    }
    const locked = await client.post('/api/v1/session/second-factor', { totp: await codeAt(secret) });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('login-locked');
    t.clock.advance(t.ctx.config.loginLockMinutes * 60_000);
  });

  it('refuses a second factor without a session waiting for one', async () => {
    const res = await t.client().post('/api/v1/session/second-factor', { totp: '123456' });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });
});

describe('a user manages two-step verification', () => {
  it('renews the recovery codes with a current code; the old ones stop working', async () => {
    const { user, client, secret, recoveryCodes } = await enrolledUser();
    const res = await client.post('/api/v1/me/recovery-codes', { code: await codeAt(secret) });
    expect(res.statusCode).toBe(200);
    const renewed = (res.json() as { recoveryCodes: string[] }).recoveryCodes;
    expect(renewed).toHaveLength(10);
    expect(renewed).not.toContain(recoveryCodes[0]);
    const other = t.client();
    await other.post('/api/v1/session', { email: user.email, password: user.password });
    expect((await other.post('/api/v1/session/second-factor', { recoveryCode: recoveryCodes[0]! })).statusCode).toBe(401);
    expect((await other.post('/api/v1/session/second-factor', { recoveryCode: renewed[0]! })).statusCode).toBe(200);
  });

  it('turns it off with a code; a wrong code is refused', async () => {
    const { user, client, secret } = await enrolledUser();
    const wrong = await client.request('DELETE', '/api/v1/me/totp', { code: 'zzzz-zzzz-zzzz' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('totp-code-invalid');
    const off = await client.request('DELETE', '/api/v1/me/totp', { code: await codeAt(secret) });
    expect(off.statusCode).toBe(204);
    const row = await t.ctx.db.selectFrom('users').select(['totp_secret', 'totp_enabled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null });
    expect(await t.ctx.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute()).toHaveLength(0);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).json().stage).toBe('full');
    expect((await client.request('DELETE', '/api/v1/me/totp', { code: '123456' })).json().code).toBe('totp-not-enabled');
  });

  it('needs a full session for everything but enrolment', async () => {
    const { user } = await enrolledUser();
    const pending = t.client();
    await pending.post('/api/v1/session', { email: user.email, password: user.password });
    expect((await pending.post('/api/v1/me/totp/setup')).statusCode).toBe(401);
    expect((await pending.post('/api/v1/me/recovery-codes', { code: '123456' })).statusCode).toBe(401);
    expect((await pending.request('DELETE', '/api/v1/me/totp', { code: '123456' })).statusCode).toBe(401);
  });
});
