import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';

/** Every migration, in order. A new migration is a new file here; landed ones never change. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};
