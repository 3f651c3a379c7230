import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import { formatProblem, loadCatalogue, type Catalogue } from './load.js';
import { hashSnapshot, snapshotOf, type ProcedureSnapshot } from './snapshot.js';

export class InvalidCatalogueError extends Error {}

/** Loads the catalogue or throws with every problem listed: the server does not start with an invalid one. */
export function loadValidCatalogue(dir?: string): Catalogue {
  const result = loadCatalogue(dir);
  if (result.ok) return result.catalogue;
  const lines = result.problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`);
  const more = result.problems.length > 50 ? `\n  ... and ${result.problems.length - 50} more (run: openimi catalogue validate)` : '';
  throw new InvalidCatalogueError(
    `The procedure catalogue in ${dir ?? 'catalogue/'} is not valid (${result.problems.length} problems); the server will not start:\n${lines.join('\n')}${more}`,
  );
}

let shipped: Catalogue | undefined;

/**
 * The catalogue this process runs with when nothing is passed explicitly (training world, tests):
 * CATALOGUE_DIR when set, else the shipped catalogue/; loaded once per process.
 */
export function shippedCatalogue(): Catalogue {
  shipped ??= loadValidCatalogue(process.env.CATALOGUE_DIR || undefined);
  return shipped;
}

export interface SyncReport {
  procedures: number;
  /** Procedures that got a new version in this sync, with it. */
  created: Array<{ procedure: string; version: number }>;
}

/**
 * The loaded catalogue and its versions in the database. Every procedure's current definition
 * is stored as a numbered version the first time the server sees it (at start-up, or on first
 * use in tests); older versions stay readable for the exchanges created with them.
 */
export class CatalogueService {
  private current: Map<string, number> | null = null;
  private syncing: Promise<SyncReport> | null = null;
  private readonly snapshots = new Map<string, ProcedureSnapshot>();

  constructor(
    readonly catalogue: Catalogue,
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  /** Stores a new version of each procedure whose definition or texts changed. Idempotent. */
  async sync(): Promise<SyncReport> {
    const created: SyncReport['created'] = [];
    const versions = await inTransaction(
      this.db,
      async ({ trx, audit }) => {
        // One syncing instance at a time: two servers starting together must not both add version N+1.
        await sql`SELECT pg_advisory_xact_lock(hashtext('openimi.catalogue_versions'))`.execute(trx);
        const latest = await trx
          .selectFrom('catalogue_versions as v')
          .select(['v.procedure', 'v.version', 'v.hash'])
          .where(({ eb, selectFrom }) =>
            eb('v.version', '=', selectFrom('catalogue_versions as w').select(({ fn }) => fn.max('w.version').as('m')).whereRef('w.procedure', '=', 'v.procedure')),
          )
          .execute();
        const byCode = new Map(latest.map((r) => [r.procedure, r]));
        const current = new Map<string, number>();
        for (const code of this.catalogue.procedures.keys()) {
          const snapshot = snapshotOf(this.catalogue, code)!;
          const hash = hashSnapshot(snapshot);
          const last = byCode.get(code);
          if (last && last.hash === hash) {
            current.set(code, last.version);
            continue;
          }
          const version = (last?.version ?? 0) + 1;
          await trx
            .insertInto('catalogue_versions')
            .values({ procedure: code, version, hash, snapshot: JSON.stringify(snapshot), created_at: this.now() })
            .execute();
          await audit({ actorUserId: null, action: 'catalogue.version.created', subjectType: 'procedure', subjectId: code, after: { version, hash } });
          created.push({ procedure: code, version });
          current.set(code, version);
        }
        return current;
      },
      this.now(),
    );
    this.current = versions;
    return { procedures: versions.size, created };
  }

  /** The current version of every procedure (syncing first if this process has not yet). */
  async versions(): Promise<ReadonlyMap<string, number>> {
    if (this.current) return this.current;
    this.syncing ??= this.sync().finally(() => {
      this.syncing = null;
    });
    await this.syncing;
    return this.current!;
  }

  async currentVersion(code: string): Promise<number | undefined> {
    return (await this.versions()).get(code);
  }

  /** The stored versions of a procedure, newest first. */
  async listVersions(code: string): Promise<Array<{ version: number; hash: string; createdAt: Date }>> {
    await this.versions();
    const rows = await this.db
      .selectFrom('catalogue_versions')
      .select(['version', 'hash', 'created_at'])
      .where('procedure', '=', code)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({ version: r.version, hash: r.hash, createdAt: new Date(r.created_at) }));
  }

  /** A stored version of a procedure; versions never change, so they are cached. */
  async snapshot(code: string, version: number): Promise<ProcedureSnapshot | undefined> {
    const key = `${code}@${version}`;
    const cached = this.snapshots.get(key);
    if (cached) return cached;
    await this.versions();
    const row = await this.db
      .selectFrom('catalogue_versions')
      .select('snapshot')
      .where('procedure', '=', code)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) return undefined;
    const snapshot = (typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot) as ProcedureSnapshot;
    this.snapshots.set(key, snapshot);
    return snapshot;
  }
}
