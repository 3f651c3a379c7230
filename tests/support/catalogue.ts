import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema/index.js';
import type { Catalogue } from '../../src/modules/catalogue/load.js';
import { CatalogueService, shippedCatalogue } from '../../src/modules/catalogue/service.js';

/** A catalogue service on the test database, with the shipped catalogue unless the test brings its own. */
export function catalogueService(db: Kysely<Database>, now: () => Date, catalogue: Catalogue = shippedCatalogue()): CatalogueService {
  return new CatalogueService(catalogue, db, now);
}
