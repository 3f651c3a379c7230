import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { AuthorityRole } from '../../db/schema/authorities.js';
import { mandateCovers } from '../access/policy.js';
import { displayName } from '../authorities/authority-names.js';
import { queueMail } from '../mail/outbox.js';
import type { Side } from './access.js';
import { authorityNames, type RequestRow } from './store.js';

/**
 * In-app notifications and mails about requests: who must act now is told, in their own language
 * (`requests.notification.<kind>`), in the same transaction as the change. Mail only goes to those
 * who asked for it (users.mail_notifications). The actor is never notified of their own action.
 */
export type NotificationKind =
  | 'received' | 'allocated' | 'information-requested' | 'information-provided' | 'answered' | 'contested'
  | 'rejected' | 'withdrawn' | 'closed' | 'escalated' | 'awaiting-reassignment' | 'deadline-soon' | 'overdue' | 'commented';

export type Audience =
  | { handlerOf: Side }
  | { team: Side; roles: readonly AuthorityRole[] }
  | { coordinatorsOf: Side }
  | { user: string };

/** Who hears of an event: the side that must act next, told about the other party (`about`). */
export const AUDIENCE: Record<string, Notice | undefined> = {
  sent: { kind: 'received', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  forwarded: { kind: 'received', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  reassigned: { kind: 'received', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  'information-requested': { kind: 'information-requested', to: [{ handlerOf: 'requester' }], about: 'receiver' },
  'information-provided': { kind: 'information-provided', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  answered: { kind: 'answered', to: [{ handlerOf: 'requester' }], about: 'receiver' },
  contested: { kind: 'contested', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  rejected: { kind: 'rejected', to: [{ handlerOf: 'requester' }], about: 'receiver' },
  withdrawn: { kind: 'withdrawn', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  closed: { kind: 'closed', to: [{ handlerOf: 'receiver' }], about: 'requester' },
  // The receiver's coordinators are asked to find the competent authority for a request from abroad.
  'forwarded-to-coordinator': { kind: 'awaiting-reassignment', to: [{ coordinatorsOf: 'receiver' }], about: 'requester' },
};

async function recipients(trx: Transaction<Database>, row: RequestRow, audience: Audience): Promise<string[]> {
  if ('user' in audience) return [audience.user];
  if ('handlerOf' in audience) {
    const handler = audience.handlerOf === 'requester' ? row.requester_handler : row.receiver_handler;
    if (handler) return [handler];
    // Nobody allocated yet: those who allocate (or, in an authority without allocators, its handlers).
    const team = await recipients(trx, row, { team: audience.handlerOf, roles: ['allocator', 'supervisor'] });
    return team.length > 0 ? team : recipients(trx, row, { team: audience.handlerOf, roles: ['handler'] });
  }
  if ('team' in audience) {
    const authority = audience.team === 'requester' ? row.requester_authority : row.receiver_authority;
    if (!authority) return [];
    const members = await trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'm.roles'])
      .where('m.authority_id', '=', authority)
      .where('u.status', '=', 'active')
      .execute();
    return members.filter((m) => m.roles.some((r) => audience.roles.includes(r))).map((m) => m.user_id);
  }
  const side = audience.coordinatorsOf;
  const country = side === 'requester' ? row.requester_country : row.receiver_country;
  const region = side === 'requester' ? row.requester_region : row.receiver_region;
  if (!country) return [];
  const mandates = await trx
    .selectFrom('coordinators as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.user_id', 'c.country', 'c.kind', 'c.areas', 'c.regions'])
    .where('c.country', '=', country)
    .where('u.status', '=', 'active')
    .execute();
  return mandates.filter((m) => mandateCovers(m, { country, region, competences: [row.area] })).map((m) => m.user_id);
}

export interface Notice {
  kind: NotificationKind;
  to: Audience[];
  /** The authority to name in the message: the other party, from the recipient's point of view. */
  about: Side;
  extra?: Record<string, string>;
}

export async function notify(trx: Transaction<Database>, row: RequestRow, notice: Notice, actorUserId: string | null, now: Date, publicUrl: string): Promise<number> {
  const users = new Set<string>();
  for (const audience of notice.to) for (const id of await recipients(trx, row, audience)) users.add(id);
  if (actorUserId) users.delete(actorUserId);
  if (users.size === 0) return 0;
  const aboutId = notice.about === 'requester' ? row.requester_authority : row.receiver_authority;
  const aboutCountry = notice.about === 'requester' ? row.requester_country : (row.receiver_country ?? '');
  const names = aboutId ? ((await authorityNames(trx, [aboutId])).get(aboutId) ?? []) : [];
  const people = await trx.selectFrom('users').select(['id', 'email', 'preferred_language', 'mail_notifications', 'status']).where('id', 'in', [...users]).execute();
  for (const person of people) {
    if (person.status !== 'active') continue;
    const authority = names.length > 0 ? displayName(names, aboutCountry, person.preferred_language).name : '';
    const params = { reference: row.reference, subject: row.subject, authority, ...notice.extra };
    await trx
      .insertInto('notifications')
      .values({ id: randomUUID(), user_id: person.id, kind: notice.kind, request_id: row.id, params: JSON.stringify(params), created_at: now, read_at: null })
      .execute();
    if (person.mail_notifications) {
      await queueMail(
        trx,
        {
          to: person.email,
          language: person.preferred_language,
          subjectKey: 'mail.request.subject',
          bodyKey: `mail.request.${notice.kind}`,
          params: { ...params, link: `${publicUrl}/requests/${row.id}` },
        },
        now,
      );
    }
  }
  return people.length;
}
