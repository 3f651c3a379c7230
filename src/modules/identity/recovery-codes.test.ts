import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode } from './recovery-codes.js';

describe('recovery codes', () => {
  it('look like xxxx-xxxx-xxxx without look-alike characters', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newRecoveryCode();
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(code).not.toMatch(/[01ilo]/);
    }
  });

  it('hash the same whatever the case, spaces and hyphens', () => {
    expect(normaliseRecoveryCode(' AB2C-dEf3 -gh4k ')).toBe('ab2cdef3gh4k');
    expect(hashRecoveryCode('ab2c-def3-gh4k')).toBe(hashRecoveryCode('AB2C DEF3 GH4K'));
    expect(hashRecoveryCode('ab2c-def3-gh4k')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode('ab2c-def3-gh4k')).not.toBe(hashRecoveryCode('ab2c-def3-gh4m'));
  });
});
