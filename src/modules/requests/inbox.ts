import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { displayName } from '../authorities/authority-names.js';
import { boxSql, visibleRequestSql, type Box } from './access.js';
import { endOfDate } from './deadlines.js';
import type { ListQuery } from './schema.js';
import { authorityNames, userNames } from './store.js';

/**
 * The inbox: the caller's requests by box (incoming, outgoing, drafts, coordination), filtered,
 * paged, newest change first, with each box's count. The box conditions are the SQL form of the
 * access rules (access.ts), so the inbox never lists what the request page would refuse.
 */
const BOXES: readonly Box[] = ['incoming', 'outgoing', 'drafts', 'coordination'];

/** The deadline that applies in the row's state, as SQL (mirrors store.ts `currentDeadline`). */
const currentDeadline = sql<Date | null>`CASE WHEN r.state IN ('sent', 'awaiting-reassignment') THEN r.accept_by WHEN r.state IN ('accepted', 'awaiting-information') THEN r.answer_by END`;

/** Whether the caller's side has to do something now, per box. */
function needsActionSql(box: Box): RawBuilder<boolean> {
  switch (box) {
    case 'incoming':
      return sql<boolean>`r.state IN ('sent', 'accepted')`;
    case 'outgoing':
      return sql<boolean>`r.state IN ('awaiting-information', 'answered')`;
    case 'drafts':
      return sql<boolean>`true`;
    case 'coordination':
      return sql<boolean>`r.state = 'awaiting-reassignment'`;
  }
}

export async function listRequests(ctx: AppContext, actor: Actor, query: ListQuery, lang: string) {
  const now = ctx.now();
  const base = () =>
    ctx.db
      .selectFrom('requests as r')
      .innerJoin('authorities as ra', 'ra.id', 'r.requester_authority')
      .leftJoin('authorities as rb', 'rb.id', 'r.receiver_authority');

  const filters: RawBuilder<unknown>[] = [boxSql(actor, query.box)];
  if (query.state) filters.push(sql`r.state = ${query.state}`);
  if (query.procedure) filters.push(sql`r.procedure = ${query.procedure}`);
  if (query.deadlineBefore) filters.push(sql`${currentDeadline} <= ${endOfDate(query.deadlineBefore)}`);
  if (query.overdue === 'true') filters.push(sql`${currentDeadline} < ${now}`);
  if (query.overdue === 'false') filters.push(sql`(${currentDeadline} IS NULL OR ${currentDeadline} >= ${now})`);
  if (query.authority) filters.push(sql`(r.requester_authority = ${query.authority}::uuid OR r.receiver_authority = ${query.authority}::uuid)`);
  const handler = query.box === 'incoming' ? sql`r.receiver_handler` : sql`r.requester_handler`;
  if (query.assigned === 'me') filters.push(sql`${handler} = ${actor.userId}::uuid`);
  if (query.assigned === 'unassigned') filters.push(sql`${handler} IS NULL`);
  const where = sql<boolean>`${sql.join(filters, sql` AND `)}`;

  const [rows, total, counts] = await Promise.all([
    base()
      .selectAll('r')
      .select([currentDeadline.as('deadline_at'), needsActionSql(query.box).as('needs_action')])
      .where(where)
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base().select(sql<number>`count(*)::int`.as('n')).where(where).executeTakeFirstOrThrow(),
    base()
      .select([
        ...BOXES.map((b) => sql<number>`count(*) FILTER (WHERE ${boxSql(actor, b)})::int`.as(b)),
        sql<number>`count(*) FILTER (WHERE ${currentDeadline} < ${now} AND (${boxSql(actor, 'incoming')} OR ${boxSql(actor, 'outgoing')}))::int`.as('overdue'),
        sql<number>`count(*) FILTER (WHERE (${boxSql(actor, 'incoming')} AND ${needsActionSql('incoming')}) OR (${boxSql(actor, 'outgoing')} AND ${needsActionSql('outgoing')}) OR (${boxSql(actor, 'coordination')} AND ${needsActionSql('coordination')}))::int`.as('needs_action'),
      ])
      // Only the caller's requests are counted, not the whole table.
      .where(visibleRequestSql(actor))
      .executeTakeFirstOrThrow(),
  ]);

  const names = await authorityNames(ctx.db, rows.flatMap((r) => [r.requester_authority, ...(r.receiver_authority ? [r.receiver_authority] : [])]));
  const people = await userNames(ctx.db, rows.map((r) => (query.box === 'incoming' ? r.receiver_handler : r.requester_handler)));
  const party = (id: string, country: string) => {
    const list = names.get(id) ?? [];
    return { id, name: list.length > 0 ? displayName(list, country, lang).name : id, country };
  };
  return {
    items: rows.map((r) => {
      const handlerId = query.box === 'incoming' ? r.receiver_handler : r.requester_handler;
      const deadlineAt = r.deadline_at ? new Date(r.deadline_at) : null;
      return {
        id: r.id,
        reference: r.reference,
        subject: r.subject,
        subjectLanguage: r.subject_language,
        procedure: { code: r.procedure, version: r.procedure_version },
        state: r.state,
        box: query.box,
        requester: party(r.requester_authority, r.requester_country),
        receiver: r.receiver_authority ? party(r.receiver_authority, r.receiver_country ?? '') : null,
        handler: handlerId ? { id: handlerId, name: people.get(handlerId) ?? '' } : null,
        deadline: deadlineAt ? { kind: r.state === 'sent' || r.state === 'awaiting-reassignment' ? ('accept' as const) : ('answer' as const), at: deadlineAt.toISOString(), overdue: deadlineAt < now } : null,
        escalated: r.escalated_by.length > 0,
        needsAction: Boolean(r.needs_action),
        updatedAt: r.updated_at.toISOString(),
      };
    }),
    page: query.page,
    pageSize: query.pageSize,
    total: total.n,
    counts: {
      incoming: counts.incoming,
      outgoing: counts.outgoing,
      drafts: counts.drafts,
      coordination: counts.coordination,
      overdue: counts.overdue,
      needsAction: counts.needs_action,
    },
  };
}
