import { sql } from 'kysely';
import { inTransaction } from '../../db/transaction.js';
import type { AppContext } from '../../server/context.js';
import { notify } from './notify.js';
import { appendEvent, currentDeadline, loadRequest } from './store.js';

/**
 * The scheduled sweep over open requests' deadlines (a pg-boss job, every minute): a reminder to
 * whoever must act once the deadline is near (REMINDER_HOURS_BEFORE), and an overdue flag — a
 * timeline entry and a notice to both sides — once it has passed. Each goes out once per deadline:
 * `requests.reminded` records `soon:<kind>:<deadline>` and `overdue:<kind>:<deadline>`, so moving a
 * deadline re-arms them, and two instances sweeping at once cannot send one twice (row lock).
 */
export interface SweepReport {
  reminded: number;
  overdue: number;
}

const OPEN_STATES = ['sent', 'awaiting-reassignment', 'accepted', 'awaiting-information'] as const;

export async function sweepDeadlines(ctx: AppContext, limit = 500): Promise<SweepReport> {
  const now = ctx.now();
  const horizon = new Date(now.getTime() + ctx.config.reminderHoursBefore * 3_600_000);
  const due = await ctx.db
    .selectFrom('requests as r')
    .select('r.id')
    .where('r.state', 'in', [...OPEN_STATES])
    .where(sql<boolean>`CASE WHEN r.state IN ('sent', 'awaiting-reassignment') THEN r.accept_by WHEN r.state IN ('accepted', 'awaiting-information') THEN r.answer_by END <= ${horizon}`)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  const report: SweepReport = { reminded: 0, overdue: 0 };
  for (const { id } of due) {
    await inTransaction(
      ctx.db,
      async (uow) => {
        const row = await loadRequest(uow.trx, id, { forUpdate: true });
        const deadline = currentDeadline(row);
        if (!deadline) return;
        const at = deadline.at.toISOString();
        const overdue = deadline.at < uow.now;
        const tag = `${overdue ? 'overdue' : 'soon'}:${deadline.kind}:${at}`;
        if (row.reminded.includes(tag) || deadline.at > horizon) return;
        await uow.trx.updateTable('requests').set({ reminded: [...row.reminded, tag] }).where('id', '=', id).execute();
        await appendEvent(uow.trx, id, { type: overdue ? 'overdue' : 'reminder', side: null, actorUserId: null, actorAuthority: null, details: { kind: deadline.kind, deadline: at } }, uow.now);
        const day = at.slice(0, 10);
        // The receiver acts on both deadlines; the requester hears when one has passed, to decide whether to escalate.
        await notify(uow.trx, row, { kind: overdue ? 'overdue' : 'deadline-soon', to: [{ handlerOf: 'receiver' }], about: 'requester', extra: { deadline: day } }, null, uow.now, ctx.config.publicUrl);
        if (overdue) {
          await notify(uow.trx, row, { kind: 'overdue', to: [{ handlerOf: 'requester' }], about: 'receiver', extra: { deadline: day } }, null, uow.now, ctx.config.publicUrl);
          await uow.audit({ actorUserId: null, action: 'request.overdue', subjectType: 'request', subjectId: id, after: { kind: deadline.kind, deadline: at } });
          report.overdue += 1;
        } else {
          report.reminded += 1;
        }
      },
      now,
    );
  }
  return report;
}
