import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createAttachmentFiles } from '../../src/modules/files/attachments.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { AppContext } from '../../src/server/context.js';
import { createMailer } from '../../src/modules/mail/mailer.js';
import type { DatabaseHandle } from '../../src/db/connection.js';
import { openTestDatabase } from './database.js';
import { catalogueService } from './catalogue.js';
import type { Catalogue } from '../../src/modules/catalogue/load.js';

/**
 * A real app on a real database for API tests (fastify.inject), with a clock the test
 * can move. One per test file: `const t = await testApp()` in beforeAll, `t.close()` in afterAll.
 */
export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: DatabaseHandle;
  clock: { now: Date; advance(ms: number): void };
  /** A client that keeps cookies and sends the CSRF token, like a browser. */
  client(options?: { lang?: string }): TestClient;
  close(): Promise<void>;
}

export async function testApp(overrides: Partial<Config> = {}, options: { catalogue?: Catalogue } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const attachmentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-attachments-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ATTACHMENT_DIR: attachmentDir } as NodeJS.ProcessEnv, overrides);
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const silent = { info() {}, warn() {}, error() {}, debug() {} } as never;
  const ctx: AppContext = { config, db: database.db, mailer: createMailer(config, database.db, silent), now: () => clock.now, catalogue: catalogueService(database.db, () => clock.now, options.catalogue), files: createAttachmentFiles(config.attachments) };
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();
  return {
    app,
    ctx,
    database,
    clock,
    client: (options) => new TestClient(app, options?.lang),
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(attachmentDir, { recursive: true, force: true });
    },
  };
}

type Body = Record<string, unknown> | unknown[] | Buffer | undefined;

export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    public lang: string | undefined,
  ) {}

  private cookieHeader(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: Body, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.lang) h['accept-language'] = this.lang;
    if (method !== 'GET') {
      if (!this.csrf) {
        const r = await this.app.inject({ method: 'GET', url: '/api/v1/csrf', headers: { cookie: this.cookieHeader() ?? '' } });
        this.remember(r);
        this.csrf = (r.json() as { token: string }).token;
      }
      h['x-csrf-token'] = this.csrf;
    }
    const cookie = this.cookieHeader();
    if (cookie) h.cookie = cookie;
    const res = await this.app.inject({ method, url, headers: h, ...(body !== undefined ? { payload: body as object } : {}) });
    this.remember(res);
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: Body, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  put(url: string, body?: Body) {
    return this.request('PUT', url, body ?? {});
  }
  patch(url: string, body?: Body) {
    return this.request('PATCH', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
  /** Uploads one file as multipart/form-data (field `file`), with optional fields before it. */
  upload(url: string, filename: string, content: Buffer, fields: Record<string, string> = {}) {
    const boundary = `----openimi-test-${this.cookies.size}-${content.length}`;
    const parts: Buffer[] = [];
    for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return this.request('POST', url, Buffer.concat(parts), { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }
  /** Sets a cookie as if a response had set it (e.g. a session created directly in the database). */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}
