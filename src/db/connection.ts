import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/index.js';
import { keepExtendedQueriesTogether } from './embedded-queue.js';

/**
 * The database the app talks to. Always the standard `pg` driver: either a real
 * PostgreSQL (DATABASE_URL) or an embedded PGlite served on a loopback socket.
 */
export interface DatabaseHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
  /** `postgres` or `embedded`. */
  kind: 'postgres' | 'embedded';
  /** A connection string that reaches this database (for the CLI and tests). */
  url: string;
  close(): Promise<void>;
}

// timestamptz as JS Date (the default), bigint (int8) as number: our counters stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` for a throw-away one. */
  embeddedDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      /* a dropped idle connection: the next query reconnects; /healthz reports the outage */
    });
    return wrap(pool, 'postgres', options.databaseUrl, async () => {});
  }
  const embedded = await startEmbedded(options.embeddedDir ?? 'memory://');
  const pool = new pg.Pool({ connectionString: embedded.url, max: options.poolSize ?? 5 });
  pool.on('error', () => {});
  return wrap(pool, 'embedded', embedded.url, embedded.stop);
}

function wrap(pool: pg.Pool, kind: DatabaseHandle['kind'], url: string, stop: () => Promise<void>): DatabaseHandle {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    pool,
    kind,
    url,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
      } catch {
        /* the pool was already ended */
      }
      await stop();
    },
  };
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) in `dir` and serves it on
 * 127.0.0.1 at a free port through pglite-socket, which multiplexes several client
 * connections onto PGlite's single session and keeps each transaction together (and, with
 * embedded-queue.ts, each extended-protocol query).
 */
export async function startEmbedded(dir: string): Promise<EmbeddedServer> {
  const [{ PGlite }, { PGLiteSocketServer }, { pg_trgm }, { unaccent }, { citext }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/citext'),
  ]);
  if (dir !== 'memory://') fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const pglite = await PGlite.create(dir === 'memory://' ? undefined : dir, {
    extensions: { pg_trgm, unaccent, citext },
  });
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 32 });
  keepExtendedQueriesTogether(server, pglite);
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const url = `postgres://postgres@${conn}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
