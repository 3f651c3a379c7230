import { describe, expect, it } from 'vitest';
import { open, seal, SecretBoxError } from './secret-box.js';

const box = { masterSecret: 'a-test-master-secret-of-at-least-32-chars', purpose: 'totp-secret' };

describe('secret box', () => {
  it('opens what it sealed, and seals the same text differently every time', () => {
    const a = seal(box, 'JBSWY3DPEHPK3PXP', 'user-1');
    const b = seal(box, 'JBSWY3DPEHPK3PXP', 'user-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(a).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(open(box, a, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a value bound to another owner, another purpose or another master secret', () => {
    const sealed = seal(box, 'secret', 'user-1');
    expect(() => open(box, sealed, 'user-2')).toThrow(SecretBoxError);
    expect(() => open({ ...box, purpose: 'other' }, sealed, 'user-1')).toThrow(SecretBoxError);
    expect(() => open({ ...box, masterSecret: 'another-master-secret-of-32-characters' }, sealed, 'user-1')).toThrow(SecretBoxError);
  });

  it('refuses a tampered or malformed value', () => {
    const sealed = seal(box, 'secret', 'user-1');
    const [v, iv, ct, tag] = sealed.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open(box, [v, iv, flipped.toString('base64url'), tag].join('.'), 'user-1')).toThrow(SecretBoxError);
    expect(() => open(box, 'JBSWY3DPEHPK3PXP', 'user-1')).toThrow(SecretBoxError);
    expect(() => open(box, `v2.${iv}.${ct}.${tag}`, 'user-1')).toThrow(SecretBoxError);
  });
});
