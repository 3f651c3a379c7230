import { describe, expect, it } from 'vitest';
import { displayName, formatDate } from './registration-view';

describe('showing a registration', () => {
  const names = [
    { language: 'de', name: 'Bundeszentralamt' },
    { language: 'en', name: 'Federal Central Office' },
  ];

  it('picks the name in the reader\'s language, else the first', () => {
    expect(displayName(names, 'en').name).toBe('Federal Central Office');
    expect(displayName(names, 'fr').name).toBe('Bundeszentralamt');
    expect(displayName([], 'fr').name).toBe('');
  });

  it('formats dates for the reader and ignores missing ones', () => {
    expect(formatDate('2026-03-05T10:00:00Z', 'en')).toBe('Mar 5, 2026');
    expect(formatDate(undefined, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
  });
});
