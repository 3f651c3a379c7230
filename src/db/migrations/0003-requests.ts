import { sql, type Kysely } from 'kysely';

/**
 * Information requests (docs/ARCHITECTURE.md, "Information requests"): the request with its
 * current state and a version for optimistic concurrency, its answers, its events (the
 * timeline), its attachments (content in the attachment store, addressed by SHA-256), the
 * users' in-app notifications, and idempotency keys of creating calls.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE SEQUENCE request_reference_seq;

    CREATE TABLE requests (
      id uuid PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      procedure text NOT NULL,
      procedure_version integer NOT NULL,
      area text NOT NULL,
      state text NOT NULL CHECK (state IN ('draft', 'sent', 'awaiting-reassignment', 'accepted', 'awaiting-information', 'answered', 'closed', 'rejected', 'withdrawn')),
      version integer NOT NULL DEFAULT 1,
      subject text NOT NULL,
      subject_language text NOT NULL,
      requester_authority uuid NOT NULL REFERENCES authorities(id),
      requester_country text NOT NULL,
      receiver_authority uuid REFERENCES authorities(id),
      receiver_country text,
      requester_handler uuid REFERENCES users(id),
      receiver_handler uuid REFERENCES users(id),
      commission boolean NOT NULL DEFAULT false,
      escalated_by text[] NOT NULL DEFAULT '{}',
      accept_by timestamptz,
      answer_by timestamptz,
      reminded text[] NOT NULL DEFAULT '{}',
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      sent_at timestamptz,
      closed_at timestamptz,
      FOREIGN KEY (procedure, procedure_version) REFERENCES catalogue_versions(procedure, version),
      CHECK (state = 'draft' OR receiver_authority IS NOT NULL)
    );
    CREATE INDEX requests_requester ON requests (requester_authority, updated_at DESC);
    CREATE INDEX requests_receiver ON requests (receiver_authority, updated_at DESC) WHERE state <> 'draft';
    CREATE INDEX requests_open_deadlines ON requests (accept_by, answer_by) WHERE state IN ('sent', 'accepted', 'awaiting-information', 'awaiting-reassignment');
    CREATE INDEX requests_escalated ON requests (requester_country, receiver_country) WHERE escalated_by <> '{}' OR state = 'awaiting-reassignment';

    CREATE TABLE request_answers (
      request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      question text NOT NULL,
      by text NOT NULL CHECK (by IN ('sender', 'receiver')),
      value jsonb NOT NULL,
      language text,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (request_id, question)
    );

    CREATE TABLE request_events (
      request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      seq integer NOT NULL,
      at timestamptz NOT NULL,
      type text NOT NULL,
      side text,
      actor_user_id uuid REFERENCES users(id),
      actor_authority uuid REFERENCES authorities(id),
      details jsonb NOT NULL DEFAULT '{}',
      text text,
      text_language text,
      PRIMARY KEY (request_id, seq)
    );

    CREATE TABLE request_attachments (
      id uuid PRIMARY KEY,
      request_id uuid NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
      sha256 text NOT NULL,
      size bigint NOT NULL,
      media_type text NOT NULL,
      filename text NOT NULL,
      question text,
      side text NOT NULL CHECK (side IN ('requester', 'receiver')),
      uploaded_by uuid NOT NULL REFERENCES users(id),
      uploaded_at timestamptz NOT NULL
    );
    CREATE INDEX request_attachments_request ON request_attachments (request_id);

    CREATE TABLE notifications (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL,
      request_id uuid REFERENCES requests(id) ON DELETE CASCADE,
      params jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL,
      read_at timestamptz
    );
    CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

    CREATE TABLE idempotency_keys (
      user_id uuid NOT NULL REFERENCES users(id),
      key text NOT NULL,
      route text NOT NULL,
      body_hash text NOT NULL,
      status integer,
      response jsonb,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, key)
    );

    ALTER TABLE users ADD COLUMN mail_notifications boolean NOT NULL DEFAULT true;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The requests migration cannot be reverted');
}
