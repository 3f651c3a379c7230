import { Invalid } from '../../server/errors.js';
import { checkPasswordPolicy, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';

/**
 * Accepting a new password (change, reset, activation): the policy first, with a
 * 400 `password-<problem>` the user can act on, then the argon2id hash. Hashing happens
 * before the caller opens its transaction, so no row stays locked while it runs.
 */
export async function prepareNewPassword(password: string, email: string): Promise<string> {
  const problem = checkPasswordPolicy(password, email);
  if (problem) throw new Invalid(`password-${problem}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  return hashPassword(password);
}
