import { loadConfig } from '../../server/config.js';
import { describeDatabase, openMigrated } from './database.js';

export async function migrateCommand(_args: string[]): Promise<number> {
  const config = loadConfig();
  const handle = await openMigrated(config);
  await handle.close();
  console.log(`Migrations applied to ${describeDatabase(config)}.`);
  return 0;
}
