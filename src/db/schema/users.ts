import type { ColumnType } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  preferred_language: string;
  password_hash: string | null;
  status: 'pending' | 'active' | 'disabled';
  /** Base32 TOTP secret, encrypted at rest (see identity/secret-box.ts). */
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  commission_admin: ColumnType<boolean, boolean | undefined, boolean>;
  /** Mail me when something needs my action (in-app notifications are always kept). */
  mail_notifications: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Date;
  updated_at: Date;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}
