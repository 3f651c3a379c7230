import { ApiError } from './problem';
import { http } from './http';
import type { LoginResult, Me, TotpSetup } from './types';

/** Sessions, the current user, second factor, passwords and activation. */

export const signIn = (body: { email: string; password: string; totp?: string }) => http.post<LoginResult>('/session', body);

export const completeSecondFactor = (body: { totp: string } | { recoveryCode: string }) =>
  http.post<LoginResult>('/session/second-factor', body);

export const signOut = () => http.delete<void>('/session');

/** The signed-in user, or null without a session. */
export async function getMe(): Promise<Me | null> {
  try {
    return await http.get<Me>('/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const updateMe = (body: { name?: string; preferredLanguage?: string }) => http.patch<Me>('/me', body);

export const changePassword = (body: { currentPassword: string; newPassword: string }) => http.post<void>('/me/password', body);

export const startTotpSetup = () => http.post<TotpSetup>('/me/totp/setup');

export const enableTotp = (body: { code: string }) => http.post<{ recoveryCodes: string[] }>('/me/totp/enable', body);

export const disableTotp = (body: { code: string }) => http.delete<void>('/me/totp', body);

export const replaceTotp = (body: { code: string }) => http.post<{ stage: 'totp-enrol' }>('/me/totp/replace', body);
export const renewRecoveryCodes = (body: { code: string }) => http.post<{ recoveryCodes: string[] }>('/me/recovery-codes', body);

export const requestPasswordReset = (body: { email: string }) => http.post<void>('/password-reset', body);

export const completePasswordReset = (body: { token: string; password: string }) => http.post<void>('/password-reset/complete', body);

export const completeActivation = (body: { token: string; password: string }) => http.post<void>('/activation/complete', body);
