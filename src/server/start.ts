import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { createMailer } from '../modules/mail/mailer.js';
import { CatalogueService, loadValidCatalogue } from '../modules/catalogue/service.js';
import { createAttachmentFiles } from '../modules/files/attachments.js';
import { startJobs, type JobsRunner } from '../modules/jobs/runner.js';
import { requestJobs } from '../modules/requests/jobs.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database (embedded when DATABASE_URL is unset), migrates, and serves HTTP. */
export async function startServer(
  config: Config,
  hooks: { afterMigrate?: (ctx: AppContext) => Promise<void> } = {},
): Promise<RunningServer> {
  // An invalid catalogue stops the start before anything is opened (InvalidCatalogueError lists every problem).
  const catalogue = loadValidCatalogue(config.catalogueDir);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    embeddedDir: path.join(config.dataDir, 'pgdata'),
  });
  let jobs: JobsRunner | undefined;
  try {
    await migrate(database.db);
    const placeholderLog = { info() {}, warn() {}, error() {} } as never;
    const ctx: AppContext = {
      config,
      db: database.db,
      mailer: createMailer(config, database.db, placeholderLog),
      now: () => new Date(),
      catalogue: new CatalogueService(catalogue, database.db, () => new Date()),
      files: createAttachmentFiles(config.attachments),
    };
    const sync = await ctx.catalogue.sync();
    if (sync.created.length > 0 && config.logLevel !== 'silent') {
      console.log(`Catalogue: ${sync.created.length} of ${sync.procedures} procedures stored as new versions.`);
    }
    if (hooks.afterMigrate) await hooks.afterMigrate(ctx);
    const app = await buildApp(ctx, { logger: config.logLevel !== 'silent' });
    ctx.mailer = createMailer(config, database.db, app.log);
    ctx.mailer.start();
    // Every instance can send jobs; with JOBS=off it handles none (docs/OPERATIONS.md, "Background jobs").
    jobs = await startJobs({ connectionString: database.url, log: app.log, definitions: requestJobs(ctx), work: config.jobs });
    const address = await app.listen({ host: config.host, port: config.port });
    let stopping: Promise<void> | null = null;
    return {
      app,
      database,
      url: address,
      stop() {
        stopping ??= (async () => {
          await app.close();
          await jobs?.stop();
          await ctx.mailer.stop();
          await database.close();
        })();
        return stopping;
      },
    };
  } catch (err) {
    await jobs?.stop();
    await database.close();
    throw err;
  }
}
