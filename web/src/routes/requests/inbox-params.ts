import { BOXES, REQUEST_STATES, type Box, type RequestListQuery, type RequestState } from '../../api/requests';

export const PAGE_SIZE = 20;

/** The inbox as the address bar holds it: a box, its filters and a page, so a view can be bookmarked. */
export interface InboxQuery {
  box: Box;
  state?: RequestState;
  procedure?: string;
  /** YYYY-MM-DD */
  deadlineBefore?: string;
  overdue?: boolean;
  assigned?: 'me' | 'unassigned';
  page: number;
}

/** The filters alone, without the box and the page. */
export type InboxFilters = Omit<InboxQuery, 'box' | 'page'>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isBox(value: string | null): value is Box {
  return (BOXES as readonly (string | null)[]).includes(value);
}

function isState(value: string | null): value is RequestState {
  return (REQUEST_STATES as readonly (string | null)[]).includes(value);
}

/** A calendar day that exists (2026-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the inbox query; what is missing or not understood is left out (the box defaults to incoming). */
export function readInboxQuery(params: URLSearchParams): InboxQuery {
  const box = params.get('box');
  const state = params.get('state');
  const deadline = params.get('deadlineBefore') ?? '';
  const assigned = params.get('assigned');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    box: isBox(box) ? box : 'incoming',
    state: isState(state) ? state : undefined,
    procedure: params.get('procedure')?.trim() || undefined,
    deadlineBefore: isCalendarDay(deadline) ? deadline : undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
    assigned: assigned === 'me' || assigned === 'unassigned' ? assigned : undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The address of an inbox view; the incoming box, page 1 and empty filters are left out. */
export function inboxHref(query: Partial<InboxQuery>): string {
  const params = new URLSearchParams();
  if (query.box && query.box !== 'incoming') params.set('box', query.box);
  if (query.state) params.set('state', query.state);
  if (query.procedure) params.set('procedure', query.procedure);
  if (query.deadlineBefore) params.set('deadlineBefore', query.deadlineBefore);
  if (query.overdue) params.set('overdue', 'true');
  if (query.assigned) params.set('assigned', query.assigned);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `/requests?${text}` : '/requests';
}

/** What GET /requests is asked for this view. */
export function listQueryOf(query: InboxQuery): RequestListQuery {
  return {
    box: query.box,
    state: query.state,
    procedure: query.procedure,
    deadlineBefore: query.deadlineBefore,
    overdue: query.overdue,
    assigned: query.assigned,
    page: query.page,
    pageSize: PAGE_SIZE,
  };
}

/** Whether any filter narrows the view (the empty state then says so, and offers to clear them). */
export function hasFilters(query: InboxQuery): boolean {
  return Boolean(query.state || query.procedure || query.deadlineBefore || query.overdue || query.assigned);
}

/** The tabs a person sees: coordination only for coordinators. */
export function visibleBoxes(isCoordinator: boolean): Box[] {
  return BOXES.filter((box) => box !== 'coordination' || isCoordinator);
}
