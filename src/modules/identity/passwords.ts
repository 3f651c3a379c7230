import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
 * The policy: 12 to 256 characters, not only one kind of character, not a known
 * common password, not the e-mail address. Long passphrases are welcome.
 */
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set([
  'password1234', '123456789012', 'qwertyuiop12', 'passwordpassword', 'iloveyou1234', 'administrator',
  'welcome12345', 'changeme1234', 'letmein12345', 'qwerty123456', '1q2w3e4r5t6y', 'password123!',
]);

export type PasswordProblem = 'too-short' | 'too-long' | 'too-simple' | 'common' | 'contains-email';

/** Pure: what is wrong with a candidate password, or null. */
export function checkPasswordPolicy(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (COMMON.has(password.toLowerCase())) return 'common';
  if (new Set(password).size < 5) return 'too-simple';
  if (email) {
    const local = email.split('@')[0]?.toLowerCase() ?? '';
    if (local.length >= 4 && password.toLowerCase().includes(local)) return 'contains-email';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of nothing anyone knows, verified when the e-mail is unknown so that timing tells nothing. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('openimi-no-such-user-' + Math.random().toString(36), OPTIONS);
  return dummyHash;
}
