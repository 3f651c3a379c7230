import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COUNTRIES } from './countries.js';
import { EU_LANGUAGES, LANGUAGES, LANGUAGE_ENDONYMS, UI_LANGUAGES } from './languages.js';

const ROLES = ['administrator', 'allocator', 'handler', 'supervisor'] as const;
const VERSION = '0.1.0';

/** Public reference data and system facts the web app needs before anyone signs in. */
export const referenceRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/system',
    {
      schema: {
        tags: ['reference'],
        summary: 'Whether this is a training environment, the version, and the UI languages',
        response: { 200: z.object({ training: z.boolean(), version: z.string(), uiLanguages: z.array(z.string()) }) },
      },
    },
    async () => ({ training: app.ctx.config.training, version: VERSION, uiLanguages: [...UI_LANGUAGES] }),
  );

  app.get(
    '/reference',
    {
      schema: {
        tags: ['reference'],
        summary: 'Countries, languages, policy areas (codes; names in GET /catalogue) and roles',
        response: {
          200: z.object({
            countries: z.array(z.object({ code: z.string(), eu: z.boolean(), languages: z.array(z.string()) })),
            languages: z.array(z.object({ code: z.string(), endonym: z.string(), euOfficial: z.boolean() })),
            legislationAreas: z.array(z.string()),
            roles: z.array(z.enum(ROLES)),
          }),
        },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return {
        countries: COUNTRIES.map((c) => ({ code: c.code, eu: c.eu, languages: [...c.languages] })),
        languages: LANGUAGES.map((code) => ({ code, endonym: LANGUAGE_ENDONYMS[code], euOfficial: (EU_LANGUAGES as readonly string[]).includes(code) })),
        legislationAreas: app.ctx.catalogue.catalogue.areas.map((a) => a.code),
        roles: [...ROLES],
      };
    },
  );
};
