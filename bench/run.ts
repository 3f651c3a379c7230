/**
 * `npm run bench`: the foundation's figures, printed (not asserted).
 *
 *  1. generating the training world at scale 1 and 10 (pure, in memory);
 *  2. loading it at scale 1 into the embedded database, and into PostgreSQL when one answers
 *     at OPENIMI_BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres; a scratch
 *     database is created and dropped);
 *  3. `openimi start --training` on a fresh data directory: time to the first 200 on /healthz,
 *     first start (migrate + seed) and second start (already seeded), and the server's RSS;
 *  4. a short sequential run of directory searches against that server: p50/p95/p99;
 *  5. the procedure catalogue: loading and checking every file in 24 languages, and the catalogue
 *     API against that server (whole catalogue and one procedure, in rotating languages).
 *
 * The full suite (scale 10 on PostgreSQL, concurrency, budgets) comes with the performance issue.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { countCatalogue, loadCatalogue } from '../src/modules/catalogue/load.js';
import { EU_LANGUAGES } from '../src/modules/reference/languages.js';
import { generateTrainingWorld, seedTrainingWorld } from '../src/modules/training/seed.js';
import { freePort, ROOT, waitFor } from '../tests/support/process.js';

const report = (name: string, value: string) => {
  console.log(`${name.padEnd(68)} ${value}`);
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Every row a world loads, the same count for generation and load figures. */
function rowsOf(w: ReturnType<typeof generateTrainingWorld>): number {
  return w.authorities.length + w.authorityNames.length + w.users.length + w.memberships.length + w.coordinators.length + w.countryPolicies.length + w.registrations.length;
}

/** Returns the number of rows at scale 1, for the load figures. */
function generation(): number {
  let rowsAtScale1 = 0;
  for (const scale of [1, 10]) {
    const t0 = performance.now();
    const w = generateTrainingWorld(scale);
    const took = performance.now() - t0;
    const rows = rowsOf(w);
    if (scale === 1) rowsAtScale1 = rows;
    report(`generate training world, scale ${scale}`, `${ms(took)} (${w.authorities.length} authorities, ${w.users.length} users, ${rows} rows)`);
  }
  return rowsAtScale1;
}

async function load(kind: 'embedded' | 'postgres', rows: number): Promise<void> {
  let databaseUrl: string | undefined;
  let dir: string | undefined;
  const adminUrl = process.env.OPENIMI_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `openimi_bench_${process.pid}`;
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: adminUrl });
    try {
      await admin.connect();
    } catch {
      report('load scale 1 into PostgreSQL', 'skipped: no PostgreSQL at ' + adminUrl);
      return;
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-bench-'));
  }
  try {
    const h = await openDatabase({ databaseUrl, embeddedDir: dir ? path.join(dir, 'pgdata') : '' });
    await migrate(h.db);
    const r = await seedTrainingWorld(h.db, { scale: 1 });
    report(`load scale 1 into ${kind === 'embedded' ? 'the embedded database (PGlite)' : 'PostgreSQL'}`, `${ms(r.millis)} (${rows} rows, ${Math.round((rows / r.millis) * 1000)} rows/s)`);
    await h.close();
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

async function startAndSearch(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'openimi-bench-start-'));
  const dist = fs.existsSync(path.join(ROOT, 'dist/server/cli/main.js'));
  try {
    for (const round of ['first start (migrate + seed)', 'second start (already seeded)']) {
      const port = await freePort();
      const t0 = performance.now();
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/openimi.js'), 'start', '--training'], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
        stdio: 'ignore',
      });
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitFor(async () => ((await fetch(`${url}/healthz`)).status === 200 ? true : undefined), 120_000, '/healthz');
        report(`openimi start --training, embedded: ${round}`, `${ms(performance.now() - t0)} to the first 200 on /healthz${dist ? '' : ' (via tsx: run npm run build first for the built figure)'}`);
        if (round.startsWith('second')) {
          await searches(url);
          await catalogueRequests(url);
        }
        const rss = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
        if (rss) report(`server RSS after ${round.split(' (')[0]}`, `${Math.round(Number(rss) / 1024)} MB`);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function searches(url: string): Promise<void> {
  const queries = ['kammer', 'architekt', 'ordem', 'pharmaciens', 'bundesartzekammer', 'lekarska', 'rūmai', 'ministerstvo', 'finantsinspektsioon', 'zoll'];
  const login = await fetch(`${url}/api/v1/csrf`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { token } = (await login.json()) as { token: string };
  const session = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie },
    body: JSON.stringify({ email: 'handler.de@training.openimi.eu', password: 'practise-exchanges-safely' }),
  });
  const cookies = [cookie, ...session.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const q = queries[i % queries.length]!;
    const t0 = performance.now();
    const res = await fetch(`${url}/api/v1/authorities?q=${encodeURIComponent(q)}&page=${1 + (i % 3)}`, { headers: { cookie: cookies } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`search answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  report('directory search, 300 sequential requests, embedded', `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`);
}

function catalogueLoad(): void {
  const times: number[] = [];
  let counts: ReturnType<typeof countCatalogue> | undefined;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const result = loadCatalogue();
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error('the shipped catalogue is not valid: run openimi catalogue validate');
    counts = countCatalogue(result.catalogue);
  }
  times.sort((a, b) => a - b);
  report(
    `catalogue load + check (${counts!.areas} areas, ${counts!.procedures} procedures, ${counts!.texts * counts!.languages} texts)`,
    `median ${ms(times[2]!)}, first ${ms(Math.max(...times))}`,
  );
}

async function catalogueRequests(url: string): Promise<void> {
  const procedures = ['pq-qualification-request', 'svc-alert', 'ect-licence-register', 'solvit-case', 'pw-penalty-recovery-request'];
  for (const [what, path] of [['GET /api/v1/catalogue', () => '/api/v1/catalogue'], ['GET /api/v1/catalogue/procedures/:code', (i: number) => `/api/v1/catalogue/procedures/${procedures[i % procedures.length]}`]] as const) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 240; i++) {
      const lang = EU_LANGUAGES[i % EU_LANGUAGES.length]!;
      const t0 = performance.now();
      const res = await fetch(`${url}${path(i)}?lang=${lang}`);
      bytes += (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${what} answered ${res.status}`);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    report(`${what}, 240 sequential requests in 24 languages`, `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, ${Math.round(bytes / 240 / 1024)} KB each`);
  }
}

console.log(`OpenIMI bench — ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
catalogueLoad();
const rowsAtScale1 = generation();
await load('embedded', rowsAtScale1);
await load('postgres', rowsAtScale1);
await startAndSearch();
