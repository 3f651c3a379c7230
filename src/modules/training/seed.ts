import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { inTransaction } from '../../db/transaction.js';
import { hashPassword } from '../identity/passwords.js';
import { TRAINING_PASSWORD } from './demo-logins.js';
import { generateTrainingWorld, TRAINING_SEED, type TrainingCatalogue } from './world.js';

export { DEMO_LOGINS, TRAINING_PASSWORD } from './demo-logins.js';
export { generateTrainingWorld, trainingCatalogueOf, TRAINING_SEED, type TrainingWorld } from './world.js';

export interface SeedReport {
  authorities: number;
  users: number;
  memberships: number;
  coordinators: number;
  registrations: number;
  millis: number;
}

export interface SeedOptions {
  /** Multiplies authorities and users; 1 gives about 320 authorities and 1,000 users. */
  scale?: number;
  /** The timestamp of every row and of the audit event; the clock when absent. */
  now?: Date;
  log?: (msg: string) => void;
  /** Another world of the same shape (tests, benchmarks). */
  seed?: number;
  /** The catalogue the server runs with (default: the shipped one). */
  catalogue?: TrainingCatalogue;
}

/** The training world goes only into a directory that is still empty. */
export class TrainingWorldRefused extends Error {
  constructor(authorities: number) {
    super(`The training world is only loaded into an empty database, and this one already holds ${authorities} authorities; start from a new database to load it.`);
    this.name = 'TrainingWorldRefused';
  }
}

const CHUNK = 500;

/**
 * Loads the synthetic training world: every row in one transaction with multi-row
 * INSERTs of 500 rows, one `training.seeded` audit event, one argon2 hash shared by
 * every account. Refuses a database that already holds authorities.
 */
export async function seedTrainingWorld(db: Kysely<Database>, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const scale = options.scale ?? 1;
  await refuseUnlessEmpty(db);

  const world = generateTrainingWorld(scale, options.seed ?? TRAINING_SEED, options.catalogue);
  const report = { authorities: world.authorities.length, users: world.users.length, memberships: world.memberships.length, coordinators: world.coordinators.length, registrations: world.registrations.length };
  log(`training world (scale ${scale}): ${report.authorities} authorities, ${report.users} users, ${report.memberships} memberships, ${report.coordinators} coordinators generated in ${elapsed(started)} ms`);
  const passwordHash = await hashPassword(TRAINING_PASSWORD);

  await inTransaction(
    db,
    async ({ trx, now, audit }) => {
      await sql`LOCK TABLE authorities IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
      await refuseUnlessEmpty(trx);
      const stamp = { created_at: now, updated_at: now };
      await insertChunks(trx, 'users', world.users, (u) => ({ ...u, ...stamp, password_hash: passwordHash, status: 'active' as const, totp_secret: null, totp_enabled_at: null }));
      log(`training world: users written (${elapsed(started)} ms)`);
      await insertChunks(trx, 'authorities', world.authorities, (a) => ({ ...a, ...stamp }));
      await insertChunks(trx, 'authority_names', world.authorityNames, (n) => n);
      log(`training world: authorities written (${elapsed(started)} ms)`);
      await insertChunks(trx, 'memberships', world.memberships, (m) => ({ ...m, created_at: now }));
      await insertChunks(trx, 'coordinators', world.coordinators, (c) => ({ ...c, require_totp: false, created_at: now }));
      await trx
        .insertInto('country_policies')
        .values(world.countryPolicies.map((p) => ({ ...p, updated_at: now })))
        .onConflict((oc) => oc.column('country').doUpdateSet({ require_totp: false, updated_at: now }))
        .execute();
      if (world.registrations.length > 0) {
        await trx
          .insertInto('registrations')
          .values(
            world.registrations.map((r) => ({
              id: r.id,
              status: 'pending' as const,
              country: r.country,
              region: r.region,
              competences: r.competences,
              authority: JSON.stringify(r.authority),
              administrator: JSON.stringify(r.administrator),
              submitted_at: new Date(now.getTime() - r.daysAgo * 86_400_000),
              decided_at: null,
              decided_by: null,
              reason: null,
              authority_id: null,
            })),
          )
          .execute();
      }
      await audit({ actorUserId: null, action: 'training.seeded', subjectType: 'system', subjectId: 'training-world', after: { ...report, scale, seed: world.seed } });
    },
    options.now,
  );

  const millis = elapsed(started);
  log(`training world: loaded in ${millis} ms`);
  return { ...report, millis };
}

async function refuseUnlessEmpty(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM authorities`.execute(db);
  const n = row.rows[0]?.n ?? 0;
  if (n > 0) throw new TrainingWorldRefused(n);
}

async function insertChunks<T extends keyof Database & string, R>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly R[],
  toRow: (row: R) => Insertable<Database[T]>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map(toRow);
    // Kysely cannot relate a generic table name to its row type; each caller's toRow is typed.
    await trx.insertInto(table).values(chunk as never).execute();
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
