/**
 * A confirmation the profile page shows after another page changed the authority and
 * navigated to it: passed in the navigation state, so the address stays the profile's.
 */
export type ProfileNotice = 'created' | 'updated';

const NOTICES: readonly ProfileNotice[] = ['created', 'updated'];

export function profileNoticeState(notice: ProfileNotice): { profileNotice: ProfileNotice } {
  return { profileNotice: notice };
}

/** The notice in a location's state, if any (the state may be anything another page left). */
export function readProfileNotice(state: unknown): ProfileNotice | null {
  if (typeof state !== 'object' || state === null || !('profileNotice' in state)) return null;
  const notice = (state as { profileNotice: unknown }).profileNotice;
  return NOTICES.find((n) => n === notice) ?? null;
}
