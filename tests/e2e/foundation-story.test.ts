import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/modules/audit/service.js';
import { addCoordinator, createUser, TEST_PASSWORD } from '../support/factories.js';
import { hasChromium, launchBrowser, signIn as signInAt, startWebServer, Story, type WebServer } from './browser.js';
import { msg } from './messages.js';

/**
 * The foundation's story in a real browser: a Portuguese authority registers, the national
 * coordinator of Portugal (working in Portuguese) approves it and makes two-step
 * verification mandatory, the new administrator activates the account, enrols TOTP,
 * signs in with it, and switches the interface to Lithuanian and back. axe checks every
 * page on the way; screenshots go to test-results/screenshots.
 */

const suffix = Date.now().toString(36);
const authorityName = `Ordem dos Engenheiros Técnicos ${suffix}`;
const adminEmail = `teresa.almeida.${suffix}@oet.example.pt`;
const adminPassword = 'ponte vasco da gama ao pôr do sol';

// Chromium comes from Debian (`apt-get install -y chromium`, done by .ci/run); on a machine
// without it these browser tests cannot run at all, so they are skipped rather than failed.
describe.skipIf(!hasChromium)('an authority registers, is approved, and its administrator signs in with two-step verification', () => {
  let server: WebServer;
  let browser: Browser;
  let story: Story;
  let coordinatorEmail: string;
  let coordinatorPage: Page;
  let adminPage: Page;
  let recoveryCodes: string[] = [];

  const newPage = (locale: string) => story.newPage(locale);
  /** Checks accessibility and takes the screenshot. */
  const look = (page: Page, name: string) => story.look(page, name);

  const signIn = (page: Page, lang: string, email: string, password: string) => signInAt(page, server.url, lang, email, password);

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    story = new Story(browser);
    const coordinator = await createUser(server.database.db, { name: 'Inês Gonçalves', language: 'pt', email: `coordenacao.${suffix}@imi.example.pt` });
    await addCoordinator(server.database.db, coordinator.id, 'PT', 'national');
    coordinatorEmail = coordinator.email;
  });

  afterAll(async () => {
    await story?.close();
    await browser?.close();
    await server?.close();
  });

  it('1. the authority fills in the public registration form', async () => {
    const page = await newPage('en-GB');
    await page.goto(`${server.url}/register`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('en', 'web.register.title'));
    await look(page, '01-register-empty');

    // Sending it empty shows the errors in the form and registers nothing.
    await page.getByRole('button', { name: msg('en', 'web.register.submit') }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await look(page, '02-register-errors');
    expect((await server.database.db.selectFrom('registrations').select('id').execute()).length).toBe(0);

    await page.locator('select[id^="name-"][id$="-language"]').nth(0).selectOption('pt');
    await page.locator('input[id^="name-"][id$="-name"]').nth(0).fill(authorityName);
    await page.getByRole('button', { name: msg('en', 'web.register.addName') }).click();
    await page.locator('select[id^="name-"][id$="-language"]').nth(1).selectOption('en');
    await page.locator('input[id^="name-"][id$="-name"]').nth(1).fill(`Order of Technical Engineers ${suffix}`);
    await page.locator('#country').selectOption('PT');
    await page.locator('#address').fill('Praça Dom Luís I, 10\n1200-148 Lisboa');
    await page.locator('#contact-email').fill(`secretaria.${suffix}@oet.example.pt`);
    await page.locator('#contact-phone').fill('+351 21 123 4567');
    await page.locator('label[for="languages-pt"]').click();
    await page.locator('label[for="languages-en"]').click();
    await page.locator('label[for="competences-professional-qualifications"]').click();
    await page.locator('#admin-name').fill('Teresa Almeida');
    await page.locator('#admin-email').fill(adminEmail);
    await page.locator('#admin-language').selectOption('pt');
    await look(page, '03-register-filled');
    await page.getByRole('button', { name: msg('en', 'web.register.submit') }).click();

    await page.waitForURL(/\/register\/done/);
    await expect.poll(() => page.getByText(msg('en', 'web.registerDone.noticeTitle')).count()).toBe(1);
    await look(page, '04-register-done');
    const rows = await server.database.db.selectFrom('registrations').select(['status', 'country']).execute();
    expect(rows).toEqual([{ status: 'pending', country: 'PT' }]);
  }, 120_000);

  it('2. the national coordinator of Portugal approves it, in Portuguese, and makes two-step verification mandatory', async () => {
    const page = (coordinatorPage = await newPage('pt-PT'));
    await signIn(page, 'pt', coordinatorEmail, TEST_PASSWORD);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'web.home.greeting', { name: 'Inês Gonçalves' }));
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('pt');
    await look(page, '05-coordinator-home-pt');

    await page.goto(`${server.url}/coordination/registrations`);
    await page.getByRole('link', { name: authorityName }).click();
    await expect.poll(() => page.getByRole('button', { name: msg('pt', 'web.registration.approve'), exact: true }).count()).toBe(1);
    await look(page, '06-registration-detail-pt');
    await page.getByRole('button', { name: msg('pt', 'web.registration.approve'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('pt', 'web.registration.approvedTitle')).count()).toBe(1);
    await look(page, '07-registration-approved-pt');

    await page.goto(`${server.url}/coordination/policy`);
    await page.locator('label[for="require-totp-PT"]').click();
    await page.getByRole('button', { name: msg('pt', 'web.action.save'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('pt', 'web.policy.saved')).count()).toBe(1);
    await look(page, '08-country-policy-pt');

    const authority = await server.database.db.selectFrom('authority_names').select('authority_id').where('name', '=', authorityName).executeTakeFirstOrThrow();
    const members = await server.database.db.selectFrom('memberships').innerJoin('users', 'users.id', 'memberships.user_id').select(['users.email', 'users.status', 'memberships.roles']).where('authority_id', '=', authority.authority_id).execute();
    expect(members).toEqual([{ email: adminEmail, status: 'pending', roles: ['administrator'] }]);
  }, 120_000);

  it('3. the administrator activates the account from the e-mail, enrols TOTP, and signs in with it', async () => {
    const mail = await server.database.db.selectFrom('mail_outbox').select(['body_text', 'language', 'subject']).where('recipient', '=', adminEmail).where('body_text', 'like', '%/activate?token=%').executeTakeFirstOrThrow();
    expect(mail.language).toBe('pt');
    expect(mail.subject).toBe(msg('pt', 'mail.activation.subject'));
    const link = /\/activate\?token=[A-Za-z0-9_-]+/.exec(mail.body_text)?.[0];
    expect(link, mail.body_text).toBeDefined();

    const page = (adminPage = await newPage('pt-PT'));
    await page.goto(`${server.url}${link}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'web.activation.title'));
    await look(page, '09-activation-pt');
    await page.locator('#new-password').fill(adminPassword);
    await page.locator('#confirm-password').fill(adminPassword);
    await page.getByRole('button', { name: msg('pt', 'web.activation.submit') }).click();
    await expect.poll(() => page.getByText(msg('pt', 'web.activation.doneTitle')).count()).toBe(1);
    await look(page, '10-activated-pt');

    // Portugal now requires a second factor: signing in leads straight to the enrolment.
    await signIn(page, 'pt', adminEmail, adminPassword);
    await page.waitForURL(/\/totp-enrol/);
    const secretText = await page.locator(`code[aria-label="${msg('pt', 'web.totp.secretLabel')}"]`).textContent();
    const secret = (secretText ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await look(page, '11-totp-enrol-pt');
    await page.locator('#code').fill(await generate({ secret }));
    await page.getByRole('button', { name: msg('pt', 'web.totp.enable') }).click();
    await expect.poll(() => page.getByText(msg('pt', 'web.recovery.warningTitle')).count()).toBe(1);
    await look(page, '12-recovery-codes-pt');
    recoveryCodes = await page.locator('.openimi-codes code').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await page.getByRole('button', { name: msg('pt', 'web.totp.continue') }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'web.home.greeting', { name: 'Teresa Almeida' }));

    // Sign out, then in again: password, then a fresh code (the next time step, since the
    // enrolment code may not be used twice).
    await page.locator('.ecl-site-header__login-toggle').first().click();
    await page.getByRole('button', { name: msg('pt', 'web.header.signOut') }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/settings'));
    await signIn(page, 'pt', adminEmail, adminPassword);
    await expect.poll(() => page.locator('#totp').count()).toBe(1);
    await look(page, '13-second-factor-pt');
    await page.locator('#totp').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: msg('pt', 'web.login.verify') }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'web.home.greeting', { name: 'Teresa Almeida' }));
    await expect.poll(() => page.getByText(authorityName).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(msg('pt', 'web.role.administrator')).count()).toBeGreaterThan(0);
    await look(page, '14-admin-home-pt');

    // 4. Lithuanian, remembered for the user, then back to Portuguese.
    await page.getByRole('button', { name: msg('pt', 'web.language.switcher', { language: 'português' }) }).click();
    await look(page, '15-language-panel-pt');
    await page.locator('button[lang="lt"]').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('lt');
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('lt', 'web.home.greeting', { name: 'Teresa Almeida' }));
    await look(page, '16-admin-home-lt');
    await expect.poll(async () => (await server.database.db.selectFrom('users').select('preferred_language').where('email', '=', adminEmail).executeTakeFirstOrThrow()).preferred_language).toBe('lt');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('lt', 'web.home.greeting', { name: 'Teresa Almeida' }));
    await page.goto(`${server.url}/directory?q=${encodeURIComponent('engenheiros tecnicos')}`);
    await expect.poll(() => page.getByRole('link', { name: authorityName }).count()).toBe(1);
    await look(page, '17-directory-lt');

    await page.getByRole('button', { name: msg('lt', 'web.language.switcher', { language: 'lietuvių' }) }).click();
    await page.locator('button[lang="pt"]').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('pt');
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'web.directory.title'));
    await look(page, '18-directory-pt');
  }, 120_000);

  it('4. every other screen of the administrator and the coordinator passes axe too', async () => {
    const authority = await server.database.db.selectFrom('authority_names').select('authority_id').where('name', '=', authorityName).executeTakeFirstOrThrow();
    const id = authority.authority_id;
    for (const [name, path, heading] of [
      ['19-profile-pt', `/authorities/${id}`, authorityName],
      ['20-users-pt', `/authorities/${id}/users`, msg('pt', 'web.users.title')],
      ['21-settings-pt', '/settings', msg('pt', 'web.settings.title')],
      ['22-not-found-pt', '/no-such-page', msg('pt', 'web.notFound.title')],
    ] as const) {
      await adminPage.goto(`${server.url}${path}`);
      await expect.poll(() => adminPage.locator('h1').textContent(), { message: path }).toBe(heading);
      await look(adminPage, name);
    }
    await coordinatorPage.goto(`${server.url}/coordination/registrations`);
    await expect.poll(() => coordinatorPage.getByText(msg('pt', 'web.queue.empty')).count()).toBe(1);
    await look(coordinatorPage, '23-queue-empty-pt');
    const anonymous = await newPage('en-GB');
    for (const [name, path, heading] of [
      ['24-welcome-en', '/', msg('en', 'web.welcome.title')],
      ['25-login-en', '/login', msg('en', 'web.login.title')],
      ['26-forgot-password-en', '/forgot-password', msg('en', 'web.forgot.title')],
    ] as const) {
      await anonymous.goto(`${server.url}${path}`);
      await expect.poll(() => anonymous.locator('h1').textContent(), { message: path }).toBe(heading);
      await look(anonymous, name);
    }
  }, 120_000);

  it('5. the coordinator suspends the authority (a reason is required), reinstates it, and opens the create and edit forms', async () => {
    const { authority_id: id } = await server.database.db.selectFrom('authority_names').select('authority_id').where('name', '=', authorityName).executeTakeFirstOrThrow();
    const c = coordinatorPage;
    await c.goto(`${server.url}/authorities/${id}`);
    await c.getByRole('button', { name: msg('pt', 'web.suspend.open'), exact: true }).click();
    await c.getByRole('button', { name: msg('pt', 'web.suspend.title'), exact: true }).click();
    await expect.poll(() => c.locator('[aria-invalid="true"]').count()).toBe(1);
    await look(c, '27-suspend-reason-missing-pt');
    await c.locator('#suspend-reason').fill('Pedido de registo em duplicado; a verificar com a Ordem.');
    await c.getByRole('button', { name: msg('pt', 'web.suspend.title'), exact: true }).click();
    await expect.poll(() => c.getByText(msg('pt', 'web.suspend.done')).count()).toBe(1);
    await look(c, '28-suspended-pt');
    expect((await server.database.db.selectFrom('authorities').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('suspended');
    await c.getByRole('button', { name: msg('pt', 'web.reinstate.title'), exact: true }).click();
    await expect.poll(() => c.getByText(msg('pt', 'web.reinstate.done')).count()).toBe(1);
    expect((await server.database.db.selectFrom('authorities').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('active');

    // …and opens the form to create an authority directly.
    await c.goto(`${server.url}/coordination/authorities/new`);
    await expect.poll(() => c.locator('h1').textContent()).toBe(msg('pt', 'web.nav.createAuthority'));
    await look(c, '29-create-authority-pt');
    await c.goto(`${server.url}/authorities/${id}/edit`);
    await expect.poll(() => c.locator('h1').textContent()).toBe(msg('pt', 'web.authorityEdit.title'));
    await look(c, '30-edit-authority-pt');
  }, 120_000);

  it('6. the administrator replaces the authenticator app with a recovery code', async () => {
    // The administrator gets a new phone: replaces the authenticator app with a recovery code,
    // and is taken straight to setting up the new one.
    const a = adminPage;
    await a.goto(`${server.url}/settings`);
    await a.locator('#replace-totp-code').fill(recoveryCodes[0]!);
    await a.getByRole('button', { name: msg('pt', 'web.settings.replaceTotp'), exact: true }).click();
    await a.waitForURL(/\/totp-enrol\?reason=replace/);
    await expect.poll(() => a.getByText(msg('pt', 'web.totp.replaceIntro')).count()).toBe(1);
    await look(a, '31-replace-authenticator-pt');
    const newSecret = ((await a.locator(`code[aria-label="${msg('pt', 'web.totp.secretLabel')}"]`).textContent()) ?? '').replace(/\s+/g, '');
    await a.locator('#code').fill(await generate({ secret: newSecret }));
    await a.getByRole('button', { name: msg('pt', 'web.totp.enable') }).click();
    await expect.poll(() => a.getByText(msg('pt', 'web.recovery.warningTitle')).count()).toBe(1);
    await a.getByRole('button', { name: msg('pt', 'web.totp.continue') }).click();
    await expect.poll(() => a.locator('h1').textContent()).toBe(msg('pt', 'web.home.greeting', { name: 'Teresa Almeida' }));
    await look(a, '32-admin-home-after-new-app-pt');
  }, 120_000);

  it('7. on a phone, in German, no page is wider than the screen', async () => {
    const a = adminPage;
    await a.getByRole('button', { name: msg('pt', 'web.language.switcher', { language: 'português' }) }).click();
    await a.locator('button[lang="de"]').click();
    await expect.poll(() => a.locator('html').getAttribute('lang')).toBe('de');
    await a.setViewportSize({ width: 390, height: 844 });
    const { authority_id: id } = await server.database.db.selectFrom('authority_names').select('authority_id').where('name', '=', authorityName).executeTakeFirstOrThrow();
    for (const [name, path, heading] of [
      ['33-phone-home-de', '/', msg('de', 'web.home.greeting', { name: 'Teresa Almeida' })],
      ['34-phone-directory-de', '/directory?q=ordem', msg('de', 'web.directory.title')],
      ['35-phone-users-de', `/authorities/${id}/users`, msg('de', 'web.users.title')],
      ['36-phone-settings-de', '/settings', msg('de', 'web.settings.title')],
    ] as const) {
      await a.goto(`${server.url}${path}`);
      await expect.poll(() => a.locator('h1').textContent(), { message: path }).toBe(heading);
      await a.waitForLoadState('networkidle');
      expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} overflows`).toBeLessThanOrEqual(0);
      await look(a, name);
    }
  }, 120_000);

  it('8. left an intact audit trail of everything it did, and every page passed axe', async () => {
    expect(story.looked).toHaveLength(36);
    const verdict = await verifyAuditChain(server.database.db);
    expect(verdict).toMatchObject({ ok: true });
    const actions = (await server.database.db.selectFrom('audit_events').select('action').orderBy('seq').execute()).map((r) => r.action);
    for (const a of ['registration.submitted', 'registration.approved', 'country-policy.updated', 'user.activated', 'user.totp-enabled', 'authority.suspended', 'authority.reinstated', 'user.totp-replace-started']) expect(actions, a).toContain(a);
  });
});
