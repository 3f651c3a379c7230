import { describe, expect, it } from 'vitest';
import { matchUiLanguage, pickLanguage } from './languages';

describe('choosing the interface language', () => {
  it('prefers the signed-in user\'s language over everything else', () => {
    expect(pickLanguage({ preferred: 'de', stored: 'fr', browser: ['pl'] })).toBe('de');
  });

  it('uses the stored choice, then the browser languages, then English', () => {
    expect(pickLanguage({ stored: 'fr', browser: ['pl'] })).toBe('fr');
    expect(pickLanguage({ browser: ['ja', 'pt-BR', 'de'] })).toBe('pt');
    expect(pickLanguage({ browser: ['ja', 'zh-CN'] })).toBe('en');
    expect(pickLanguage({})).toBe('en');
  });

  it('skips values that are not UI languages', () => {
    expect(pickLanguage({ preferred: 'no', stored: 'xx', browser: ['el-GR'] })).toBe('el');
  });

  it('matches region and case variants', () => {
    expect(matchUiLanguage('EN-gb')).toBe('en');
    expect(matchUiLanguage('sv_FI')).toBe('sv');
    expect(matchUiLanguage('')).toBeNull();
    expect(matchUiLanguage('is')).toBeNull();
  });
});
