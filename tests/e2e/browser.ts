import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import type { AppContext } from '../../src/server/context.js';
import { createMailer } from '../../src/modules/mail/mailer.js';
import { createAttachmentFiles } from '../../src/modules/files/attachments.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { openTestDatabase } from '../support/database.js';
import { msg } from './messages.js';
import { catalogueService } from '../support/catalogue.js';

/** Debian's Chromium, installed by `.ci/run` (apt-get install -y chromium); never downloaded. */
export const CHROMIUM = process.env.OPENIMI_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface WebServer {
  url: string;
  ctx: AppContext;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** The real app with the built web UI (dist/web, built by `npm test`) on 127.0.0.1, on the test database. */
export async function startWebServer(): Promise<WebServer> {
  const database = await openTestDatabase();
  const attachmentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-e2e-attachments-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ATTACHMENT_DIR: attachmentDir } as NodeJS.ProcessEnv, {});
  const silent = { info() {}, warn() {}, error() {}, debug() {} } as never;
  const ctx: AppContext = {
    config,
    db: database.db,
    mailer: createMailer(config, database.db, silent),
    now: () => new Date(),
    catalogue: catalogueService(database.db, () => new Date()),
    files: createAttachmentFiles(config.attachments),
  };
  const app = await buildApp(ctx, { logger: false, serveWeb: true });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    ctx,
    database,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(attachmentDir, { recursive: true, force: true });
    },
  };
}

/** Runs axe on the page: WCAG 2.1 AA rules, no serious or critical violation allowed. */
export async function expectAccessible(page: Page, where: string): Promise<number> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `axe on ${where}`).toEqual([]);
  return result.passes.length;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fills in the login form at `baseUrl` and submits it, with the button named in `lang`. */
export async function signIn(page: Page, baseUrl: string, lang: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: msg(lang, 'web.login.submit'), exact: true }).click();
}

/** The pages of one browser story: each in a context of its own, checked by axe and photographed. */
export class Story {
  private readonly contexts: BrowserContext[] = [];
  /** The pages looked at so far, by screenshot name. */
  readonly looked: string[] = [];

  constructor(private readonly browser: Browser) {}

  async newPage(locale: string, width = 1280): Promise<Page> {
    const context = await this.browser.newContext({ locale, viewport: { width, height: 900 } });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /** Waits for the page to settle, runs axe on it and takes its screenshot. */
  async look(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, name);
    await screenshot(page, name);
    this.looked.push(name);
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
  }
}
