import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-catalogue.js';
import * as m0003 from './0003-requests.js';

/** Every migration, in order. A new migration is a new file here; landed ones never change. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-catalogue': m0002,
  '0003-requests': m0003,
};
