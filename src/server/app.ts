import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { databaseIsReachable } from '../db/migrate.js';
import type { AppContext } from './context.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerProblemHandlers, sendProblem } from './plugins/problem.js';
import { registerRequestContext } from './plugins/request-context.js';
import { apiModules } from './modules.js';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The built web app (vite build), if present: dist/web from the project root. */
export function findWebRoot(): string | null {
  for (const up of ['../../dist/web', '../../web']) {
    const dir = path.resolve(here, up);
    if (fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'assets'))) return dir;
  }
  return null;
}

export interface BuildOptions {
  /** Log to stdout (the server) or not at all (tests). */
  logger?: boolean;
  /** Serve the built web app. */
  serveWeb?: boolean;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the HTTP application around an already-open database. */
export async function buildApp(ctx: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger
      ? {
          level: ctx.config.logLevel,
          redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
        }
      : false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('ctx', ctx);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OpenIMI API',
        version: '1',
        description:
          'JSON API of OpenIMI. Cookie sessions from POST /api/v1/session; every unsafe request carries the CSRF token from GET /api/v1/csrf in the X-CSRF-Token header. Errors are RFC 9457 application/problem+json in the caller\'s language.',
      },
      servers: [{ url: ctx.config.publicUrl }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'openimi_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: ctx.config.secureCookies ? [] : null,
      },
    },
    hsts: ctx.config.secureCookies,
  });
  await app.register(fastifyCookie, { secret: ctx.config.sessionSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'openimi_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.secureCookies, signed: true },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyRateLimit, { global: false });

  registerProblemHandlers(app);
  registerRequestContext(app, ctx);
  registerMetrics(app);

  // Cookie-authenticated writes need the CSRF token (double submit, signed cookie).
  app.addHook('onRequest', (request, reply, done) => {
    if (UNSAFE.has(request.method) && request.url.startsWith('/api/v1/')) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });

  app.get(
    '/api/v1/csrf',
    {
      schema: {
        tags: ['session'],
        summary: 'A CSRF token to send as X-CSRF-Token with every POST, PUT, PATCH and DELETE',
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok'), training: z.boolean() }) },
      },
    },
    async (request, reply) => {
      if (!(await databaseIsReachable(ctx.db))) return sendProblem(request, reply, 503, 'database-down');
      return { status: 'ok' as const, database: 'ok' as const, training: ctx.config.training };
    },
  );

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  for (const [prefix, plugin] of apiModules as Array<[string, FastifyPluginAsync]>) {
    await app.register(plugin, { prefix: `/api/v1${prefix}` });
  }

  const webRoot = options.serveWeb === false ? null : findWebRoot();
  if (webRoot) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, serve: true, prefix: '/' });
    const indexHtml = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
    app.setNotFoundHandler((request, reply) => {
      const isApi = request.url.startsWith('/api/') || request.url === '/api' || request.url.startsWith('/healthz') || request.url.startsWith('/metrics');
      if (request.method === 'GET' && !isApi) return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
      return sendProblem(request, reply, 404, 'route-not-found');
    });
  } else {
    app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'route-not-found'));
  }

  return app;
}
