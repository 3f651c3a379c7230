import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../server/config.js';
import type { SessionClient } from './session-lifecycle.js';
import { SESSION_COOKIE } from './session-store.js';

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure behind https, for the whole site.
 * No Max-Age: the browser forgets it when it closes; the server enforces idle and
 * absolute expiry on the session row.
 */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}

export function sessionClient(request: FastifyRequest): SessionClient {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}
