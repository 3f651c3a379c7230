import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema/index.js';
import { displayName } from '../authorities/authority-names.js';
import type { Procedure } from '../catalogue/schema.js';
import type { Standing } from './access.js';
import { optionsOf, viewerCapabilities } from './capabilities.js';
import type { RequestDetail } from './schema.js';
import { authorityNames, currentDeadline, loadAnswers, userNames, type RequestRow } from './store.js';

/** What a request looks like to one reader: parties named in the reader's language, the timeline, and what the reader may do now. */
export async function detailOf(db: Kysely<Database>, row: RequestRow, definition: Procedure, standing: Standing, lang: string, now: Date): Promise<RequestDetail> {
  const [answers, attachments, events] = await Promise.all([
    loadAnswers(db, row.id),
    db.selectFrom('request_attachments').selectAll().where('request_id', '=', row.id).orderBy('uploaded_at').orderBy('filename').execute(),
    db.selectFrom('request_events').selectAll().where('request_id', '=', row.id).orderBy('seq').execute(),
  ]);
  const authorityIds = [row.requester_authority, ...(row.receiver_authority ? [row.receiver_authority] : [])];
  for (const e of events) {
    if (e.actor_authority) authorityIds.push(e.actor_authority);
    for (const k of ['to', 'from'] as const) if (typeof e.details[k] === 'string') authorityIds.push(e.details[k]);
  }
  const userIds = [row.requester_handler, row.receiver_handler, ...attachments.map((a) => a.uploaded_by), ...events.map((e) => e.actor_user_id)];
  for (const e of events) if (typeof e.details.handler === 'string') userIds.push(e.details.handler);
  const [names, people, countries] = await Promise.all([
    authorityNames(db, authorityIds),
    userNames(db, userIds),
    db.selectFrom('authorities').select(['id', 'country']).where('id', 'in', [...new Set(authorityIds)]).execute(),
  ]);
  const countryOf = new Map(countries.map((c) => [c.id, c.country]));
  const party = (id: string) => {
    const country = countryOf.get(id) ?? '';
    const list = names.get(id) ?? [];
    return { id, name: list.length > 0 ? displayName(list, country, lang).name : id, country };
  };
  const person = (id: string | null) => (id ? { id, name: people.get(id) ?? '' } : null);
  const deadline = currentDeadline(row);
  const options = optionsOf(definition);

  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    state: row.state,
    procedure: { code: row.procedure, version: row.procedure_version, area: row.area },
    subject: row.subject,
    subjectLanguage: row.subject_language,
    requester: party(row.requester_authority),
    receiver: row.receiver_authority ? party(row.receiver_authority) : null,
    requesterHandler: person(row.requester_handler),
    receiverHandler: person(row.receiver_handler),
    commission: row.commission,
    deadlines: { accept: row.accept_by?.toISOString() ?? null, answer: row.answer_by?.toISOString() ?? null },
    deadline: deadline ? { kind: deadline.kind, at: deadline.at.toISOString(), overdue: deadline.at < now } : null,
    escalatedBy: row.escalated_by,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    answers: [...answers].map(([question, a]) => ({ question, value: a.value, language: a.language, by: a.by })),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: Number(a.size),
      mediaType: a.media_type,
      sha256: a.sha256,
      question: a.question,
      side: a.side,
      uploadedBy: person(a.uploaded_by)!,
      uploadedAt: a.uploaded_at.toISOString(),
    })),
    timeline: events.map((e) => {
      const details: Record<string, unknown> = { ...e.details };
      for (const k of ['to', 'from'] as const) if (typeof details[k] === 'string') details[k] = party(details[k]);
      if (typeof details.handler === 'string') details.handler = person(details.handler);
      return {
        seq: e.seq,
        at: e.at.toISOString(),
        type: e.type,
        side: (e.side as RequestDetail['timeline'][number]['side']) ?? null,
        actor: person(e.actor_user_id),
        authority: e.actor_authority ? party(e.actor_authority) : null,
        details,
        text: e.text,
        textLanguage: e.text_language,
      };
    }),
    viewer: viewerCapabilities(row, standing, options),
  };
}
