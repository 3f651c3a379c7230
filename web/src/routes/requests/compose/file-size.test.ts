import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size';

describe('file sizes', () => {
  it('picks a unit and rounds', () => {
    expect(formatFileSize(812, 'en')).toBe('812 byte');
    expect(formatFileSize(4_200, 'en')).toBe('4.2 kB');
    expect(formatFileSize(13_400_000, 'en')).toBe('13 MB');
  });

  it('writes numbers the reader\'s way', () => {
    expect(formatFileSize(4_200, 'pt')).toBe('4,2 kB');
  });
});
