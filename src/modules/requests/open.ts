import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { Conflict, NotFound } from '../../server/errors.js';
import type { Procedure } from '../catalogue/schema.js';
import type { ProcedureSnapshot } from '../catalogue/snapshot.js';
import { standingOf, type Standing } from './access.js';
import { factsOf, loadRequest, type RequestRow } from './store.js';

/**
 * The first step of every use case on an existing request: load it (locked, inside a write),
 * establish how the actor stands to it, and answer 404 when it does not exist for them —
 * before anything else is looked at, so that a refusal never tells an outsider it exists.
 */
export interface OpenRequest {
  row: RequestRow;
  standing: Standing;
  snapshot: ProcedureSnapshot;
  definition: Procedure;
}

export async function openRequest(ctx: AppContext, db: Kysely<Database> | Transaction<Database>, actor: Actor, id: string, forUpdate = false): Promise<OpenRequest> {
  const row = await loadRequest(db, id, { forUpdate });
  const standing = standingOf(actor, factsOf(row));
  if (standing.sides.length === 0) throw new NotFound();
  const snapshot = await ctx.catalogue.snapshot(row.procedure, row.procedure_version);
  if (!snapshot) throw new Error(`procedure version ${row.procedure}@${row.procedure_version} is missing`);
  return { row, standing, snapshot, definition: snapshot.definition };
}

/** A write names the version it saw; another write in between makes it a 409 with the current state. */
export function expectVersion(row: RequestRow, version: number): void {
  if (row.version !== version) throw new Conflict('request-changed', {}, { currentVersion: row.version, state: row.state });
}
