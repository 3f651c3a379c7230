import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../src/modules/catalogue/service.js';
import { EU_LANGUAGES } from '../../src/modules/reference/languages.js';
import { createAuthority, createUser, TEST_PASSWORD } from '../support/factories.js';
import { hasChromium, launchBrowser, screenshot, signIn, startWebServer, Story, type WebServer } from './browser.js';
import { msg } from './messages.js';

/**
 * The catalogue in a real browser: a Lithuanian visitor browses areas → legislation →
 * procedures without signing in, previews a form (conditional questions appear as answers are
 * given, the check counts unanswered required questions) and switches the preview to other
 * languages; every procedure's page and form opens; a signed-in handler finds authorities
 * abroad by profession. axe checks the pages; screenshots go to test-results/screenshots.
 */
const catalogue = shippedCatalogue();
const text = (lang: string, key: string) => catalogue.texts.get(lang)![key]!;

describe.skipIf(!hasChromium)('a person browses the procedure catalogue and previews its forms', () => {
  let server: WebServer;
  let browser: Browser;
  let story: Story;
  const newPage = (locale: string, width?: number) => story.newPage(locale, width);
  const look = (page: Page, name: string) => story.look(page, name);

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    story = new Story(browser);
  });
  afterAll(async () => {
    await story?.close();
    await browser?.close();
    await server?.close();
  });

  it('1. a Lithuanian visitor opens the catalogue and a policy area, without signing in', async () => {
    const page = await newPage('lt-LT');
    await page.goto(`${server.url}/catalogue`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('lt', 'web.catalogue.title'));
    await expect.poll(() => page.locator('.openimi-area').count()).toBe(catalogue.areas.length);
    await expect.poll(() => page.getByRole('link', { name: text('lt', 'area.professional-qualifications'), exact: true }).count()).toBe(1);
    await look(page, 'catalogue-01-areas-lt');

    await page.getByRole('link', { name: text('lt', 'area.professional-qualifications'), exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(text('lt', 'area.professional-qualifications'));
    // The act's title in Lithuanian, with its EUR-Lex link in Lithuanian too.
    await expect.poll(() => page.getByText(text('lt', 'legislation.directive-2005-36')).count()).toBeGreaterThan(0);
    expect(await page.locator('a[href*="eur-lex.europa.eu/legal-content/LT/"]').count()).toBeGreaterThan(0);
    await look(page, 'catalogue-02-area-professional-qualifications-lt');
  });

  it('2. the preview of a request shows the follow-up questions as answers are given, and checks the required ones', async () => {
    const page = await newPage('lt-LT');
    await page.goto(`${server.url}/catalogue/procedures/pq-qualification-request`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(text('lt', 'procedure.pq-qualification-request'));
    await expect.poll(() => page.locator('#q-checks-no-sanctions').count()).toBe(1);
    await look(page, 'catalogue-03-procedure-pq-request-lt');

    // "Any sanctions?" is asked only when the requester asks about sanctions, its details only on "yes".
    await expect.poll(() => page.locator('#q-sanctions-yes').count()).toBe(0);
    await page.locator('label[for="q-checks-no-sanctions"]').click();
    await expect.poll(() => page.locator('#q-sanctions-yes').count()).toBe(1);
    await expect.poll(() => page.locator('#q-sanction-details').count()).toBe(0);
    await page.locator('label[for="q-sanctions-yes"]').click();
    await expect.poll(() => page.locator('#q-sanction-details').count()).toBe(1);
    await expect.poll(() => page.locator('label[for="q-sanction-details"]').textContent()).toContain(text('lt', 'question.pq-qualification-request.sanction-details'));

    // Checking with nothing else answered counts what is missing: every shown required question but the two answered.
    const required = catalogue.procedures.get('pq-qualification-request')!.sections.flatMap((s) => s.questions).filter((q) => q.required);
    const shownRequired = required.filter((q) => !q.showWhen || ['sanctions', 'sanction-details'].includes(q.code));
    await page.getByRole('button', { name: msg('lt', 'web.catalogue.previewCheck') }).click();
    const missing = shownRequired.length - 2;
    await expect.poll(() => page.getByText(msg('lt', 'web.catalogue.previewMissing', { count: missing })).count()).toBe(1);
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await look(page, 'catalogue-04-preview-checked-lt');
  });

  it('3. the preview switches to any of the 24 languages, the page staying in the reader\'s', async () => {
    const page = await newPage('lt-LT');
    await page.goto(`${server.url}/catalogue/procedures/pq-qualification-request`);
    await expect.poll(() => page.locator('#preview-language').count()).toBe(1);
    for (const lang of EU_LANGUAGES) {
      await page.locator('#preview-language').selectOption(lang);
      const title = text(lang, 'section.pq-qualification-request.professional');
      await expect.poll(() => page.locator('#section-professional').textContent(), { message: lang }).toBe(title);
      // The whole form is in that language, its own labels too.
      expect(await page.locator('#form-preview').getAttribute('lang')).toBe(lang);
      await expect.poll(() => page.locator('#form-preview button[type="submit"]').textContent(), { message: lang }).toBe(msg(lang, 'web.catalogue.previewCheck'));
      expect(await page.locator('h1').textContent()).toBe(text('lt', 'procedure.pq-qualification-request'));
    }
    await page.locator('#preview-language').selectOption('pt');
    await expect.poll(() => page.locator('#section-professional').textContent()).toBe(text('pt', 'section.pq-qualification-request.professional'));
    await look(page, 'catalogue-05-preview-in-portuguese-for-a-lithuanian-reader');
  });

  it('4. every procedure opens with its form, and one of each workflow type passes axe', async () => {
    const page = await newPage('de-DE');
    const checkedTypes = new Set<string>();
    for (const [code, procedure] of catalogue.procedures) {
      await page.goto(`${server.url}/catalogue/procedures/${code}`);
      await expect.poll(() => page.locator('h1').textContent(), { message: code }).toBe(text('de', `procedure.${code}`));
      await expect.poll(() => page.locator('.openimi-preview-section').count(), { message: code }).toBe(procedure.sections.length);
      if (!checkedTypes.has(procedure.workflow.type)) {
        checkedTypes.add(procedure.workflow.type);
        await look(page, `catalogue-06-procedure-${procedure.workflow.type}-${code}-de`);
      }
    }
    expect([...checkedTypes].sort()).toEqual(['alert', 'notification', 'public-case', 'repository', 'request']);
    expect(story.looked.filter((n) => n.startsWith('catalogue-06-'))).toHaveLength(5);
  }, 120_000);

  it('5. a procedure page fits a phone', async () => {
    const page = await newPage('el-GR', 390);
    await page.goto(`${server.url}/catalogue/procedures/pw-penalty-recovery-request`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(text('el', 'procedure.pw-penalty-recovery-request'));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'catalogue-07-procedure-phone-el');
  });

  it('6. a signed-in handler finds the authorities competent for a profession, across countries', async () => {
    const db = server.database.db;
    await createAuthority(db, { country: 'PT', names: { pt: 'Ordem dos Arquitectos' }, competences: ['professional-qualifications'], procedures: ['pq-qualification-request'], professions: ['architect'] });
    await createAuthority(db, { country: 'DE', names: { de: 'Bundesarchitektenkammer' }, competences: ['professional-qualifications'], professions: ['architect', 'civil-engineer'] });
    await createAuthority(db, { country: 'DE', names: { de: 'Landesärztekammer Hessen' }, competences: ['professional-qualifications'], professions: ['doctor'] });
    const handler = await createUser(db, { language: 'lt' });
    const page = await newPage('lt-LT');
    await signIn(page, server.url, 'lt', handler.email, TEST_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/directory`);
    await expect.poll(() => page.locator('#profession option').count()).toBeGreaterThan(10);
    await page.locator('#profession').selectOption('architect');
    await page.getByRole('button', { name: msg('lt', 'web.directory.search') }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    const rows = (await page.locator('tbody tr').allTextContents()).join(' ');
    expect(rows).toContain('Ordem dos Arquitectos');
    expect(rows).toContain('Bundesarchitektenkammer');
    expect(page.url()).toContain('profession=architect');
    await look(page, 'catalogue-08-directory-by-profession-lt');
  });
});
