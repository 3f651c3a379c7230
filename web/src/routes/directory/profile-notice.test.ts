import { describe, expect, it } from 'vitest';
import { profileNoticeState, readProfileNotice } from './profile-notice';

describe('the confirmation shown on a profile after a change', () => {
  it('round-trips through the navigation state', () => {
    expect(readProfileNotice(profileNoticeState('created'))).toBe('created');
    expect(readProfileNotice(profileNoticeState('updated'))).toBe('updated');
  });

  it('ignores any other state', () => {
    for (const state of [null, undefined, 'created', 42, {}, { profileNotice: 'deleted' }, { notice: 'created' }]) {
      expect(readProfileNotice(state)).toBeNull();
    }
  });
});
