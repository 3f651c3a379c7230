import { createHash } from 'node:crypto';

/**
 * Stable identifiers for training rows: a name-based UUID (version 5 layout, SHA-1)
 * of the seed, the kind of row and its key. Unlike ids drawn from the generator,
 * they cannot collide however large the world grows.
 */
export function trainingUuid(seed: number, kind: string, key: string): string {
  const h = createHash('sha1').update(`openimi-training\u0000${seed}\u0000${kind}\u0000${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
