export interface SessionsTable {
  token_hash: string;
  user_id: string;
  /** `totp`: password checked, second factor awaited; `totp-enrol`: must enrol TOTP first; `full`: signed in. */
  stage: 'totp' | 'totp-enrol' | 'full';
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface UserTokensTable {
  token_hash: string;
  user_id: string;
  purpose: 'activate' | 'reset';
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface LoginThrottleTable {
  email_key: string;
  failures: number;
  first_failure_at: Date;
  locked_until: Date | null;
}
