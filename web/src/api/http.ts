import { ApiError, problemFromBody } from './problem';

/**
 * The one way the web app talks to the API: same-origin cookies, the CSRF token on every
 * unsafe method (fetched from GET /api/v1/csrf, refetched once when the server says it is
 * stale), Accept-Language in the interface language, problem+json turned into ApiError.
 */
const BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let language = 'en';
let csrfToken: Promise<string> | null = null;

export function setRequestLanguage(value: string): void {
  language = value;
}

async function fetchCsrfToken(): Promise<string> {
  const body = await send<{ token: string }>('GET', '/csrf');
  return body.token;
}

function csrf(refresh = false): Promise<string> {
  if (refresh || !csrfToken) {
    csrfToken = fetchCsrfToken();
    csrfToken.catch(() => {
      csrfToken = null;
    });
  }
  return csrfToken;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function send<T>(method: string, path: string, body?: unknown, token?: string, extra?: Record<string, string>): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', 'Accept-Language': language, ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['X-CSRF-Token'] = token;
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network' });
  }
  const parsed = await readBody(response);
  if (!response.ok) throw problemFromBody(response.status, parsed);
  return parsed as T;
}

/** `headers`: extra request headers, such as `Idempotency-Key`. */
export async function request<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  if (!UNSAFE.has(method)) return send<T>(method, path, body, undefined, headers);
  try {
    return await send<T>(method, path, body, await csrf(), headers);
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === 'csrf') {
      return send<T>(method, path, body, await csrf(true), headers);
    }
    throw error;
  }
}

/**
 * A multipart upload (one `FormData`), with the same CSRF token, language and problem handling
 * as `request`; the browser sets the multipart Content-Type and boundary itself.
 */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const post = async (token: string): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${BASE}${path}`, {
        method: 'POST',
        headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': language, 'X-CSRF-Token': token },
        credentials: 'same-origin',
        body: form,
      });
    } catch {
      throw new ApiError({ status: 0, code: 'network' });
    }
    const parsed = await readBody(response);
    if (!response.ok) throw problemFromBody(response.status, parsed);
    return parsed as T;
  };
  try {
    return await post(await csrf());
  } catch (error) {
    if (error instanceof ApiError && error.status === 403 && error.code === 'csrf') return post(await csrf(true));
    throw error;
  }
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};
