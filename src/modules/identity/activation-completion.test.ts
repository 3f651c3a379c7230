import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../tests/support/app.js';
import { inTransaction } from '../../db/transaction.js';
import { findOrCreatePendingUser } from './accounts.js';
import { ACTIVATION_VALID_DAYS, issueActivation } from './activation.js';

/** A new user gets an activation link by e-mail, chooses a password and signs in. */
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t?.close();
});

const PASSWORD = 'my own first passphrase';
let counter = 0;

/** What registration approval or an authority administrator does: a pending user and a mailed link. */
async function invite(language = 'en') {
  counter += 1;
  const account = { email: `newcomer${counter}-${Date.now()}@example.eu`, name: `Newcomer ${counter}`, preferredLanguage: language };
  const user = await inTransaction(t.ctx.db, async (uow) => {
    const created = await findOrCreatePendingUser(uow, account, null);
    await issueActivation(uow, t.ctx, { id: created.id, ...account });
    return created;
  }, t.clock.now);
  const mail = await t.ctx.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('recipient', '=', account.email).orderBy('id', 'desc').executeTakeFirstOrThrow();
  const link = /(https?:\/\/\S+\/activate\?token=\S+)/.exec(mail.body_text)?.[1];
  expect(link).toBeDefined();
  return { ...account, id: user.id, mail, token: new URL(link!).searchParams.get('token')! };
}

describe('activating a new account', () => {
  it('mails a clear invitation', async () => {
    const invited = await invite();
    expect(invited.mail.subject).toBe('Activate your OpenIMI account');
    expect(invited.mail.body_text).toContain(`Dear ${invited.name}`);
    expect(invited.mail.body_text).toContain(`${ACTIVATION_VALID_DAYS} days`);
  });

  it('sets the password and activates the account, once', async () => {
    const invited = await invite();
    // A pending account cannot sign in.
    expect((await t.client().post('/api/v1/session', { email: invited.email, password: PASSWORD })).statusCode).toBe(401);

    const res = await t.client().post('/api/v1/activation/complete', { token: invited.token, password: PASSWORD });
    expect(res.statusCode).toBe(204);
    const row = await t.ctx.db.selectFrom('users').select(['status', 'password_hash']).where('id', '=', invited.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('active');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);

    const signIn = await t.client().post('/api/v1/session', { email: invited.email, password: PASSWORD });
    expect(signIn.json()).toMatchObject({ stage: 'full', me: { id: invited.id, name: invited.name } });

    const again = await t.client().post('/api/v1/activation/complete', { token: invited.token, password: 'someone else’s passphrase' });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('token-invalid');

    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'before', 'after']).where('subject_id', '=', invited.id).execute();
    expect(audit.find((a) => a.action === 'user.activated')).toMatchObject({ before: { status: 'pending' }, after: { status: 'active' } });
    expect(JSON.stringify(audit)).not.toContain(invited.token);
  });

  it('refuses an expired link, and a reset token used as an activation token', async () => {
    const invited = await invite();
    t.clock.advance(ACTIVATION_VALID_DAYS * 86_400_000 + 1000);
    const expired = await t.client().post('/api/v1/activation/complete', { token: invited.token, password: PASSWORD });
    expect(expired.json()).toMatchObject({ status: 400, code: 'token-invalid' });
    const wrongKind = await t.client().post('/api/v1/password-reset/complete', { token: (await invite()).token, password: PASSWORD });
    expect(wrongKind.json().code).toBe('token-invalid');
  });

  it('explains a password that breaks the policy, and the link stays usable', async () => {
    const invited = await invite();
    const bad = await t.client().post('/api/v1/activation/complete', { token: invited.token, password: `${invited.email.split('@')[0]}-xyz` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('password-contains-email');
    expect((await t.client().post('/api/v1/activation/complete', { token: invited.token, password: PASSWORD })).statusCode).toBe(204);
  });
});
