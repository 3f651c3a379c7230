import type { Kysely, Transaction } from 'kysely';
import { appendAudit, type AuditEntry } from '../modules/audit/service.js';
import type { Database } from './schema/index.js';

export interface UnitOfWork {
  trx: Transaction<Database>;
  now: Date;
  /** Records an audit event in this transaction; it commits or rolls back with the change. */
  audit(entry: AuditEntry): Promise<void>;
}

/**
 * The one way a use case writes: opens a transaction, runs the work, appends its audit
 * events to the chain, commits. Nothing else begins transactions.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>, now = new Date()): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const uow: UnitOfWork = {
      trx,
      now,
      audit: async (entry) => {
        await appendAudit(trx, entry, now);
      },
    };
    return work(uow);
  });
}
