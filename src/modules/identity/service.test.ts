import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { createUser } from '../../../tests/support/factories.js';
import { SESSION_COOKIE } from './session-store.js';

/** Signing in and out through the real HTTP layer (POST/DELETE /api/v1/session, GET /api/v1/me). */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

async function signIn(user: { email: string; password: string }, client: TestClient = t.client()) {
  const res = await client.post('/api/v1/session', { email: user.email, password: user.password });
  return { client, res };
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await t.ctx.db.selectFrom('audit_events').select('action').where('subject_id', '=', subjectId).orderBy('seq').execute();
  return rows.map((r) => r.action);
}

describe('a user signs in with e-mail and password', () => {
  it('gets a full session, an HttpOnly SameSite=Lax cookie and their profile', async () => {
    const user = await createUser(t.ctx.db, { name: 'Ana Lima' });
    const { client, res } = await signIn(user);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'full', me: { id: user.id, email: user.email, name: 'Ana Lima', totpEnabled: false, totpRequired: false } });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, memberships: [], coordinators: [] });
    expect(await auditActions(user.id)).toContain('session.login');
  });

  it('is matched case-insensitively on the e-mail address', async () => {
    const user = await createUser(t.ctx.db, { email: `Mixed.Case-${Date.now()}@Example.eu` });
    const { res } = await signIn({ email: user.email.toUpperCase(), password: user.password });
    expect(res.json().stage).toBe('full');
  });

  it('stores only the hash of the session token', async () => {
    const user = await createUser(t.ctx.db);
    const { res } = await signIn(user);
    const token = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const rows = await t.ctx.db.selectFrom('sessions').select(['token_hash', 'expires_at', 'created_at']).where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toBe(token);
    expect(rows[0]!.expires_at.getTime() - rows[0]!.created_at.getTime()).toBe(t.ctx.config.sessionMaxHours * 3_600_000);
  });

  it('gets a new token on every sign-in, and the old session ends', async () => {
    const user = await createUser(t.ctx.db);
    const { client, res: first } = await signIn(user);
    const firstToken = first.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const second = await client.post('/api/v1/session', { email: user.email, password: user.password });
    const secondToken = second.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    expect(secondToken).not.toBe(firstToken);
    const sessions = await t.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute();
    expect(sessions).toHaveLength(1);
  });
});

describe('a failed sign-in tells nothing about who is registered', () => {
  it('answers a wrong password, an unknown e-mail, a pending and a disabled account identically', async () => {
    const active = await createUser(t.ctx.db);
    const pending = await createUser(t.ctx.db, { status: 'pending', password: null });
    const disabled = await createUser(t.ctx.db, { status: 'disabled' });
    const answers = [
      await t.client().post('/api/v1/session', { email: active.email, password: 'not the right password' }),
      await t.client().post('/api/v1/session', { email: `nobody-${Date.now()}@example.eu`, password: 'not the right password' }),
      await t.client().post('/api/v1/session', { email: pending.email, password: 'anything at all here' }),
      await t.client().post('/api/v1/session', { email: disabled.email, password: disabled.password }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    }
    const bodies = answers.map((r) => r.json());
    expect(bodies[0]).toMatchObject({ code: 'invalid-credentials', type: 'urn:openimi:problem:invalid-credentials', status: 401 });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await auditActions(active.id)).toContain('session.login-failed');
  });

  it('never writes the password typed into the audit log', async () => {
    const user = await createUser(t.ctx.db);
    const secret = 'a-password-nobody-should-see-42';
    await t.client().post('/api/v1/session', { email: user.email, password: secret });
    await t.client().post('/api/v1/session', { email: secret, password: secret });
    const rows = await t.ctx.db.selectFrom('audit_events').select(['subject_id', 'before', 'after']).execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
});

describe('/me without a session', () => {
  it('answers 401 problem+json `unauthenticated`', async () => {
    const res = await t.client().get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'unauthenticated', status: 401, instance: '/api/v1/me' });
  });

  it('answers 401 to a made-up cookie', async () => {
    const client = t.client();
    client.setCookie(SESSION_COOKIE, 'made-up-token');
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('sessions expire', () => {
  it('after SESSION_IDLE_MINUTES without a request', async () => {
    const user = await createUser(t.ctx.db);
    const { client } = await signIn(user);
    t.clock.advance((t.ctx.config.sessionIdleMinutes - 1) * 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance((t.ctx.config.sessionIdleMinutes - 1) * 60_000);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    t.clock.advance((t.ctx.config.sessionIdleMinutes + 1) * 60_000);
    const res = await client.get('/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute()).toHaveLength(0);
  });

  it('after SESSION_MAX_HOURS however active the user is', async () => {
    const user = await createUser(t.ctx.db);
    const { client } = await signIn(user);
    const step = 20 * 60_000;
    const steps = (t.ctx.config.sessionMaxHours * 3_600_000) / step;
    for (let i = 1; i < steps; i += 1) {
      t.clock.advance(step);
      expect((await client.get('/api/v1/me')).statusCode, `after ${i * 20} minutes`).toBe(200);
    }
    t.clock.advance(step);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('a user signs out', () => {
  it('ends the session and clears the cookie', async () => {
    const user = await createUser(t.ctx.db);
    const { client, res } = await signIn(user);
    const token = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const out = await client.delete('/api/v1/session');
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cleared.value).toBe('');
    expect(client.hasCookie(SESSION_COOKIE)).toBe(false);
    expect(await t.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute()).toHaveLength(0);
    // The old token no longer works even if someone kept it.
    const replay = t.client();
    replay.setCookie(SESSION_COOKIE, token);
    expect((await replay.get('/api/v1/me')).statusCode).toBe(401);
    expect(await auditActions(user.id)).toContain('session.logout');
  });

  it('answers 204 when there is no session to end', async () => {
    expect((await t.client().delete('/api/v1/session')).statusCode).toBe(204);
  });
});
