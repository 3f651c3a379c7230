import type { ColumnType, Generated } from 'kysely';
import type { RequestState } from '../../modules/requests/workflow.js';

export interface RequestsTable {
  id: string;
  /** Human reference, e.g. REQ-2026-000042. */
  reference: string;
  procedure: string;
  procedure_version: number;
  area: string;
  state: RequestState;
  /** Incremented by every change; a write names the version it saw (409 otherwise). */
  version: Generated<number>;
  subject: string;
  subject_language: string;
  requester_authority: string;
  requester_country: string;
  receiver_authority: string | null;
  receiver_country: string | null;
  requester_handler: string | null;
  receiver_handler: string | null;
  commission: boolean;
  escalated_by: ColumnType<Array<'requester' | 'receiver'>, Array<'requester' | 'receiver'> | undefined, Array<'requester' | 'receiver'>>;
  accept_by: Date | null;
  answer_by: Date | null;
  /** Reminders already sent, e.g. `answer:2026-12-01` or `overdue:answer:...`, so each goes out once. */
  reminded: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  sent_at: Date | null;
  closed_at: Date | null;
}

export interface RequestAnswersTable {
  request_id: string;
  question: string;
  by: 'sender' | 'receiver';
  value: unknown;
  language: string | null;
  updated_by: string;
  updated_at: Date;
}

export interface RequestEventsTable {
  request_id: string;
  seq: number;
  at: Date;
  type: string;
  side: string | null;
  actor_user_id: string | null;
  actor_authority: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  text: string | null;
  text_language: string | null;
}

export interface RequestAttachmentsTable {
  id: string;
  request_id: string;
  sha256: string;
  size: ColumnType<string, number, number>;
  media_type: string;
  filename: string;
  question: string | null;
  side: 'requester' | 'receiver';
  uploaded_by: string;
  uploaded_at: Date;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  request_id: string | null;
  params: ColumnType<Record<string, string | number>, string | undefined, string>;
  created_at: Date;
  read_at: Date | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  route: string;
  body_hash: string;
  status: number | null;
  response: unknown;
  created_at: Date;
}
