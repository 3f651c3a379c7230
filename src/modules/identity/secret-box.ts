import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Small secrets kept at rest (TOTP secrets): AES-256-GCM under a key derived with
 * HKDF-SHA256 from SESSION_SECRET, one key per purpose. The associated data binds a
 * sealed value to its owner (e.g. the user id), so it cannot be copied to another row.
 *
 * Sealed format: `v1.<iv>.<ciphertext>.<tag>`, each part base64url.
 * Rotating SESSION_SECRET makes every sealed value unreadable (users then sign in with
 * a recovery code and enrol again).
 */
const VERSION = 'v1';
const SALT = 'openimi-secret-box-v1';
const keys = new Map<string, Buffer>();

function keyFor(masterSecret: string, purpose: string): Buffer {
  const cacheKey = `${purpose}\u0000${masterSecret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterSecret, SALT, `openimi:${purpose}`, 32));
    keys.set(cacheKey, key);
  }
  return key;
}

export interface BoxKey {
  /** The master secret (config.sessionSecret). */
  masterSecret: string;
  /** What the key is for, e.g. `totp-secret`: each purpose gets its own derived key. */
  purpose: string;
}

export function seal(box: BoxKey, plaintext: string, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(box.masterSecret, box.purpose), iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), ciphertext.toString('base64url'), tag.toString('base64url')].join('.');
}

export class SecretBoxError extends Error {}

/** Opens a sealed value; throws SecretBoxError when it was tampered with or sealed under another key. */
export function open(box: BoxKey, sealed: string, associatedData: string): string {
  const [version, iv, ciphertext, tag, ...rest] = sealed.split('.');
  if (version !== VERSION || !iv || ciphertext === undefined || !tag || rest.length > 0) {
    throw new SecretBoxError('not a sealed value');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(box.masterSecret, box.purpose), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('sealed value cannot be opened (wrong key or tampered)');
  }
}
