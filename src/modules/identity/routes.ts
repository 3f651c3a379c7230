import type { FastifyPluginAsync } from 'fastify';
import { accountAccessRoutes } from './account-access-routes.js';
import { countryPolicyRoutes } from './country-policy-routes.js';
import { meRoutes } from './me-routes.js';
import { sessionRoutes } from './session-routes.js';

/** Sessions, the current user, second factor, password reset and activation, country security policy. */
export const identityRoutes: FastifyPluginAsync = async (app) => {
  await app.register(sessionRoutes);
  await app.register(meRoutes);
  await app.register(accountAccessRoutes);
  await app.register(countryPolicyRoutes);
};
