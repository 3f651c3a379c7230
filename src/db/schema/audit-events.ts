export interface AuditEventsTable {
  seq: number;
  at: Date;
  actor_user_id: string | null;
  acting_authority_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}
