import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestClient } from '../../../tests/support/app.js';
import { addCoordinator, createAuthority, createUser } from '../../../tests/support/factories.js';
import { signIn } from '../../../tests/support/sessions.js';
import { verifyAuditChain } from '../audit/service.js';
import { registrationBody, rowCounts, seedRegistration, uniqueName, type RegistrationBody } from './test-fixtures.js';

/** Registration: an authority asks to be registered, its competent coordinator decides. */
let t: TestApp;
let anonymous: TestClient;
let nationalDE: TestClient;
let nationalDEUser: Awaited<ReturnType<typeof createUser>>;
let delegatedInScopeUser: Awaited<ReturnType<typeof createUser>>;
let nationalAT: TestClient;
let delegatedOtherArea: TestClient;
let delegatedOtherRegion: TestClient;
let commission: TestClient;
let plainUser: TestClient;

beforeAll(async () => {
  t = await testApp();
  anonymous = t.client();
  nationalDEUser = await createUser(t.ctx.db, { name: 'Nora National', language: 'de' });
  await addCoordinator(t.ctx.db, nationalDEUser.id, 'DE', 'national');
  nationalDE = await signIn(t, nationalDEUser);
  delegatedInScopeUser = await createUser(t.ctx.db, { name: 'Dieter Delegated' });
  await addCoordinator(t.ctx.db, delegatedInScopeUser.id, 'DE', 'delegated', { areas: ['services'], regions: ['Bayern'] });
  const at = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, at.id, 'AT', 'national');
  nationalAT = await signIn(t, at);
  const otherArea = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, otherArea.id, 'DE', 'delegated', { areas: ['train-drivers'] });
  delegatedOtherArea = await signIn(t, otherArea);
  const otherRegion = await createUser(t.ctx.db);
  await addCoordinator(t.ctx.db, otherRegion.id, 'DE', 'delegated', { regions: ['Berlin'] });
  delegatedOtherRegion = await signIn(t, otherRegion);
  commission = await signIn(t, await createUser(t.ctx.db, { commissionAdmin: true }));
  plainUser = await signIn(t, await createUser(t.ctx.db));
});
afterAll(async () => {
  await t?.close();
});

async function mailsTo(recipient: string) {
  return t.ctx.db.selectFrom('mail_outbox').select(['subject', 'body_text', 'language']).where('recipient', '=', recipient).orderBy('id').execute();
}

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ status, code, type: `urn:openimi:problem:${code}` });
}

describe('an authority registers and its national coordinator approves it', () => {
  const body = registrationBody({ authority: { names: [{ language: 'de', name: 'Ärztekammer Niederbayern' }, { language: 'en', name: 'Chamber of Physicians of Lower Bavaria' }] } });
  let registrationId: string;
  let authorityId: string;

  it('accepts the request without a session: 202 pending', async () => {
    const res = await anonymous.post('/api/v1/registrations', body as never);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ status: 'pending' });
    registrationId = res.json().id;
    const row = await t.ctx.db.selectFrom('registrations').selectAll().where('id', '=', registrationId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', country: 'DE', region: 'Bayern', competences: ['services'] });
    const audit = await t.ctx.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('subject_id', '=', registrationId).execute();
    expect(audit).toEqual([{ action: 'registration.submitted', actor_user_id: null }]);
  });

  it('tells the applicant it was received and the competent coordinators that it awaits them', async () => {
    const applicant = await mailsTo(body.administrator.email);
    expect(applicant).toHaveLength(1);
    expect(applicant[0]!.language).toBe('de');
    expect(await mailsTo(nationalDEUser.email)).toHaveLength(1);
    expect(await mailsTo(delegatedInScopeUser.email)).toHaveLength(1);
    const [awaiting] = await mailsTo(delegatedInScopeUser.email);
    expect(awaiting!.subject).toContain('Chamber of Physicians of Lower Bavaria');
    // The link opens the coordinator's decision page of the web app; the country is named, not coded.
    expect(awaiting!.body_text).toContain(`/coordination/registrations/${registrationId}`);
    expect(awaiting!.body_text).toContain('(Germany)');
  });

  it('shows it to the coordinator in the pending list and on its own', async () => {
    const list = await nationalDE.get('/api/v1/registrations?status=pending');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(registrationId);
    const one = await nationalDE.get(`/api/v1/registrations/${registrationId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      id: registrationId,
      status: 'pending',
      authority: { country: 'DE', region: 'Bayern', names: body.authority.names, contactPhone: '+49 89 123456' },
      administrator: body.administrator,
      decidedAt: null,
    });
  });

  it('approval creates the authority, its administrator and the activation mail, in one go', async () => {
    const before = await rowCounts(t.ctx.db);
    const res = await nationalDE.post(`/api/v1/registrations/${registrationId}/approve`);
    expect(res.statusCode).toBe(200);
    authorityId = res.json().authorityId;
    const after = await rowCounts(t.ctx.db);
    expect(after.authorities).toBe(before.authorities! + 1);
    expect(after.authority_names).toBe(before.authority_names! + 2);
    expect(after.users).toBe(before.users! + 1);
    expect(after.memberships).toBe(before.memberships! + 1);
    expect(after.user_tokens).toBe(before.user_tokens! + 1);
    expect(after['registrations pending']).toBe(before['registrations pending']! - 1);

    const admin = await t.ctx.db.selectFrom('users').selectAll().where('email', '=', body.administrator.email).executeTakeFirstOrThrow();
    expect(admin).toMatchObject({ status: 'pending', name: 'Anna Administratorin', preferred_language: 'de', password_hash: null });
    const membership = await t.ctx.db.selectFrom('memberships').selectAll().where('user_id', '=', admin.id).executeTakeFirstOrThrow();
    expect(membership).toMatchObject({ authority_id: authorityId, roles: ['administrator'] });
    const token = await t.ctx.db.selectFrom('user_tokens').selectAll().where('user_id', '=', admin.id).executeTakeFirstOrThrow();
    expect(token).toMatchObject({ purpose: 'activate', used_at: null });

    const mails = await mailsTo(body.administrator.email);
    expect(mails).toHaveLength(2); // received, then activation
    expect(mails[1]!.language).toBe('de');
    expect(mails[1]!.body_text).toContain('/activate?token=');

    const registration = await t.ctx.db.selectFrom('registrations').selectAll().where('id', '=', registrationId).executeTakeFirstOrThrow();
    expect(registration).toMatchObject({ status: 'approved', decided_by: nationalDEUser.id, authority_id: authorityId });

    const actions = await t.ctx.db.selectFrom('audit_events').select('action').where('seq', '>', before.audit_events!).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['authority.created', 'user.created', 'membership.created', 'user.activation-issued', 'registration.approved']);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true });
  });

  it('the new authority is in the directory with its profile', async () => {
    const res = await nationalDE.get(`/api/v1/authorities/${authorityId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: authorityId, country: 'DE', status: 'active', name: 'Ärztekammer Niederbayern', nameLanguage: 'de', address: body.authority.address });
  });

  it('deciding a second time is refused with 409 registration-decided, and changes nothing', async () => {
    const before = await rowCounts(t.ctx.db);
    expectProblem(await nationalDE.post(`/api/v1/registrations/${registrationId}/approve`), 409, 'registration-decided');
    expectProblem(await nationalDE.post(`/api/v1/registrations/${registrationId}/reject`, { reason: 'Changed my mind' }), 409, 'registration-decided');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });
});

describe('an administrator who already has an active account', () => {
  it('just gets the membership and a notice, no activation', async () => {
    const existing = await createUser(t.ctx.db, { language: 'en' });
    const id = await seedRegistration(t.ctx.db, registrationBody({ administrator: { email: existing.email.toUpperCase(), name: 'Someone Else' } }));
    const before = await rowCounts(t.ctx.db);
    const res = await nationalDE.post(`/api/v1/registrations/${id}/approve`);
    expect(res.statusCode).toBe(200);
    const after = await rowCounts(t.ctx.db);
    expect(after.users).toBe(before.users);
    expect(after.user_tokens).toBe(before.user_tokens);
    expect(after.memberships).toBe(before.memberships! + 1);
    const user = await t.ctx.db.selectFrom('users').select(['status', 'name']).where('id', '=', existing.id).executeTakeFirstOrThrow();
    expect(user).toEqual({ status: 'active', name: existing.name });
    const mails = await mailsTo(existing.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('access');
  });
});

describe('a coordinator rejects a registration', () => {
  it('records the reason and mails it to the applicant', async () => {
    const body = registrationBody({ administrator: { preferredLanguage: 'en' } });
    const submitted = await anonymous.post('/api/v1/registrations', body as never);
    const id = submitted.json().id as string;
    const res = await nationalDE.post(`/api/v1/registrations/${id}/reject`, { reason: 'This is a private company, not a public authority.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'rejected', reason: 'This is a private company, not a public authority.', decidedBy: nationalDEUser.id });
    const mails = await mailsTo(body.administrator.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toContain('not approved');
    expect(mails[1]!.body_text).toContain('This is a private company, not a public authority.');
    expectProblem(await nationalDE.post(`/api/v1/registrations/${id}/approve`), 409, 'registration-decided');
  });

  it('needs a reason of 3 to 2000 characters', async () => {
    const id = await seedRegistration(t.ctx.db);
    const before = await rowCounts(t.ctx.db);
    expectProblem(await nationalDE.post(`/api/v1/registrations/${id}/reject`, { reason: 'no' }), 400, 'validation');
    expectProblem(await nationalDE.post(`/api/v1/registrations/${id}/reject`, { reason: 'x'.repeat(2001) }), 400, 'validation');
    expectProblem(await nationalDE.post(`/api/v1/registrations/${id}/reject`, {}), 400, 'validation');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });
});

describe('bad registrations are refused and change nothing', () => {
  const base = registrationBody();
  const withAuthority = (patch: Record<string, unknown>) => ({ ...base, authority: { ...base.authority, ...patch } });
  const without = (key: keyof RegistrationBody['authority']) => {
    const { [key]: _omitted, ...rest } = base.authority;
    return { ...base, authority: rest };
  };
  const cases: Array<[string, unknown, string]> = [
    ['an invalid administrator e-mail', { ...base, administrator: { ...base.administrator, email: 'not-an-email' } }, '/administrator/email'],
    ['an invalid contact e-mail', withAuthority({ contactEmail: 'kontakt@' }), '/authority/contactEmail'],
    ['an unknown country', withAuthority({ country: 'XX' }), '/authority/country'],
    ['a country outside the EEA', withAuthority({ country: 'CH' }), '/authority/country'],
    ['no names', withAuthority({ names: [] }), '/authority/names'],
    ['missing names', without('names'), '/authority/names'],
    ['a one-letter name', withAuthority({ names: [{ language: 'de', name: 'X' }] }), '/authority/names/0/name'],
    ['an oversized name', withAuthority({ names: [{ language: 'de', name: 'N'.repeat(301) }] }), '/authority/names/0/name'],
    ['two names in one language', withAuthority({ names: [{ language: 'de', name: uniqueName() }, { language: 'de', name: uniqueName() }] }), '/authority/names'],
    ['a name in an unknown language', withAuthority({ names: [{ language: 'xx', name: uniqueName() }] }), '/authority/names/0/language'],
    ['an unknown competence', withAuthority({ competences: ['astrology'] }), '/authority/competences/0'],
    ['an oversized address', withAuthority({ address: 'A'.repeat(501) }), '/authority/address'],
    ['a missing address', without('address'), '/authority/address'],
    ['a telephone number with letters', withAuthority({ contactPhone: 'call me maybe' }), '/authority/contactPhone'],
    ['no working language', withAuthority({ languages: [] }), '/authority/languages'],
    ['no administrator', { authority: base.authority }, '/administrator'],
  ];
  it.each(cases)('%s → 400 validation', async (_label, payload, pointer) => {
    const before = await rowCounts(t.ctx.db);
    const res = await anonymous.post('/api/v1/registrations', payload as never);
    expectProblem(res, 400, 'validation');
    expect(res.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('27 names (more than there are languages) → 400', async () => {
    const names = Array.from({ length: 27 }, (_, i) => ({ language: 'de', name: `Name ${i}` }));
    const before = await rowCounts(t.ctx.db);
    expectProblem(await anonymous.post('/api/v1/registrations', withAuthority({ names }) as never), 400, 'validation');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });
});

describe('an authority cannot be registered twice in a country', () => {
  beforeAll(async () => {
    await createAuthority(t.ctx.db, { country: 'DE', names: { de: 'Ärztekammer Saarland', en: 'Saarland Chamber of Physicians' } });
  });

  it('the same name, whatever its case, accents and language → 409 authority-duplicate, nothing changed', async () => {
    const before = await rowCounts(t.ctx.db);
    const res = await anonymous.post('/api/v1/registrations', registrationBody({ authority: { names: [{ language: 'fr', name: 'ARZTEKAMMER saarland' }] } }) as never);
    expectProblem(res, 409, 'authority-duplicate');
    expect(res.json().detail).toContain('Ärztekammer Saarland');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('a name awaiting registration counts too', async () => {
    const name = uniqueName('Landesamt');
    expect((await anonymous.post('/api/v1/registrations', registrationBody({ authority: { names: [{ language: 'de', name }] } }) as never)).statusCode).toBe(202);
    const before = await rowCounts(t.ctx.db);
    const again = await anonymous.post('/api/v1/registrations', registrationBody({ authority: { names: [{ language: 'en', name: name.toLowerCase() }] } }) as never);
    expectProblem(again, 409, 'authority-duplicate');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('the same name in another country is another authority', async () => {
    const res = await anonymous.post(
      '/api/v1/registrations',
      registrationBody({ authority: { country: 'AT', region: 'Tirol', names: [{ language: 'de', name: 'Ärztekammer Saarland' }] } }) as never,
    );
    expect(res.statusCode).toBe(202);
  });
});

describe('coordinators who are not competent do not see the registration', () => {
  let id: string;
  beforeAll(async () => {
    id = await seedRegistration(t.ctx.db, registrationBody({ authority: { region: 'Bayern', competences: ['services'] } }));
  });

  it.each([
    ['the national coordinator of another country', () => nationalAT],
    ['a delegated coordinator of another area', () => delegatedOtherArea],
    ['a delegated coordinator of another region', () => delegatedOtherRegion],
    ['a user without a coordinator role', () => plainUser],
  ])('%s: not listed, 404 on read, approve and reject, and nothing changes', async (_label, who) => {
    const client = who();
    const list = await client.get('/api/v1/registrations');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).not.toContain(id);
    const before = await rowCounts(t.ctx.db);
    expectProblem(await client.get(`/api/v1/registrations/${id}`), 404, 'not-found');
    expectProblem(await client.post(`/api/v1/registrations/${id}/approve`), 404, 'not-found');
    expectProblem(await client.post(`/api/v1/registrations/${id}/reject`, { reason: 'Not mine to decide' }), 404, 'not-found');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('the Commission sees it but does not decide national registrations: 403', async () => {
    expect((await commission.get(`/api/v1/registrations/${id}`)).statusCode).toBe(200);
    const before = await rowCounts(t.ctx.db);
    expectProblem(await commission.post(`/api/v1/registrations/${id}/approve`), 403, 'forbidden');
    expect(await rowCounts(t.ctx.db)).toEqual(before);
  });

  it('without a session: 401', async () => {
    expectProblem(await anonymous.get('/api/v1/registrations'), 401, 'unauthenticated');
    expectProblem(await anonymous.post(`/api/v1/registrations/${id}/approve`), 401, 'unauthenticated');
  });

  it('an unknown registration is 404 for everyone', async () => {
    expectProblem(await nationalDE.get('/api/v1/registrations/00000000-0000-4000-8000-000000000000'), 404, 'not-found');
  });
});

describe('the registrations list', () => {
  it('filters by status and pages', async () => {
    const page1 = await nationalDE.get('/api/v1/registrations?status=pending&pageSize=2');
    expect(page1.statusCode).toBe(200);
    const { items, total, page, pageSize } = page1.json();
    expect(page).toBe(1);
    expect(pageSize).toBe(2);
    expect(items.length).toBeLessThanOrEqual(2);
    expect(items.every((r: { status: string; authority: { country: string } }) => r.status === 'pending' && r.authority.country === 'DE')).toBe(true);
    const pending = await t.ctx.db.selectFrom('registrations').select('id').where('status', '=', 'pending').where('country', '=', 'DE').execute();
    expect(total).toBe(pending.length);
    const beyond = await nationalDE.get('/api/v1/registrations?status=pending&page=50&pageSize=2');
    expect(beyond.json()).toMatchObject({ items: [], total: pending.length });
    const rejected = await nationalDE.get('/api/v1/registrations?status=rejected');
    expect(rejected.json().items.every((r: { status: string }) => r.status === 'rejected')).toBe(true);
  });
});
