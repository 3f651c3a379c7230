import { createHash } from 'node:crypto';

/** Attachments are addressed by the SHA-256 of their content, as 64 lower-case hex digits. */
export function sha256Hex(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** A well-formed address (also what keeps file paths and object keys built from it safe). */
export function assertAddress(sha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256 address: ${JSON.stringify(sha256).slice(0, 80)}`);
}

/** Refuses to file content under a hash that is not its own. */
export function assertAddressOf(sha256: string, content: Buffer): void {
  assertAddress(sha256);
  if (sha256Hex(content) !== sha256) throw new Error(`content does not hash to ${sha256}`);
}
