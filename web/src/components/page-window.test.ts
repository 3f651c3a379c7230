import { describe, expect, it } from 'vitest';
import { pageWindow } from './page-window';

describe('pagination window', () => {
  it('shows first, last, current and neighbours with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 5, 6, 7, null, 20]);
  });

  it('fills a gap of one page instead of an ellipsis', () => {
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 5)).toEqual([1, 2, null, 5]);
  });

  it('handles one page and the edges', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });
});
