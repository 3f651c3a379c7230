import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../server/plugins/request-context.js';
import { getCountryPolicy, setCountryPolicy } from './country-policy.js';
import { countryParams, countryPolicyBody, sessionSecurity } from './schema.js';

/** A country's security policy: readable by every signed-in user, set by its national coordinator. */
export const countryPolicyRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/countries/:country/policy',
    {
      schema: {
        tags: ['policy'],
        security: sessionSecurity,
        summary: "A country's security policy",
        params: countryParams,
        response: { 200: countryPolicyBody },
      },
    },
    async (request) => getCountryPolicy(app.ctx, requireActor(request), request.params.country),
  );

  app.put(
    '/countries/:country/policy',
    {
      schema: {
        tags: ['policy'],
        security: sessionSecurity,
        summary: "Set a country's security policy (its national coordinator)",
        params: countryParams,
        body: countryPolicyBody,
        response: { 200: countryPolicyBody },
      },
    },
    async (request) => setCountryPolicy(app.ctx, requireActor(request), request.params.country, request.body),
  );
};
