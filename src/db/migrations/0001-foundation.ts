import { sql, type Kysely } from 'kysely';

/**
 * Foundation schema: reference data, identity, authorities and roles, registration,
 * mail outbox and the append-only, hash-chained audit log.
 * Migrations are never edited after they land; add a new one instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE EXTENSION IF NOT EXISTS citext;

    -- unaccent() is STABLE; an IMMUTABLE wrapper with the dictionary named lets it back indexes.
    CREATE OR REPLACE FUNCTION imi_fold(t text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

    CREATE TABLE languages (
      code text PRIMARY KEY,
      eu_official boolean NOT NULL
    );

    CREATE TABLE countries (
      code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
      eu boolean NOT NULL,
      languages text[] NOT NULL
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY,
      email citext NOT NULL UNIQUE,
      name text NOT NULL,
      preferred_language text NOT NULL REFERENCES languages(code),
      password_hash text,
      status text NOT NULL CHECK (status IN ('pending', 'active', 'disabled')),
      totp_secret text,
      totp_enabled_at timestamptz,
      commission_admin boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE recovery_codes (
      user_id uuid NOT NULL REFERENCES users(id),
      code_hash text NOT NULL,
      used_at timestamptz,
      PRIMARY KEY (user_id, code_hash)
    );

    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      stage text NOT NULL CHECK (stage IN ('totp', 'totp-enrol', 'full')),
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE INDEX sessions_expiry ON sessions(expires_at);

    CREATE TABLE user_tokens (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      purpose text NOT NULL CHECK (purpose IN ('activate', 'reset')),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE INDEX user_tokens_user ON user_tokens(user_id);

    -- Throttling keyed by the e-mail typed, existing or not, so that it reveals nothing.
    CREATE TABLE login_throttle (
      email_key text PRIMARY KEY,
      failures integer NOT NULL,
      first_failure_at timestamptz NOT NULL,
      locked_until timestamptz
    );

    CREATE TABLE authorities (
      id uuid PRIMARY KEY,
      country text NOT NULL REFERENCES countries(code),
      region text,
      status text NOT NULL CHECK (status IN ('active', 'suspended')),
      address text NOT NULL,
      contact_email citext NOT NULL,
      contact_phone text,
      languages text[] NOT NULL,
      competences text[] NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX authorities_country ON authorities(country);
    CREATE INDEX authorities_competences ON authorities USING gin (competences);

    CREATE TABLE authority_names (
      authority_id uuid NOT NULL REFERENCES authorities(id),
      language text NOT NULL REFERENCES languages(code),
      name text NOT NULL,
      folded text GENERATED ALWAYS AS (imi_fold(name)) STORED,
      PRIMARY KEY (authority_id, language)
    );
    CREATE INDEX authority_names_trgm ON authority_names USING gin (folded gin_trgm_ops);
    CREATE INDEX authority_names_folded ON authority_names(folded);

    CREATE TABLE memberships (
      user_id uuid NOT NULL REFERENCES users(id),
      authority_id uuid NOT NULL REFERENCES authorities(id),
      roles text[] NOT NULL CHECK (roles <@ ARRAY['administrator','allocator','handler','supervisor']::text[]),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, authority_id)
    );
    CREATE INDEX memberships_authority ON memberships(authority_id);

    CREATE TABLE coordinators (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      country text NOT NULL REFERENCES countries(code),
      kind text NOT NULL CHECK (kind IN ('national', 'delegated')),
      areas text[] NOT NULL DEFAULT '{}',
      regions text[] NOT NULL DEFAULT '{}',
      require_totp boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL
    );
    CREATE INDEX coordinators_user ON coordinators(user_id);
    CREATE INDEX coordinators_country ON coordinators(country);

    -- A country's security policy, set by its national coordinator.
    CREATE TABLE country_policies (
      country text PRIMARY KEY REFERENCES countries(code),
      require_totp boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL
    );

    CREATE TABLE registrations (
      id uuid PRIMARY KEY,
      status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
      country text NOT NULL REFERENCES countries(code),
      region text,
      competences text[] NOT NULL,
      authority jsonb NOT NULL,
      administrator jsonb NOT NULL,
      submitted_at timestamptz NOT NULL,
      decided_at timestamptz,
      decided_by uuid REFERENCES users(id),
      reason text,
      authority_id uuid REFERENCES authorities(id)
    );
    CREATE INDEX registrations_pending ON registrations(country) WHERE status = 'pending';

    CREATE TABLE mail_outbox (
      id bigserial PRIMARY KEY,
      recipient text NOT NULL,
      subject text NOT NULL,
      body_text text NOT NULL,
      language text NOT NULL,
      created_at timestamptz NOT NULL,
      sent_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    );
    CREATE INDEX mail_outbox_pending ON mail_outbox(id) WHERE sent_at IS NULL;

    CREATE TABLE audit_events (
      seq bigint PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_user_id uuid,
      acting_authority_id uuid,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text NOT NULL,
      before jsonb,
      after jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL
    );
    CREATE INDEX audit_events_subject ON audit_events(subject_type, subject_id);

    -- The head of the chain: one row, locked by each writer until its transaction commits,
    -- so that the chain order is the commit order.
    CREATE TABLE audit_head (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      hash text NOT NULL
    );
    INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

    CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
