import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { createUser } from '../../../tests/support/factories.js';
import { RESET_VALID_MINUTES } from './password-reset.js';

/** A user who forgot their password asks for a link by e-mail and sets a new one. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const NEW_PASSWORD = 'a brand new passphrase 2026';

async function mailsTo(email: string) {
  return t.ctx.db.selectFrom('mail_outbox').select(['subject', 'body_text', 'language']).where('recipient', '=', email).orderBy('id').execute();
}

/** The token of the newest reset link mailed to `email`. */
async function mailedToken(email: string): Promise<string> {
  const mails = await mailsTo(email);
  const body = mails.at(-1)?.body_text ?? '';
  const link = /(https?:\/\/\S+\/reset-password\?token=\S+)/.exec(body)?.[1];
  expect(link, 'a reset link in the mail').toBeDefined();
  return new URL(link!).searchParams.get('token')!;
}

describe('asking for a reset link', () => {
  it('mails a link in the user’s language to an active account', async () => {
    const user = await createUser(t.ctx.db, { name: 'Jean Dupont' });
    const res = await t.client().post('/api/v1/password-reset', { email: user.email });
    expect(res.statusCode).toBe(202);
    const [mail] = await mailsTo(user.email);
    expect(mail).toBeDefined();
    expect(mail!.language).toBe('en');
    expect(mail!.subject).toBe('Reset your OpenIMI password');
    expect(mail!.body_text).toContain('Dear Jean Dupont');
    expect(mail!.body_text).toContain(`${t.ctx.config.publicUrl}/reset-password?token=`);
    expect(mail!.body_text).toContain(`${RESET_VALID_MINUTES} minutes`);
    // Only the hash of the token is stored.
    const token = await mailedToken(user.email);
    const stored = await t.ctx.db.selectFrom('user_tokens').select('token_hash').where('user_id', '=', user.id).execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers the same 202 for unknown, pending and disabled accounts, and mails nothing', async () => {
    const pending = await createUser(t.ctx.db, { status: 'pending', password: null });
    const disabled = await createUser(t.ctx.db, { status: 'disabled' });
    const active = await createUser(t.ctx.db);
    const unknown = `nobody-${Date.now()}@example.eu`;
    const answers = [];
    for (const email of [active.email, unknown, pending.email, disabled.email]) {
      answers.push(await t.client().post('/api/v1/password-reset', { email }));
    }
    for (const res of answers) {
      expect(res.statusCode).toBe(202);
      expect(res.body).toBe(answers[0]!.body);
      expect(res.headers['content-type']).toBe(answers[0]!.headers['content-type']);
    }
    expect(await mailsTo(active.email)).toHaveLength(1);
    for (const email of [unknown, pending.email, disabled.email]) expect(await mailsTo(email)).toHaveLength(0);
  });
});

describe('setting a new password with the link', () => {
  it('works once, signs the user out everywhere, and the new password works', async () => {
    const user = await createUser(t.ctx.db);
    const elsewhere = t.client();
    await elsewhere.post('/api/v1/session', { email: user.email, password: user.password });
    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(200);

    await t.client().post('/api/v1/password-reset', { email: user.email });
    const token = await mailedToken(user.email);
    const done = await t.client().post('/api/v1/password-reset/complete', { token, password: NEW_PASSWORD });
    expect(done.statusCode).toBe(204);

    expect((await elsewhere.get('/api/v1/me')).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).statusCode).toBe(401);
    expect((await t.client().post('/api/v1/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);

    const again = await t.client().post('/api/v1/password-reset/complete', { token, password: 'yet another passphrase 99' });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'token-invalid', status: 400 });

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('subject_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['user.password-reset-requested', 'user.password-reset']));
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
  });

  it('refuses an expired link', async () => {
    const user = await createUser(t.ctx.db);
    await t.client().post('/api/v1/password-reset', { email: user.email });
    const token = await mailedToken(user.email);
    t.clock.advance(RESET_VALID_MINUTES * 60_000 + 1000);
    const res = await t.client().post('/api/v1/password-reset/complete', { token, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('token-invalid');
  });

  it('refuses an unknown token, and only the newest link works', async () => {
    const user = await createUser(t.ctx.db);
    expect((await t.client().post('/api/v1/password-reset/complete', { token: 'no-such-token', password: NEW_PASSWORD })).json().code).toBe('token-invalid');
    await t.client().post('/api/v1/password-reset', { email: user.email });
    const older = await mailedToken(user.email);
    await t.client().post('/api/v1/password-reset', { email: user.email });
    const newer = await mailedToken(user.email);
    expect((await t.client().post('/api/v1/password-reset/complete', { token: older, password: NEW_PASSWORD })).statusCode).toBe(400);
    expect((await t.client().post('/api/v1/password-reset/complete', { token: newer, password: NEW_PASSWORD })).statusCode).toBe(204);
  });

  it('explains a password that breaks the policy, and the link stays usable', async () => {
    const user = await createUser(t.ctx.db);
    await t.client().post('/api/v1/password-reset', { email: user.email });
    const token = await mailedToken(user.email);
    const short = await t.client().post('/api/v1/password-reset/complete', { token, password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'password-too-short' });
    expect(short.json().detail).toContain('12');
    const common = await t.client().post('/api/v1/password-reset/complete', { token, password: 'password1234' });
    expect(common.json().code).toBe('password-common');
    expect((await t.client().post('/api/v1/password-reset/complete', { token, password: NEW_PASSWORD })).statusCode).toBe(204);
  });

  it('lifts a login lock on the account', async () => {
    const user = await createUser(t.ctx.db);
    for (let i = 0; i < t.ctx.config.loginMaxFailures; i += 1) await t.client().post('/api/v1/session', { email: user.email, password: 'wrong password here' });
    expect((await t.client().post('/api/v1/session', { email: user.email, password: user.password })).statusCode).toBe(429);
    await t.client().post('/api/v1/password-reset', { email: user.email });
    await t.client().post('/api/v1/password-reset/complete', { token: await mailedToken(user.email), password: NEW_PASSWORD });
    expect((await t.client().post('/api/v1/session', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
  });
});
