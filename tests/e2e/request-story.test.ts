import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/modules/audit/service.js';
import { shippedCatalogue } from '../../src/modules/catalogue/service.js';
import { PDF, PROCEDURE, senderAnswers } from '../../src/modules/requests/test-fixtures.js';
import { addMembership, createAuthority, createUser, TEST_PASSWORD } from '../support/factories.js';
import { hasChromium, launchBrowser, screenshot, signIn as signInAt, startWebServer, Story, type WebServer } from './browser.js';
import { msg } from './messages.js';

/**
 * An information request in a real browser: a Portuguese authority asks a German one to confirm
 * that a teacher's diploma (a scanned copy attached) is authentic. The Portuguese handler, working
 * in Portuguese, writes the request in the wizard and sends it; the German handler, working in
 * German, sees it arrive, reads it, accepts it and answers; the Portuguese handler reads the answer
 * and closes the request. A French authority, which takes no part, cannot open it. Every step is
 * photographed (test-results/screenshots); axe checks the inboxes, the wizard's questions and
 * review, and the request page at each stage.
 */
const catalogue = shippedCatalogue();
/** A text of the procedure catalogue (procedure, question, option) as the reader sees it. */
const text = (lang: string, key: string) => catalogue.texts.get(lang)![key]!;
const q = (code: string) => `question.${PROCEDURE}.${code}`;
const option = (question: string, code: string) => `option.${PROCEDURE}.${question}.${code}`;
const languageName = (code: string, lang: string) => new Intl.DisplayNames(lang, { type: 'language' }).of(code)!;

const lisbon = 'Direção-Geral da Administração Escolar';
const stuttgart = 'Ministerium für Kultus, Jugend und Sport Baden-Württemberg';
const paris = "Service central d'état civil";
const subject = 'Diploma de professora de Ana Ribeiro — autenticidade';
const answers = senderAnswers('');
const germanComment = 'Die Urkunde ist echt; sie wurde am 15. Juli 2019 von der Universität Heidelberg ausgestellt.';
const sha256 = createHash('sha256').update(PDF).digest('hex');

describe.skipIf(!hasChromium)('a Portuguese authority asks a German authority to confirm that a teacher\'s diploma is authentic', () => {
  let server: WebServer;
  let browser: Browser;
  let story: Story;
  let pdfFile: string;
  let ptPage: Page;
  let requestId: string;
  let reference: string;
  const shots: string[] = [];
  const people = { pt: { name: 'Marta Figueiredo', email: '' }, de: { name: 'Jonas Becker', email: '' }, fr: { name: 'Claire Moreau', email: '' } };

  const newPage = (locale: string) => story.newPage(locale);
  /** Checks accessibility (axe) and takes the screenshot: the inbox, the wizard's questions and review, the request page. */
  const look = async (page: Page, name: string) => {
    await story.look(page, name);
    shots.push(name);
  };
  /** Only the screenshot, for the steps in between (axe takes seconds a page; the story must stay well under two minutes). */
  const snap = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    shots.push(name);
  };
  const signIn = (page: Page, lang: string, email: string) => signInAt(page, server.url, lang, email, TEST_PASSWORD);

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchBrowser();
    story = new Story(browser);
    const db = server.database.db;
    const competent = { competences: ['public-documents'], procedures: [PROCEDURE] };
    const pt = await createAuthority(db, { country: 'PT', names: { pt: lisbon }, languages: ['pt', 'en'], ...competent });
    const de = await createAuthority(db, { country: 'DE', names: { de: stuttgart }, languages: ['de', 'en'], ...competent });
    // Another German authority with "Kultus" in its name, which does not handle the procedure: the recipient step leaves it out.
    await createAuthority(db, { country: 'DE', names: { de: 'Kultusministerium Sachsen-Anhalt' }, competences: ['services'] });
    const fr = await createAuthority(db, { country: 'FR', names: { fr: paris }, languages: ['fr'], ...competent });
    for (const [key, authority, lang, roles] of [
      ['pt', pt, 'pt', ['handler']],
      ['de', de, 'de', ['handler']],
      ['fr', fr, 'fr', ['supervisor']],
    ] as const) {
      const user = await createUser(db, { name: people[key].name, language: lang });
      await addMembership(db, user.id, authority.id, [...roles]);
      people[key].email = user.email;
    }
    pdfFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-request-story-')), 'diploma-ana-ribeiro.pdf');
    fs.writeFileSync(pdfFile, PDF);
  });

  afterAll(async () => {
    await story?.close();
    await browser?.close();
    await server?.close();
    if (pdfFile) fs.rmSync(path.dirname(pdfFile), { recursive: true, force: true });
  });

  it('1. the Portuguese handler writes the request in the wizard, in Portuguese, and sends it', async () => {
    const page = (ptPage = await newPage('pt-PT'));
    await signIn(page, 'pt', people.pt.email);
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/requests`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'requests.inbox.title'));
    await expect.poll(() => page.getByText(msg('pt', 'requests.inbox.empty.incoming')).count()).toBe(1);
    await look(page, 'request-01-inbox-empty-pt');

    // Step 1: the procedure and a subject.
    await page.getByRole('link', { name: msg('pt', 'requests.inbox.new') }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('pt', 'requests.compose.title'));
    await expect.poll(() => page.getByText(msg('pt', 'requests.compose.authority.single', { authority: lisbon, country: 'Portugal' })).count()).toBe(1);
    await page.locator(`label[for="procedure-${PROCEDURE}"]`).click();
    await page.locator('#subject').fill(subject);
    await snap(page, 'request-02-wizard-procedure-pt');
    await page.getByRole('button', { name: msg('pt', 'requests.compose.action.continue'), exact: true }).click();

    // Step 2: the German authority, found in the directory; the one that does not handle the procedure is not offered.
    await expect.poll(() => page.locator('.openimi-step-heading__title').textContent()).toBe(msg('pt', 'requests.compose.step.recipient'));
    await page.locator('#recipient-search-q').fill('Kultus');
    await page.getByRole('button', { name: msg('pt', 'requests.compose.recipient.search'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('pt', 'requests.compose.recipient.count', { count: 1 })).count()).toBe(1);
    await expect.poll(() => page.locator('.openimi-recipient-table tbody tr').allTextContents()).toEqual([expect.stringContaining(stuttgart)]);
    await snap(page, 'request-03-wizard-recipient-found-pt');
    await page.getByRole('button', { name: `${msg('pt', 'requests.compose.recipient.choose')} ${stuttgart}` }).click();
    await expect.poll(() => page.locator('.openimi-chosen').textContent()).toContain(stuttgart);
    await expect.poll(() => page.getByText(msg('pt', 'requests.compose.recipient.isChosen'), { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: msg('pt', 'requests.compose.action.continue'), exact: true }).click();

    // Step 3: the questions, in Portuguese; "other" asks what the document is.
    await expect.poll(() => page.locator('.openimi-step-heading__title').textContent()).toBe(msg('pt', 'requests.compose.step.questions'));
    await expect.poll(() => page.locator('label[for="q-issuing-authority"]').textContent()).toContain(text('pt', q('issuing-authority')));
    expect(await page.locator('#q-document-type-other').count()).toBe(0);
    await page.locator('#q-document-type').selectOption(answers['document-type']);
    await expect.poll(() => page.locator('#q-document-type-other').count()).toBe(1);
    await page.locator('#q-document-type-other').fill(answers['document-type-other']);
    await page.locator('#q-issuing-authority').fill(answers['issuing-authority']);
    await page.locator('#q-issue-date').fill(answers['issue-date']);
    await page.locator(`label[for="q-multilingual-form-${answers['multilingual-form']}"]`).click();
    await page.locator('#q-copy').setInputFiles(pdfFile);
    await expect.poll(() => page.getByRole('link', { name: path.basename(pdfFile) }).count()).toBe(1);
    for (const ground of answers['doubt-grounds']) await page.locator(`label[for="q-doubt-grounds-${ground}"]`).click();
    await page.locator('#q-doubt-details').fill(answers['doubt-details']);
    expect(await page.locator('#text-language').inputValue()).toBe('pt');
    await look(page, 'request-04-wizard-questions-pt');
    await page.getByRole('button', { name: msg('pt', 'requests.compose.action.continue'), exact: true }).click();

    // Step 4: no further documents.
    await expect.poll(() => page.locator('.openimi-step-heading__title').textContent()).toBe(msg('pt', 'requests.compose.step.attachments'));
    await expect.poll(() => page.getByText(msg('pt', 'requests.compose.attachments.none')).count()).toBe(1);
    await snap(page, 'request-05-wizard-attachments-pt');
    await page.getByRole('button', { name: msg('pt', 'requests.compose.action.continue'), exact: true }).click();

    // Step 5: the review shows the request as the German authority will read it.
    await expect.poll(() => page.locator('.openimi-step-heading__title').textContent()).toBe(msg('pt', 'requests.compose.step.review'));
    const review = page.locator('form');
    await expect.poll(() => review.textContent()).toContain(`${stuttgart} (Alemanha)`);
    const reviewed = (await review.textContent()) ?? '';
    for (const shown of [
      subject,
      text('pt', option('document-type', 'other')),
      answers['document-type-other'],
      answers['issuing-authority'],
      text('pt', option('doubt-grounds', 'seal-or-stamp')),
      answers['doubt-details'],
      path.basename(pdfFile),
      msg('pt', 'requests.compose.review.acceptDeadline', { days: 2 }),
    ]) expect(reviewed, shown).toContain(shown);
    await look(page, 'request-06-wizard-review-pt');
    await page.getByRole('button', { name: msg('pt', 'requests.compose.action.send'), exact: true }).click();

    // The request's page: sent, waiting to be accepted by its deadline.
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    requestId = page.url().split('/').pop()!;
    await expect.poll(() => page.locator('h1').textContent()).toBe(subject);
    const row = await server.database.db.selectFrom('requests').select(['reference', 'state']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    reference = row.reference;
    await expect.poll(() => page.locator('.ecl-description-list .ecl-label').first().textContent()).toBe(msg('pt', 'requests.state.sent'));
    await expect.poll(() => page.locator('.openimi-deadline').first().textContent()).toContain(msg('pt', 'requests.deadline.kind.accept'));
    await look(page, 'request-07-sent-pt');
  }, 120_000);

  it('2. the German handler, working in German, sees it arrive, reads it, accepts it and answers', async () => {
    const page = await newPage('de-DE');
    await signIn(page, 'de', people.de.email);
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/requests`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('de', 'requests.inbox.title'));
    const row = page.locator('tbody tr', { hasText: reference });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('class')).toContain('openimi-inbox__row--action');
    await expect.poll(() => row.locator('.ecl-label').allTextContents()).toEqual([msg('de', 'requests.inbox.needsAction'), msg('de', 'requests.state.sent')]);
    expect(await row.textContent()).toContain(lisbon);
    await expect.poll(() => page.getByText(msg('de', 'requests.inbox.summary', { needsAction: 1, overdue: 0 })).count()).toBe(1);
    // The bell in the header counts one unread notification.
    await expect.poll(() => page.getByRole('link', { name: msg('de', 'requests.notifications.bell', { count: 1 }) }).count()).toBe(1);
    await look(page, 'request-08-incoming-de');

    await page.getByRole('link', { name: msg('de', 'requests.notifications.bell', { count: 1 }) }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('de', 'requests.notifications.title'));
    await expect.poll(() => page.getByText(msg('de', 'requests.notification.received', { reference, authority: lisbon, subject })).count()).toBe(1);
    await snap(page, 'request-09-notification-de');
    await page.getByRole('link', { name: msg('de', 'requests.notifications.open', { reference }) }).click();

    // The request in German: the questions in German, the answers as the Portuguese handler wrote them, marked as Portuguese.
    // The subject is Portuguese free text: marked as such on the title itself.
    const inPortuguese = msg('de', 'requests.inLanguage', { language: languageName('pt', 'de') });
    await expect.poll(() => page.locator('h1 [lang="pt"]').textContent()).toBe(subject);
    expect(await page.locator('h1').textContent()).toBe(`${subject} ${inPortuguese}`);
    await expect.poll(() => page.locator('#section-document').textContent()).toBe(text('de', `section.${PROCEDURE}.document`));
    const questions = page.locator('.openimi-answers dt');
    await expect.poll(() => questions.allTextContents()).toEqual(expect.arrayContaining([text('de', q('document-type')), text('de', q('doubt-details'))]));
    const answerTo = (code: string) => page.locator('.openimi-answer', { has: page.getByText(text('de', q(code)), { exact: true }) }).locator('dd');
    await expect.poll(() => answerTo('document-type').textContent()).toBe(text('de', option('document-type', 'other')));
    await expect.poll(() => answerTo('doubt-grounds').textContent()).toBe(text('de', option('doubt-grounds', 'seal-or-stamp')));
    expect(await answerTo('doubt-details').locator('[lang="pt"]').textContent()).toBe(answers['doubt-details']);
    expect(await answerTo('doubt-details').textContent()).toContain(inPortuguese);
    expect(await answerTo('document-type-other').locator('[lang="pt"]').textContent()).toBe(answers['document-type-other']);
    expect(await answerTo('copy').textContent()).toBe(path.basename(pdfFile));
    // The scanned copy, with its SHA-256 (opened to show it in full); nothing is downloaded.
    const attachment = page.locator('.openimi-attachment');
    await expect.poll(() => attachment.count()).toBe(1);
    expect(await attachment.getByRole('link').textContent()).toBe(path.basename(pdfFile));
    expect(await attachment.locator('summary code').textContent()).toBe(`${sha256.slice(0, 12)}…`);
    await attachment.locator('summary').click();
    expect(await attachment.locator('.openimi-hash__full').textContent()).toBe(sha256);
    await expect.poll(() => page.getByRole('button', { name: msg('de', 'requests.action.accept'), exact: true }).count()).toBe(1);
    await look(page, 'request-10-received-de');

    await page.getByRole('button', { name: msg('de', 'requests.action.accept'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('de', 'requests.actions.done', { state: msg('de', 'requests.state.accepted') })).count()).toBe(1);
    await expect.poll(() => page.locator('.openimi-deadline').first().textContent()).toContain(msg('de', 'requests.deadline.kind.answer'));

    // The answer form: "authentic" asks whether the document is still valid.
    await expect.poll(() => page.locator('#answer-form-title').textContent()).toBe(msg('de', 'requests.answerForm.title'));
    expect(await page.locator('#answer-still-valid-yes').count()).toBe(0);
    await page.locator('label[for="answer-authentic-authentic"]').click();
    await expect.poll(() => page.locator('#answer-still-valid-yes').count()).toBe(1);
    await page.locator('label[for="answer-still-valid-yes"]').click();
    await page.locator('#answer-comments').fill(germanComment);
    await page.getByRole('button', { name: msg('de', 'requests.answerForm.save'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('de', 'requests.answerForm.saved')).count()).toBe(1);
    await look(page, 'request-11-answer-filled-de');

    await page.getByRole('button', { name: msg('de', 'requests.action.answer'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('de', 'requests.actions.done', { state: msg('de', 'requests.state.answered') })).count()).toBe(1);
    await expect.poll(() => page.locator('.ecl-description-list .ecl-label').first().textContent()).toBe(msg('de', 'requests.state.answered'));
    await snap(page, 'request-12-answered-de');
    const saved = await server.database.db.selectFrom('request_answers').select(['question', 'value', 'language', 'by']).where('request_id', '=', requestId).where('by', '=', 'receiver').orderBy('question').execute();
    expect(saved.map(({ question, value, language }) => ({ question, value, language }))).toEqual([
      { question: 'authentic', value: 'authentic', language: null },
      { question: 'comments', value: germanComment, language: 'de' },
      { question: 'still-valid', value: 'yes', language: null },
    ]);
  }, 120_000);

  it('3. the Portuguese handler reads the German answer, in Portuguese, and closes the request', async () => {
    const page = ptPage;
    await page.goto(`${server.url}/requests?box=outgoing`);
    // Told of the answer: one unread notification.
    await expect.poll(() => page.getByRole('link', { name: msg('pt', 'requests.notifications.bell', { count: 1 }) }).count()).toBe(1);
    const row = page.locator('tbody tr', { hasText: reference });
    await expect.poll(() => row.locator('.ecl-label').allTextContents()).toEqual([msg('pt', 'requests.inbox.needsAction'), msg('pt', 'requests.state.answered')]);
    await snap(page, 'request-13-outgoing-answered-pt');

    await row.getByRole('link', { name: reference }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(subject);
    const answerTo = (code: string) => page.locator('.openimi-answer', { has: page.getByText(text('pt', q(code)), { exact: true }) }).locator('dd');
    await expect.poll(() => answerTo('authentic').textContent()).toBe(text('pt', option('authentic', 'authentic')));
    expect(await answerTo('still-valid').textContent()).toBe(msg('pt', 'web.form.yes'));
    expect(await answerTo('comments').locator('[lang="de"]').textContent()).toBe(germanComment);
    expect(await answerTo('comments').textContent()).toContain(msg('pt', 'requests.inLanguage', { language: languageName('de', 'pt') }));
    // Its own texts carry no language note: they are in the reader's language.
    expect(await answerTo('doubt-details').textContent()).toBe(answers['doubt-details']);
    await snap(page, 'request-14-answer-received-pt');

    // Closing asks for a confirmation first.
    await page.getByRole('button', { name: msg('pt', 'requests.action.close'), exact: true }).click();
    await page.locator('#action-form').getByRole('button', { name: msg('pt', 'requests.action.close'), exact: true }).click();
    await expect.poll(() => page.getByText(msg('pt', 'requests.confirm.close')).count()).toBe(1);
    await snap(page, 'request-15-close-confirm-pt');
    await page.getByRole('button', { name: msg('pt', 'requests.confirm.yes', { action: msg('pt', 'requests.action.close') }), exact: true }).click();
    await expect.poll(() => page.getByText(msg('pt', 'requests.actions.done', { state: msg('pt', 'requests.state.closed') })).count()).toBe(1);
    await expect.poll(() => page.getByText(msg('pt', 'requests.actions.none')).count()).toBe(1);

    // The history, every step in Portuguese, with who did it for which authority.
    const events = await server.database.db.selectFrom('request_events').select('type').where('request_id', '=', requestId).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['created', 'attachment-added', 'sent', 'accepted', 'answered', 'closed']);
    const titles = [
      msg('pt', 'requests.event.created'),
      msg('pt', 'requests.event.attachment-added', { filename: path.basename(pdfFile) }),
      msg('pt', 'requests.event.sent'),
      msg('pt', 'requests.event.accepted'),
      msg('pt', 'requests.event.answered'),
      msg('pt', 'requests.event.closed'),
    ];
    await expect.poll(() => page.locator('.ecl-timeline__title').allTextContents()).toEqual(titles);
    const who = await page.locator('.ecl-timeline__content').allTextContents();
    expect(who[3]).toContain(`${people.de.name} · ${stuttgart} (Alemanha)`);
    expect(who[5]).toContain(`${people.pt.name} · ${lisbon} (Portugal)`);
    await look(page, 'request-16-closed-pt');
  }, 120_000);

  it('4. the supervisor of a French authority, which takes no part, cannot open it nor see it', async () => {
    const page = await newPage('fr-FR');
    await signIn(page, 'fr', people.fr.email);
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/requests/${requestId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(msg('fr', 'requests.page.notFound'));
    expect(await page.getByText(subject).count()).toBe(0);
    await look(page, 'request-17-not-found-fr');
    for (const box of ['incoming', 'outgoing']) {
      await page.goto(`${server.url}/requests?box=${box}`);
      await expect.poll(() => page.getByText(msg('fr', `requests.inbox.empty.${box}`)).count(), { message: box }).toBe(1);
    }
    expect(await page.getByText(reference).count()).toBe(0);
    await snap(page, 'request-18-outgoing-empty-fr');
  }, 120_000);

  it('5. the case file downloads as a PDF for the Portuguese handler', async () => {
    const page = ptPage;
    const href = await page.getByRole('link', { name: msg('pt', 'requests.links.pdf') }).getAttribute('href');
    expect(href).toBe(`/api/v1/requests/${requestId}/pdf`);
    const res = await page.request.get(`${server.url}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('6. left an intact audit trail; a screenshot of every step, axe on the inboxes, the wizard and the request pages', async () => {
    expect(shots).toHaveLength(18);
    expect(story.looked).toEqual([
      'request-01-inbox-empty-pt', 'request-04-wizard-questions-pt', 'request-06-wizard-review-pt', 'request-07-sent-pt',
      'request-08-incoming-de', 'request-10-received-de', 'request-11-answer-filled-de', 'request-16-closed-pt', 'request-17-not-found-fr',
    ]);
    expect(await verifyAuditChain(server.database.db)).toMatchObject({ ok: true });
    const audit = await server.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', requestId).orderBy('seq').execute();
    for (const a of ['request.created', 'request.attachment-added', 'request.sent', 'request.accepted', 'request.answered', 'request.closed']) expect(audit.map((e) => e.action), a).toContain(a);
  });
});
