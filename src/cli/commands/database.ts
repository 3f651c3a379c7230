import path from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../db/connection.js';
import { migrate } from '../../db/migrate.js';
import type { Config } from '../../server/config.js';

/** Opens the configured database (embedded under DATA_DIR when DATABASE_URL is unset) and migrates it. */
export async function openMigrated(config: Config): Promise<DatabaseHandle> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, embeddedDir: path.join(config.dataDir, 'pgdata'), poolSize: 2 });
  try {
    await migrate(handle.db);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return handle;
}

export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `embedded PostgreSQL (PGlite) in ${path.join(config.dataDir, 'pgdata')}`;
}

/** A connection string without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
