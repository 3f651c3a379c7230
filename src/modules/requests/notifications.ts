import type { Actor } from '../../server/actor.js';
import type { AppContext } from '../../server/context.js';
import { NotFound } from '../../server/errors.js';

/** The signed-in user's in-app notifications: their own, newest first; reading one marks it read. */
export async function listNotifications(ctx: AppContext, actor: Actor, options: { unread: boolean; limit: number }) {
  let query = ctx.db
    .selectFrom('notifications as n')
    .leftJoin('requests as r', 'r.id', 'n.request_id')
    .select(['n.id', 'n.kind', 'n.params', 'n.created_at', 'n.read_at', 'r.id as request_id', 'r.reference', 'r.subject'])
    .where('n.user_id', '=', actor.userId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(options.limit);
  if (options.unread) query = query.where('n.read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    query.execute(),
    ctx.db.selectFrom('notifications').select(({ fn }) => fn.countAll<number>().as('n')).where('user_id', '=', actor.userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      request: r.request_id ? { id: r.request_id, reference: r.reference!, subject: r.subject! } : null,
      params: r.params,
      createdAt: r.created_at.toISOString(),
      readAt: r.read_at?.toISOString() ?? null,
    })),
    unread: Number(unread.n),
  };
}

export async function markNotificationRead(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const result = await ctx.db.updateTable('notifications').set({ read_at: ctx.now() }).where('id', '=', id).where('user_id', '=', actor.userId).where('read_at', 'is', null).executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const exists = await ctx.db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
    if (!exists) throw new NotFound();
  }
}

export async function markAllNotificationsRead(ctx: AppContext, actor: Actor): Promise<void> {
  await ctx.db.updateTable('notifications').set({ read_at: ctx.now() }).where('user_id', '=', actor.userId).where('read_at', 'is', null).execute();
}
