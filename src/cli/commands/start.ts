import { parseArgs } from 'node:util';
import { DEMO_LOGINS, TRAINING_PASSWORD, seedTrainingWorld, trainingCatalogueOf } from '../../modules/training/seed.js';
import { loadConfig } from '../../server/config.js';
import { startServer } from '../../server/start.js';
import { describeDatabase } from './database.js';

/** `openimi start [--training]`: migrate, seed the training world on its first start, serve. */
export async function startCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { training: { type: 'boolean', default: false }, port: { type: 'string' } } });
  const env = { ...process.env };
  if (values.training) env.TRAINING = 'true';
  if (values.port) env.PORT = values.port;
  const config = loadConfig(env);
  const startedAt = Date.now();
  let seeded = false;
  const server = await startServer(config, {
    afterMigrate: async (ctx) => {
      if (!config.training) return;
      const any = await ctx.db.selectFrom('authorities').select('id').limit(1).executeTakeFirst();
      if (any) return;
      console.log('First start of the training environment: loading the synthetic training world...');
      const report = await seedTrainingWorld(ctx.db, { catalogue: trainingCatalogueOf(ctx.catalogue.catalogue) });
      console.log(`  ${report.authorities} authorities, ${report.users} users in ${report.millis} ms.`);
      seeded = true;
    },
  });
  const url = config.publicUrl;
  const lines = [
    '',
    `OpenIMI is running at ${url}  (listening on ${server.url}, ${describeDatabase(config)}, ready in ${Date.now() - startedAt} ms)`,
  ];
  if (config.training) {
    lines.push(
      `TRAINING ENVIRONMENT${seeded ? ' (training world loaded now)' : ''}: synthetic data; e-mails stay in the outbox, none is sent.`,
      '',
      `Demo logins (password for all: ${TRAINING_PASSWORD}):`,
      ...DEMO_LOGINS.map((d) => `  ${d.email.padEnd(44)} ${d.description}`),
    );
  }
  lines.push('', `API documentation: ${url}/api/docs    Health: ${url}/healthz    Stop: Ctrl+C`, '');
  console.log(lines.join('\n'));

  const shutdown = (signal: string) => {
    console.log(`\n${signal} received, stopping...`);
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  return -1; // keep running
}
