import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import type { RequestsTable } from '../../db/schema/requests.js';
import { NotFound } from '../../server/errors.js';
import type { RequestFacts, ViewerSide } from './access.js';
import type { AnswerValue } from './schema.js';
import type { RequestSnapshot } from './workflow.js';

/** Reading and writing request rows, answers and events; used by the use cases of this module. */
type Db = Kysely<Database> | Transaction<Database>;

export type RequestRow = Selectable<RequestsTable> & { requester_region: string | null; receiver_region: string | null };

/** The request with its authorities' regions, or 404. `forUpdate` locks the row: the mutex for every change to the request. */
export async function loadRequest(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<RequestRow> {
  let query = db
    .selectFrom('requests as r')
    .innerJoin('authorities as ra', 'ra.id', 'r.requester_authority')
    .leftJoin('authorities as rb', 'rb.id', 'r.receiver_authority')
    .selectAll('r')
    .select(['ra.region as requester_region', 'rb.region as receiver_region'])
    .where('r.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  if (!row) throw new NotFound();
  return row as RequestRow;
}

export function factsOf(row: RequestRow): RequestFacts {
  return {
    state: row.state,
    area: row.area,
    commission: row.commission,
    createdBy: row.created_by,
    requesterAuthority: row.requester_authority,
    requesterCountry: row.requester_country,
    requesterRegion: row.requester_region,
    receiverAuthority: row.receiver_authority,
    receiverCountry: row.receiver_country,
    receiverRegion: row.receiver_region,
    requesterHandler: row.requester_handler,
    receiverHandler: row.receiver_handler,
    escalatedBy: row.escalated_by,
  };
}

export function snapshotOfRow(row: RequestRow): RequestSnapshot {
  return {
    state: row.state,
    requesterAuthority: row.requester_authority,
    receiverAuthority: row.receiver_authority ?? '',
    receiverCountry: row.receiver_country ?? '',
    escalatedBy: row.escalated_by,
  };
}

export interface StoredAnswer {
  value: AnswerValue;
  language: string | null;
  by: 'sender' | 'receiver';
}

export async function loadAnswers(db: Db, requestId: string): Promise<Map<string, StoredAnswer>> {
  const rows = await db.selectFrom('request_answers').select(['question', 'value', 'language', 'by']).where('request_id', '=', requestId).execute();
  return new Map(rows.map((r) => [r.question, { value: r.value as AnswerValue, language: r.language, by: r.by }]));
}

export interface NewEvent {
  type: string;
  side: ViewerSide | null;
  actorUserId: string | null;
  actorAuthority: string | null;
  details?: Record<string, unknown>;
  text?: string | null;
  textLanguage?: string | null;
}

/** Appends one timeline entry; the caller holds the request's row lock, so `seq` cannot collide. */
export async function appendEvent(trx: Transaction<Database>, requestId: string, event: NewEvent, now: Date): Promise<number> {
  const last = await trx
    .selectFrom('request_events')
    .select(({ fn }) => fn.max('seq').as('seq'))
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  await trx
    .insertInto('request_events')
    .values({
      request_id: requestId,
      seq,
      at: now,
      type: event.type,
      side: event.side,
      actor_user_id: event.actorUserId,
      actor_authority: event.actorAuthority,
      details: JSON.stringify(event.details ?? {}),
      text: event.text ?? null,
      text_language: event.text ? (event.textLanguage ?? null) : null,
    })
    .execute();
  return seq;
}

/** The deadline that applies in a state: to accept while waiting for acceptance, to answer while in progress. */
export function currentDeadline(row: Pick<RequestRow, 'state' | 'accept_by' | 'answer_by'>): { kind: 'accept' | 'answer'; at: Date } | null {
  if ((row.state === 'sent' || row.state === 'awaiting-reassignment') && row.accept_by) return { kind: 'accept', at: row.accept_by };
  if ((row.state === 'accepted' || row.state === 'awaiting-information') && row.answer_by) return { kind: 'answer', at: row.answer_by };
  return null;
}

/** Authority names in every language, for showing parties in the reader's language. */
export async function authorityNames(db: Db, ids: readonly string[]): Promise<Map<string, Array<{ language: string; name: string }>>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('authority_names').select(['authority_id', 'language', 'name']).where('authority_id', 'in', unique).execute();
  const map = new Map<string, Array<{ language: string; name: string }>>();
  for (const r of rows) {
    const list = map.get(r.authority_id) ?? [];
    list.push({ language: r.language, name: r.name });
    map.set(r.authority_id, list);
  }
  return map;
}

export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
