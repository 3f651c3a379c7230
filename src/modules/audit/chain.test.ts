import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, GENESIS_HASH, verifyChain, type StoredAuditEvent } from './chain.js';

function build(n: number): StoredAuditEvent[] {
  const out: StoredAuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = { seq, at: new Date(1_700_000_000_000 + seq).toISOString(), actorUserId: null, actingAuthorityId: null, action: 'a', subjectType: 's', subjectId: String(seq), before: null, after: { seq } };
    const hash = chainHash(prev, content);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain', () => {
    expect(verifyChain(build(10))).toMatchObject({ ok: true, count: 10 });
  });

  it('names the first altered event, wherever it is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (k) => {
        const events = build(12);
        events[k - 1] = { ...events[k - 1]!, subjectId: 'tampered' };
        expect(verifyChain(events)).toEqual({ ok: false, count: k - 1, brokenAt: k, reason: 'hash-mismatch' });
      }),
    );
  });

  it('notices a removed event', () => {
    const events = build(5);
    events.splice(2, 1);
    expect(verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4, reason: 'sequence-gap' });
  });
});
