import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('the page to return to after sign-in', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/directory?q=x')).toBe('/directory?q=x');
  });

  it('refuses other origins and empty values', () => {
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
