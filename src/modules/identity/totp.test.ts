import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { checkTotpCode, looksLikeTotpCode, newTotpSecret, openTotp, readTotp, sealTotp } from './totp.js';

const config = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv);
const at = new Date('2026-11-05T10:00:10Z');
const epoch = Math.floor(at.getTime() / 1000);

describe('TOTP codes', () => {
  it('are accepted in the current step and one step either side, not two', async () => {
    const secret = newTotpSecret();
    for (const offset of [-30, 0, 30]) expect(await checkTotpCode(secret, await generate({ secret, epoch: epoch + offset }), at, null), `offset ${offset}`).not.toBeNull();
    for (const offset of [-60, 60]) expect(await checkTotpCode(secret, await generate({ secret, epoch: epoch + offset }), at, null), `offset ${offset}`).toBeNull();
  });

  it('are refused once their step, or a later one, has been used', async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret, epoch });
    const step = await checkTotpCode(secret, code, at, null);
    expect(step).toBe(Math.floor(epoch / 30));
    expect(await checkTotpCode(secret, code, at, step)).toBeNull();
    const previous = await generate({ secret, epoch: epoch - 30 });
    expect(await checkTotpCode(secret, previous, at, step)).toBeNull();
    const next = await generate({ secret, epoch: epoch + 30 });
    expect(await checkTotpCode(secret, next, at, step)).toBe(step! + 1);
  });

  it('tolerate spaces, and refuse anything that is not six digits without throwing', async () => {
    const secret = newTotpSecret();
    const code = await generate({ secret, epoch });
    expect(await checkTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, at, null)).not.toBeNull();
    for (const junk of ['', '12345', '1234567', 'abcdef', 'ab2c-def3-gh4k']) expect(await checkTotpCode(secret, junk, at, null)).toBeNull();
    expect(looksLikeTotpCode('123 456')).toBe(true);
    expect(looksLikeTotpCode('ab2c-def3-gh4k')).toBe(false);
  });
});

describe('the stored TOTP secret', () => {
  it('is sealed with the last accepted step and bound to its user', () => {
    const secret = newTotpSecret();
    const sealed = sealTotp(config, 'user-a', { secret, lastStep: 42 });
    expect(sealed).not.toContain(secret);
    expect(openTotp(config, 'user-a', sealed)).toEqual({ secret, lastStep: 42 });
    expect(() => openTotp(config, 'user-b', sealed)).toThrow();
  });
});

describe('a stored TOTP sealed under another SESSION_SECRET', () => {
  it('reads as absent instead of failing, so a recovery code still works', () => {
    const other = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'another-secret-of-at-least-thirty-two-characters' } as NodeJS.ProcessEnv);
    expect(other.sessionSecret).not.toBe(config.sessionSecret);
    const sealed = sealTotp(config, 'user-1', { secret: newTotpSecret(), lastStep: 7 });
    expect(readTotp(config, 'user-1', sealed)).toMatchObject({ lastStep: 7 });
    expect(readTotp(other, 'user-1', sealed)).toBeNull();
    expect(readTotp(config, 'user-2', sealed)).toBeNull();
    expect(() => openTotp(other, 'user-1', sealed)).toThrow();
  });
});
