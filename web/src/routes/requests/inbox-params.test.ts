import { describe, expect, it } from 'vitest';
import { hasFilters, inboxHref, isCalendarDay, listQueryOf, readInboxQuery, visibleBoxes } from './inbox-params';

describe('the inbox in the address bar', () => {
  it('opens on the incoming box, first page, with no filter', () => {
    const query = readInboxQuery(new URLSearchParams(''));
    expect(query).toEqual({
      box: 'incoming', state: undefined, procedure: undefined, deadlineBefore: undefined, overdue: undefined, assigned: undefined, page: 1,
    });
    expect(hasFilters(query)).toBe(false);
  });

  it('reads a box, its filters and a page', () => {
    const query = readInboxQuery(new URLSearchParams('box=outgoing&state=accepted&procedure=pq-qualification-request&deadlineBefore=2026-03-31&overdue=true&assigned=me&page=2'));
    expect(query).toEqual({
      box: 'outgoing', state: 'accepted', procedure: 'pq-qualification-request', deadlineBefore: '2026-03-31', overdue: true, assigned: 'me', page: 2,
    });
    expect(hasFilters(query)).toBe(true);
  });

  it('leaves out what it does not understand rather than asking the API for it', () => {
    const query = readInboxQuery(new URLSearchParams('box=archive&state=lost&deadlineBefore=2026-02-30&overdue=yes&assigned=them&page=-1'));
    expect(query).toMatchObject({ box: 'incoming', page: 1 });
    expect(hasFilters(query)).toBe(false);
  });

  it('writes back only what is set, and round-trips', () => {
    expect(inboxHref({ box: 'incoming', page: 1 })).toBe('/requests');
    expect(inboxHref({ box: 'drafts' })).toBe('/requests?box=drafts');
    const href = inboxHref({ box: 'coordination', overdue: true, assigned: 'unassigned', deadlineBefore: '2026-01-15', page: 3 });
    expect(href).toBe('/requests?box=coordination&deadlineBefore=2026-01-15&overdue=true&assigned=unassigned&page=3');
    expect(readInboxQuery(new URL(href, 'http://x').searchParams)).toMatchObject({ box: 'coordination', overdue: true, assigned: 'unassigned', deadlineBefore: '2026-01-15', page: 3 });
  });

  it('asks the API for one page of twenty', () => {
    expect(listQueryOf(readInboxQuery(new URLSearchParams('state=sent&page=4')))).toEqual({
      box: 'incoming', state: 'sent', procedure: undefined, deadlineBefore: undefined, overdue: undefined, assigned: undefined, page: 4, pageSize: 20,
    });
  });

  it('checks calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-5')).toBe(false);
  });

  it('shows the coordination box to coordinators only', () => {
    expect(visibleBoxes(false)).toEqual(['incoming', 'outgoing', 'drafts']);
    expect(visibleBoxes(true)).toEqual(['incoming', 'outgoing', 'drafts', 'coordination']);
  });
});
