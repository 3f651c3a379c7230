import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findLiveSession, loadActor, SESSION_COOKIE, type SessionRow } from '../../modules/identity/session-store.js';
import { negotiateLanguage } from '../../modules/i18n/messages.js';
import type { Actor } from '../actor.js';
import type { AppContext } from '../context.js';
import { Unauthorized } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language to answer in (user preference, then Accept-Language, then English). */
    lang: string;
    /** The signed-in actor, or null. A session still waiting for its second factor is not an actor. */
    actor: Actor | null;
    /** The session behind the cookie, whatever its stage. */
    session: SessionRow | null;
  }
}

/** Resolves the session cookie and the caller's language once per request. */
export function registerRequestContext(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('lang', 'en');
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    request.lang = negotiateLanguage(request.headers['accept-language']);
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    const session = await findLiveSession(ctx.db, ctx.config, token, ctx.now());
    if (!session) return;
    request.session = session;
    if (session.stage !== 'full') return;
    const actor = await loadActor(ctx.db, session.userId, session.tokenHash);
    if (!actor) return;
    request.actor = actor;
    request.lang = negotiateLanguage(request.headers['accept-language'], actor.preferredLanguage);
  });
}

/** The signed-in actor, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Unauthorized();
  return request.actor;
}
