import type { FastifyPluginAsync } from 'fastify';
import { authorityRoutes } from '../modules/authorities/routes.js';
import { catalogueRoutes } from '../modules/catalogue/routes.js';
import { identityRoutes } from '../modules/identity/routes.js';
import { referenceRoutes } from '../modules/reference/routes.js';
import { requestRoutes } from '../modules/requests/routes.js';

/**
 * The API's modules and where they are mounted under /api/v1. A module is a fastify
 * plugin from `src/modules/<name>/routes.ts`.
 */
export const apiModules: Array<[string, FastifyPluginAsync]> = [
  ['', referenceRoutes],
  ['', identityRoutes],
  ['', authorityRoutes],
  ['', catalogueRoutes],
  ['', requestRoutes],
];
