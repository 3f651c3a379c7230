import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotFound } from '../../server/errors.js';
import { EU_LANGUAGES } from '../reference/languages.js';
import { catalogueView, procedureView, viewCatalogue, viewProcedure } from './view.js';

/**
 * The catalogue, read-only. Deliberately public: it holds no personal data, the public interface
 * builds its forms from it, and national systems fetch it to build their own (docs/API.md).
 */
const langQuery = z.object({
  lang: z.enum(EU_LANGUAGES).optional().describe('Language of the texts; default: the caller\'s language'),
});
const procedureParams = z.object({ code: z.string().max(60) });

/**
 * The language of the answer, and its caching: with `?lang=` the answer is the same for everyone
 * (a shared cache may keep it); without, it follows Accept-Language and a signed-in user's
 * preference, so only the caller's own cache may keep it.
 */
function answerIn(request: FastifyRequest, reply: FastifyReply, query: { lang?: string }, maxAge: string): string {
  const lang = query.lang ?? request.lang;
  reply.header('content-language', lang);
  if (query.lang) reply.header('cache-control', `public, ${maxAge}`);
  else reply.header('cache-control', `private, ${maxAge}`).header('vary', 'Accept-Language, Cookie');
  return lang;
}

export const catalogueRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = () => app.ctx.catalogue;

  app.get(
    '/catalogue',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'Policy areas, their legislation and procedures, and the professions taxonomy, in one language',
        querystring: langQuery,
        response: { 200: catalogueView },
      },
    },
    async (request, reply) => {
      const lang = answerIn(request, reply, request.query, 'max-age=300');
      return viewCatalogue(service().catalogue, lang, await service().versions());
    },
  );

  app.get(
    '/catalogue/procedures/:code',
    {
      schema: {
        tags: ['catalogue'],
        summary: "A procedure's current version: workflow, legal basis, deadlines and its question set with texts in one language",
        params: procedureParams,
        querystring: langQuery,
        response: { 200: procedureView },
      },
    },
    async (request, reply) => {
      const version = await service().currentVersion(request.params.code);
      const snapshot = version ? await service().snapshot(request.params.code, version) : undefined;
      if (!version || !snapshot) throw new NotFound();
      const lang = answerIn(request, reply, request.query, 'max-age=300');
      return viewProcedure(snapshot, version, lang);
    },
  );

  app.get(
    '/catalogue/procedures/:code/versions',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'The stored versions of a procedure, newest first',
        params: procedureParams,
        response: {
          200: z.object({
            current: z.number().int(),
            versions: z.array(z.object({ version: z.number().int(), hash: z.string(), createdAt: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const current = await service().currentVersion(request.params.code);
      if (!current) throw new NotFound();
      const versions = await service().listVersions(request.params.code);
      return { current, versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) };
    },
  );

  app.get(
    '/catalogue/procedures/:code/versions/:version',
    {
      schema: {
        tags: ['catalogue'],
        summary: 'One stored version of a procedure, as exchanges created with it are shown',
        params: procedureParams.extend({ version: z.coerce.number().int().min(1).max(1_000_000) }),
        querystring: langQuery,
        response: { 200: procedureView },
      },
    },
    async (request, reply) => {
      const snapshot = await service().snapshot(request.params.code, request.params.version);
      if (!snapshot) throw new NotFound();
      // A stored version never changes.
      const lang = answerIn(request, reply, request.query, 'max-age=86400, immutable');
      return viewProcedure(snapshot, request.params.version, lang);
    },
  );
};
