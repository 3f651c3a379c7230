/**
 * RFC 9457 problem documents from the API, as an Error the UI can show: `detail` is
 * already in the reader's language; `errors` point at the fields that are not valid.
 */
export interface FieldProblem {
  /** JSON pointer into the request body, e.g. `/authority/names/0/name`. */
  pointer: string;
  in?: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldProblem[];

  constructor(init: { status: number; code: string; title?: string; detail?: string; errors?: FieldProblem[] }) {
    super(init.detail || init.title || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.errors = init.errors ?? [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({
    pointer: typeof e.pointer === 'string' ? e.pointer : '',
    in: typeof e.in === 'string' ? e.in : undefined,
    code: typeof e.code === 'string' ? e.code : 'invalid',
    message: typeof e.message === 'string' ? e.message : '',
  }));
}

/** Builds an ApiError from a response status and its (possibly non-problem) body. */
export function problemFromBody(status: number, body: unknown): ApiError {
  if (!isRecord(body)) return new ApiError({ status, code: status >= 500 ? 'internal' : 'http' });
  const typeCode = typeof body.type === 'string' ? body.type.replace(/^urn:openimi:problem:/, '') : undefined;
  return new ApiError({
    status,
    code: typeof body.code === 'string' ? body.code : (typeCode ?? 'http'),
    title: typeof body.title === 'string' ? body.title : undefined,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: fieldProblems(body.errors),
  });
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * The field errors of a problem keyed by pointer, optionally only those under `prefix`
 * with the prefix removed: `/authority/names/0/name` under `/authority` → `/names/0/name`.
 */
export function fieldErrorsByPointer(error: unknown, prefix = ''): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  if (!isApiError(error)) return out;
  for (const problem of error.errors) {
    if (prefix && !(problem.pointer === prefix || problem.pointer.startsWith(`${prefix}/`))) continue;
    const key = problem.pointer.slice(prefix.length) || '/';
    out[key] ??= problem;
  }
  return out;
}
