/**
 * Typed domain errors. Services throw them; the one error handler (server/problem.ts)
 * maps them to RFC 9457 problem+json with a stable `type` and a message in the caller's
 * language. `code` is for machines, `messageKey` (locales: `problem.<code>`) for people.
 */
export type ProblemParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: ProblemParams = {},
    /** Extra machine-readable members of the problem document (e.g. field errors, current state). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
  get messageKey(): string {
    return `problem.${this.code}`;
  }
}

export class Invalid extends DomainError {
  constructor(code = 'invalid', params: ProblemParams = {}, extensions: Record<string, unknown> = {}) {
    super(400, code, params, extensions);
  }
}
export class Unauthorized extends DomainError {
  constructor(code = 'unauthenticated', params: ProblemParams = {}) {
    super(401, code, params);
  }
}
export class Forbidden extends DomainError {
  constructor(code = 'forbidden', params: ProblemParams = {}) {
    super(403, code, params);
  }
}
export class NotFound extends DomainError {
  constructor(code = 'not-found', params: ProblemParams = {}) {
    super(404, code, params);
  }
}
export class Conflict extends DomainError {
  constructor(code = 'conflict', params: ProblemParams = {}, extensions: Record<string, unknown> = {}) {
    super(409, code, params, extensions);
  }
}
export class Gone extends DomainError {
  constructor(code = 'gone', params: ProblemParams = {}) {
    super(410, code, params);
  }
}
export class TooManyRequests extends DomainError {
  constructor(code = 'too-many-requests', params: ProblemParams = {}, readonly retryAfterSeconds?: number) {
    super(429, code, params);
  }
}
export class Unavailable extends DomainError {
  constructor(code = 'unavailable', params: ProblemParams = {}) {
    super(503, code, params);
  }
}
