import type { Transaction } from 'kysely';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Database } from '../../db/schema/index.js';
import type { Config } from '../../server/config.js';
import { open, seal, SecretBoxError, type BoxKey } from './secret-box.js';

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s), accepted one step either side of the server's
 * clock. The secret is sealed in `users.totp_secret` together with the last time step
 * that was accepted, so that a code cannot be replayed within its window.
 */
export const TOTP_PERIOD_SECONDS = 30;
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;
const CODE_PATTERN = /^\d{6}$/;

/** What is sealed in users.totp_secret. */
export interface StoredTotp {
  secret: string;
  /** The time step of the last accepted code; codes of this step or earlier are refused. */
  lastStep: number | null;
}

function box(config: Config): BoxKey {
  return { masterSecret: config.sessionSecret, purpose: 'totp-secret' };
}

const aad = (userId: string) => `users.totp_secret:${userId}`;

export function sealTotp(config: Config, userId: string, stored: StoredTotp): string {
  return seal(box(config), JSON.stringify({ s: stored.secret, t: stored.lastStep }), aad(userId));
}

export function openTotp(config: Config, userId: string, sealed: string): StoredTotp {
  const plain = open(box(config), sealed, aad(userId));
  if (!plain.startsWith('{')) return { secret: plain, lastStep: null }; // a bare secret, sealed by a seed script
  const parsed = JSON.parse(plain) as { s: string; t: number | null };
  return { secret: parsed.s, lastStep: parsed.t ?? null };
}

/**
 * The stored TOTP of a user, or null when it cannot be opened: sealed under another
 * SESSION_SECRET (the secret was changed) or altered in the database. Callers treat that as
 * a code that does not match, so the user can still use a recovery code.
 */
export function readTotp(config: Config, userId: string, sealed: string): StoredTotp | null {
  try {
    return openTotp(config, userId, sealed);
  } catch (err) {
    if (err instanceof SecretBoxError) return null;
    throw err;
  }
}

export function newTotpSecret(): string {
  return generateSecret();
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export async function describeEnrolment(config: Config, email: string, secret: string): Promise<TotpEnrolment> {
  const otpauthUrl = generateURI({ issuer: config.training ? 'OpenIMI training' : 'OpenIMI', label: email, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl, qrSvg };
}

export function normaliseTotpCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

export function looksLikeTotpCode(code: string): boolean {
  return CODE_PATTERN.test(normaliseTotpCode(code));
}

/** The time step the code belongs to when it is valid at `now` and newer than `afterStep`, else null. */
export async function checkTotpCode(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  const token = normaliseTotpCode(code);
  if (!CODE_PATTERN.test(token)) return null;
  try {
    const result = await verify({
      secret,
      token,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/**
 * Checks a code against the user's enabled TOTP and, when it is good, records its time
 * step so that it cannot be used again. The row is locked, so two requests racing with
 * the same code cannot both win.
 */
export async function consumeTotpCode(trx: Transaction<Database>, config: Config, userId: string, code: string, now: Date): Promise<boolean> {
  const row = await trx
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled_at'])
    .where('id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
  if (!row?.totp_secret || !row.totp_enabled_at) return false;
  const stored = readTotp(config, userId, row.totp_secret);
  if (!stored) return false;
  const step = await checkTotpCode(stored.secret, code, now, stored.lastStep);
  if (step === null) return false;
  await trx
    .updateTable('users')
    .set({ totp_secret: sealTotp(config, userId, { secret: stored.secret, lastStep: step }) })
    .where('id', '=', userId)
    .execute();
  return true;
}
