import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ProcedureView } from './catalogue';
import { http, request, upload } from './http';
import { ApiError } from './problem';
import type { Me } from './types';

/**
 * Information requests and notifications (scratch/requests-api.md; contracts in
 * src/modules/requests/schema.ts, mirrored here by hand like ./types.ts does).
 * Structured texts (procedure, questions, options, standard reasons) are not in these shapes:
 * read them from the procedure version the request was created with (`useRequestProcedure`).
 */

export const REQUEST_STATES = [
  'draft', 'sent', 'awaiting-reassignment', 'accepted', 'awaiting-information', 'answered', 'closed', 'rejected', 'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const FINAL_STATES: readonly RequestState[] = ['closed', 'rejected', 'withdrawn'];

export const BOXES = ['incoming', 'outgoing', 'drafts', 'coordination'] as const;
export type Box = (typeof BOXES)[number];

export const SIDES = ['requester', 'receiver', 'requester-coordinator', 'receiver-coordinator', 'commission'] as const;
export type Side = (typeof SIDES)[number];

export const ACTION_TYPES = [
  'send', 'accept', 'reject', 'forward', 'forward-to-coordinator', 'reassign', 'request-information',
  'provide-information', 'answer', 'contest', 'close', 'withdraw', 'escalate',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type EscalationGround = 'disagreement' | 'lateness';

/** One action, as POST /requests/:id/actions takes it. */
export type RequestAction =
  | { type: 'send' }
  | { type: 'accept' }
  | { type: 'reject'; reason: string; comment?: string }
  | { type: 'forward'; to: { authority: string }; comment?: string }
  | { type: 'forward-to-coordinator'; comment?: string }
  | { type: 'reassign'; to: { authority: string }; comment?: string }
  | { type: 'request-information'; message: string }
  | { type: 'provide-information'; message: string }
  | { type: 'answer' }
  | { type: 'contest'; comment: string }
  | { type: 'close' }
  | { type: 'withdraw'; reason: string }
  | { type: 'escalate'; ground: EscalationGround; comment?: string };

/** yes-no 'yes'|'no'; single-choice, country, profession a code; multiple-choice and attachment a list; date YYYY-MM-DD; number; text. */
export type AnswerValue = string | number | string[];
/** Question code → value, or null to clear it. */
export type AnswersInput = Record<string, AnswerValue | null>;

export interface CreateRequestInput {
  procedure: string;
  /** The authority the caller acts for; may be omitted when the caller belongs to exactly one. */
  requesterAuthority?: string;
  subject: string;
  /** The language the caller writes free text in; defaults to the caller's preferred language. */
  language?: string;
  receiverAuthority?: string | null;
  commission?: boolean;
  answers?: AnswersInput;
}

export interface UpdateRequestInput {
  version: number;
  subject?: string;
  receiverAuthority?: string | null;
  commission?: boolean;
  language?: string;
  /** The requester's questions while a draft; the receiver's questions while accepted. */
  answers?: AnswersInput;
}

export interface RequestParty {
  id: string;
  name: string;
  country: string;
}

export interface Person {
  id: string;
  name: string;
}

export interface RequestDeadline {
  kind: 'accept' | 'answer';
  at: string;
  overdue: boolean;
}

export interface RequestSummary {
  id: string;
  reference: string;
  subject: string;
  subjectLanguage: string;
  procedure: { code: string; version: number };
  state: RequestState;
  box: Box;
  requester: RequestParty;
  receiver: RequestParty | null;
  handler: Person | null;
  /** The deadline that applies now (to accept while sent, to answer while accepted). */
  deadline: RequestDeadline | null;
  escalated: boolean;
  needsAction: boolean;
  updatedAt: string;
}

export interface RequestCounts {
  incoming: number;
  outgoing: number;
  drafts: number;
  coordination: number;
  overdue: number;
  needsAction: number;
}

export interface RequestList {
  items: RequestSummary[];
  page: number;
  pageSize: number;
  total: number;
  /** Per box for the caller, unfiltered. */
  counts: RequestCounts;
}

export interface RequestListQuery {
  box?: Box;
  state?: RequestState;
  procedure?: string;
  /** YYYY-MM-DD: only requests whose next deadline is on or before this day. */
  deadlineBefore?: string;
  overdue?: boolean;
  assigned?: 'me' | 'unassigned';
  authority?: string;
  page?: number;
  pageSize?: number;
}

export interface AnswerView {
  question: string;
  value: AnswerValue;
  /** The language of a free-text answer (text, long-text). */
  language: string | null;
  by: 'sender' | 'receiver';
}

export interface AttachmentView {
  id: string;
  filename: string;
  size: number;
  mediaType: string;
  sha256: string;
  /** The attachment question it answers, or null for a document attached to the request. */
  question: string | null;
  side: 'requester' | 'receiver';
  uploadedBy: Person;
  uploadedAt: string;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  /** created, sent, accepted, rejected, forwarded, … (requests.event.<type>). */
  type: string;
  side: Side | null;
  actor: Person | null;
  authority: RequestParty | null;
  /** reason (standard-message code), ground, to/from {id,name,country}, handler {id,name}, kind, deadline, filename. */
  details: Record<string, unknown>;
  text: string | null;
  textLanguage: string | null;
}

export interface RequestViewer {
  sides: Side[];
  actions: ActionType[];
  /** Which question sections the caller may fill in now. */
  editable: ('sender' | 'receiver')[];
  canEditDraft: boolean;
  canAllocate: boolean;
  canAdjustDeadlines: boolean;
  canComment: boolean;
  canAttach: boolean;
  canDelete: boolean;
}

export interface RequestDetail {
  id: string;
  reference: string;
  version: number;
  state: RequestState;
  procedure: { code: string; version: number; area: string };
  subject: string;
  subjectLanguage: string;
  requester: RequestParty;
  receiver: RequestParty | null;
  requesterHandler: Person | null;
  receiverHandler: Person | null;
  commission: boolean;
  deadlines: { accept: string | null; answer: string | null };
  deadline: RequestDeadline | null;
  escalatedBy: ('requester' | 'receiver')[];
  createdAt: string;
  sentAt: string | null;
  closedAt: string | null;
  answers: AnswerView[];
  attachments: AttachmentView[];
  timeline: TimelineEntry[];
  viewer: RequestViewer;
}

export interface DeadlineInput {
  version: number;
  kind: 'accept' | 'answer';
  /** YYYY-MM-DD */
  date: string;
  reason: string;
  language?: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  request: { id: string; reference: string; subject: string } | null;
  /** Parameters of the message `requests.notification.<kind>`. */
  params: Record<string, string | number>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}

/** The stable code of a stale-version refusal (409). */
export const REQUEST_CHANGED = 'request-changed';

/** Someone else changed the request since it was loaded: the page shows its current state. */
export function isRequestChanged(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === REQUEST_CHANGED;
}

/** Any conflict with the request's current state (a stale version, or an action no longer possible). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/* ---- client functions ---- */

const path = (id: string) => `/requests/${encodeURIComponent(id)}`;

function idempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export const listRequests = (query: RequestListQuery = {}) => http.get<RequestList>('/requests', { ...query });

export const getRequest = (id: string) => http.get<RequestDetail>(path(id));

/** Creates a draft; pass the same `key` when retrying the same creation. */
export const createRequest = (body: CreateRequestInput, key: string = idempotencyKey()) =>
  request<RequestDetail>('POST', '/requests', body, { 'Idempotency-Key': key });

export const updateRequest = (id: string, body: UpdateRequestInput) => http.patch<RequestDetail>(path(id), body);

export const deleteRequest = (id: string) => http.delete<void>(path(id));

export const act = (id: string, version: number, action: RequestAction, language?: string) =>
  http.post<RequestDetail>(`${path(id)}/actions`, { version, action, ...(language ? { language } : {}) });

export const addComment = (id: string, text: string, language?: string, key: string = idempotencyKey()) =>
  request<RequestDetail>('POST', `${path(id)}/comments`, { text, ...(language ? { language } : {}) }, { 'Idempotency-Key': key });

export const allocate = (id: string, version: number, handler: string | null) =>
  http.post<RequestDetail>(`${path(id)}/allocation`, { version, handler });

export const listHandlers = (id: string) => http.get<{ items: Person[] }>(`${path(id)}/handlers`);

export const adjustDeadline = (id: string, body: DeadlineInput) => http.post<RequestDetail>(`${path(id)}/deadlines`, body);

/** Uploads one file (multipart field `file`), optionally as the answer to an attachment question. */
export function uploadAttachment(id: string, file: File | Blob, question?: string, filename?: string): Promise<AttachmentView> {
  const form = new FormData();
  if (question) form.append('question', question);
  if (filename) form.append('file', file, filename);
  else form.append('file', file);
  return upload<AttachmentView>(`${path(id)}/attachments`, form);
}

export const deleteAttachment = (id: string, attachmentId: string) =>
  http.delete<void>(`${path(id)}/attachments/${encodeURIComponent(attachmentId)}`);

/** Links the browser follows itself (downloads). */
export const attachmentUrl = (id: string, attachmentId: string) => `/api/v1${path(id)}/attachments/${encodeURIComponent(attachmentId)}`;
export const pdfUrl = (id: string) => `/api/v1${path(id)}/pdf`;

/** One stored version of a procedure, with its texts in `lang`: how exchanges created with it are shown. */
export const getProcedureVersion = (code: string, version: number, lang: string) =>
  http.get<ProcedureView>(`/catalogue/procedures/${encodeURIComponent(code)}/versions/${version}`, { lang });

/** The e-mail preference of PATCH /me (mail me when something needs my action). */
export const setMailNotifications = (mailNotifications: boolean) => http.patch<Me>('/me', { mailNotifications });

export const listNotifications = (unread?: boolean) => http.get<NotificationList>('/notifications', unread ? { unread: true } : undefined);
export const markNotificationRead = (id: string) => http.post<void>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllNotificationsRead = () => http.post<void>('/notifications/read-all');

/* ---- queries ---- */

export const requestKeys = {
  all: ['requests'] as const,
  list: (query: RequestListQuery) => ['requests', 'list', query] as const,
  detail: (id: string) => ['requests', 'detail', id] as const,
  handlers: (id: string) => ['requests', 'detail', id, 'handlers'] as const,
  procedure: (code: string, version: number, lang: string) => ['catalogue', 'procedure', code, 'version', version, lang] as const,
  notifications: ['notifications'] as const,
};

export function useRequests(query: RequestListQuery, enabled = true) {
  return useQuery({ queryKey: requestKeys.list(query), queryFn: () => listRequests(query), placeholderData: keepPreviousData, enabled });
}

export function useRequest(id: string | undefined) {
  return useQuery({ queryKey: requestKeys.detail(id ?? ''), queryFn: () => getRequest(id ?? ''), enabled: Boolean(id) });
}

export function useHandlers(id: string, enabled: boolean) {
  return useQuery({ queryKey: requestKeys.handlers(id), queryFn: () => listHandlers(id), enabled });
}

/** The texts of the procedure version a request was created with, in one language; a stored version never changes. */
export function useRequestProcedure(code: string | undefined, version: number | undefined, lang: string) {
  return useQuery({
    queryKey: requestKeys.procedure(code ?? '', version ?? 0, lang),
    queryFn: () => getProcedureVersion(code ?? '', version ?? 0, lang),
    enabled: Boolean(code && version),
    staleTime: Infinity,
  });
}

export function useNotifications() {
  return useQuery({ queryKey: requestKeys.notifications, queryFn: () => listNotifications(), refetchInterval: 60_000 });
}

/** After a write answering with the request: keep that answer, and refresh lists, counts and notifications. */
export function requestChanged(queryClient: QueryClient, detail?: RequestDetail): void {
  if (detail) queryClient.setQueryData(requestKeys.detail(detail.id), detail);
  void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'requests' && q.queryKey[1] === 'list' });
  void queryClient.invalidateQueries({ queryKey: requestKeys.notifications });
}

/**
 * A write on one request (act, allocate, adjustDeadline, updateRequest, addComment...). On success
 * the detail is replaced; on a 409 the detail is refetched, so the page shows the current state.
 */
export function useRequestWrite<V>(id: string, write: (vars: V) => Promise<RequestDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (detail) => requestChanged(queryClient, detail),
    onError: (error) => {
      if (isConflict(error)) {
        void queryClient.invalidateQueries({ queryKey: requestKeys.detail(id) });
        requestChanged(queryClient);
      }
    },
  });
}

export function useAct(id: string) {
  return useRequestWrite(id, (vars: { version: number; action: RequestAction; language?: string }) =>
    act(id, vars.version, vars.action, vars.language));
}

export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { body: CreateRequestInput; key?: string }) => createRequest(vars.body, vars.key),
    onSuccess: (detail) => requestChanged(queryClient, detail),
  });
}

export function useUpdateRequest(id: string) {
  return useRequestWrite(id, (body: UpdateRequestInput) => updateRequest(id, body));
}

export function useDeleteRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteRequest(id),
    onSuccess: (_void, id) => {
      queryClient.removeQueries({ queryKey: requestKeys.detail(id) });
      requestChanged(queryClient);
    },
  });
}

export function useUploadAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: { file: File; question?: string }) => uploadAttachment(id, vars.file, vars.question),
    onSettled: () => queryClient.invalidateQueries({ queryKey: requestKeys.detail(id) }),
  });
}

export function useDeleteAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => deleteAttachment(id, attachmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: requestKeys.detail(id) }),
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? markAllNotificationsRead() : markNotificationRead(id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: requestKeys.notifications }),
  });
}
