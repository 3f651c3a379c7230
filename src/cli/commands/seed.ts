import { parseArgs } from 'node:util';
import { loadValidCatalogue } from '../../modules/catalogue/service.js';
import { seedTrainingWorld, trainingCatalogueOf } from '../../modules/training/seed.js';
import { loadConfig } from '../../server/config.js';
import { describeDatabase, openMigrated } from './database.js';

export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { training: { type: 'boolean' }, scale: { type: 'string', default: '1' } } });
  if (!values.training) {
    console.error('Only the training world can be seeded: openimi seed --training [--scale N]');
    return 2;
  }
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0) {
    console.error('--scale must be a positive number');
    return 2;
  }
  const config = loadConfig();
  const catalogue = trainingCatalogueOf(loadValidCatalogue(config.catalogueDir));
  const handle = await openMigrated(config);
  try {
    const report = await seedTrainingWorld(handle.db, { scale, catalogue, log: (m) => console.log(m) });
    console.log(
      `Training world loaded into ${describeDatabase(config)}: ${report.authorities} authorities, ${report.users} users, ` +
        `${report.memberships} memberships, ${report.coordinators} coordinators in ${report.millis} ms.`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}
