import { describe, expect, it } from 'vitest';
import { randomUuid } from './idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the idempotency key of a new draft', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(randomUuid({ getRandomValues: (a) => a, randomUUID: () => 'from-browser' })).toBe('from-browser');
  });

  it('builds a version 4 UUID from getRandomValues on plain http', () => {
    const source = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(a) };
    const keys = new Set(Array.from({ length: 50 }, () => randomUuid(source)));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(UUID_V4);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    const ones = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => a.fill(0xff) };
    expect(randomUuid(ones)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
