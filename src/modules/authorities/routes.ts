import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../server/plugins/request-context.js';
import { addAuthorityUser, changeAuthorityUserRoles, listAuthorityUsers, removeAuthorityUser } from './authority-users.js';
import { searchDirectory } from './directory.js';
import { createAuthority, getAuthorityProfile, reinstateAuthority, suspendAuthority, updateAuthority } from './profile.js';
import { approveRegistration, getRegistration, listRegistrations, rejectRegistration, submitRegistration } from './registration.js';
import {
  authorityPatch,
  authorityProfileView,
  authoritySummary,
  authorityUser,
  authorityUserInput,
  authorityUserParams,
  authorityUserRolesInput,
  directoryQuery,
  idParams,
  pageOf,
  pageQuery,
  reasonInput,
  registrationInput,
  registrationListQuery,
  registrationView,
  reinstateInput,
} from './schema.js';

/**
 * Registration (public) and its decision by coordinators; the directory; authority
 * profiles; the users of an authority. HTTP only: parse, call the use case, reply.
 */

/** The public registration form is limited per client address. */
export const REGISTRATION_RATE_LIMIT = { max: 30, timeWindow: '15 minutes' } as const;

const session = [{ session: [] }];

/** Signed-in routes answer 401 before they look at the input. */
const signedIn = async (request: FastifyRequest) => {
  requireActor(request);
};

export const authorityRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  // ---- registration ----

  app.post(
    '/registrations',
    {
      config: { rateLimit: REGISTRATION_RATE_LIMIT },
      schema: {
        tags: ['registration'],
        summary: 'An authority asks to be registered (no session needed); the competent coordinators decide',
        body: registrationInput,
        response: { 202: z.object({ id: z.string(), status: z.literal('pending') }) },
      },
    },
    async (request, reply) => reply.status(202).send(await submitRegistration(app.ctx, request.body)),
  );

  app.get(
    '/registrations',
    {
      onRequest: signedIn,
      schema: {
        tags: ['registration'],
        summary: 'The registrations the caller may see (competent coordinators; the Commission sees all)',
        security: session,
        querystring: registrationListQuery,
        response: { 200: pageOf(registrationView) },
      },
    },
    async (request) => listRegistrations(app.ctx, requireActor(request), request.query),
  );

  app.get(
    '/registrations/:id',
    { onRequest: signedIn, schema: { tags: ['registration'], summary: 'One registration (404 when the caller is not competent for it)', security: session, params: idParams, response: { 200: registrationView } } },
    async (request) => getRegistration(app.ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/registrations/:id/approve',
    {
      onRequest: signedIn,
      schema: {
        tags: ['registration'],
        summary: 'Approve: creates the authority and its administrator, who gets an activation mail',
        security: session,
        params: idParams,
        response: { 200: z.object({ authorityId: z.string() }) },
      },
    },
    async (request) => approveRegistration(app.ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/registrations/:id/reject',
    {
      onRequest: signedIn,
      schema: { tags: ['registration'], summary: 'Reject with a reason, mailed to the applicant', security: session, params: idParams, body: reasonInput, response: { 200: registrationView } },
    },
    async (request) => rejectRegistration(app.ctx, requireActor(request), request.params.id, request.body.reason),
  );

  // ---- directory and profiles ----

  app.get(
    '/authorities',
    {
      onRequest: signedIn,
      schema: {
        tags: ['directory'],
        summary: 'Search authorities by name in any language (accents, case and small typos ignored), country, competence, status',
        security: session,
        querystring: directoryQuery,
        response: { 200: pageOf(authoritySummary) },
      },
    },
    async (request) => searchDirectory(app.ctx, requireActor(request), request.query, request.lang),
  );

  app.post(
    '/authorities',
    {
      onRequest: signedIn,
      schema: {
        tags: ['directory'],
        summary: 'A competent coordinator creates an authority directly, with its first administrator',
        security: session,
        body: registrationInput,
        response: { 201: authorityProfileView },
      },
    },
    async (request, reply) => reply.status(201).send(await createAuthority(app.ctx, requireActor(request), request.body, request.lang)),
  );

  app.get(
    '/authorities/:id',
    { onRequest: signedIn, schema: { tags: ['directory'], summary: 'An authority profile, with what the caller may do with it (`permissions`)', security: session, params: idParams, response: { 200: authorityProfileView } } },
    async (request) => getAuthorityProfile(app.ctx, requireActor(request), request.params.id, request.lang),
  );

  app.patch(
    '/authorities/:id',
    {
      onRequest: signedIn,
      schema: {
        tags: ['directory'],
        summary: "Update the profile (the authority's administrator or a competent coordinator; region and competences: the coordinator)",
        security: session,
        params: idParams,
        body: authorityPatch,
        response: { 200: authorityProfileView },
      },
    },
    async (request) => updateAuthority(app.ctx, requireActor(request), request.params.id, request.body, request.lang),
  );

  app.post(
    '/authorities/:id/suspend',
    { onRequest: signedIn, schema: { tags: ['directory'], summary: 'Suspend (a competent coordinator)', security: session, params: idParams, body: reasonInput, response: { 200: authorityProfileView } } },
    async (request) => suspendAuthority(app.ctx, requireActor(request), request.params.id, request.body.reason, request.lang),
  );

  app.post(
    '/authorities/:id/reinstate',
    { onRequest: signedIn, schema: { tags: ['directory'], summary: 'Reinstate (a competent coordinator)', security: session, params: idParams, body: reinstateInput, response: { 200: authorityProfileView } } },
    async (request) => reinstateAuthority(app.ctx, requireActor(request), request.params.id, request.body.reason, request.lang),
  );

  // ---- users of an authority ----

  app.get(
    '/authorities/:id/users',
    {
      onRequest: signedIn,
      schema: {
        tags: ['authority users'],
        summary: "The authority's users and roles (its administrators and competent coordinators)",
        security: session,
        params: idParams,
        querystring: z.object(pageQuery),
        response: { 200: pageOf(authorityUser) },
      },
    },
    async (request) => listAuthorityUsers(app.ctx, requireActor(request), request.params.id, request.query),
  );

  app.post(
    '/authorities/:id/users',
    {
      onRequest: signedIn,
      schema: {
        tags: ['authority users'],
        summary: 'Add a user with roles; a new user gets an activation mail',
        security: session,
        params: idParams,
        body: authorityUserInput,
        response: { 201: authorityUser },
      },
    },
    async (request, reply) => reply.status(201).send(await addAuthorityUser(app.ctx, requireActor(request), request.params.id, request.body)),
  );

  app.put(
    '/authorities/:id/users/:userId',
    {
      onRequest: signedIn,
      schema: {
        tags: ['authority users'],
        summary: "Replace a user's roles (never leaves the authority without an administrator)",
        security: session,
        params: authorityUserParams,
        body: authorityUserRolesInput,
        response: { 200: authorityUser },
      },
    },
    async (request) => changeAuthorityUserRoles(app.ctx, requireActor(request), request.params.id, request.params.userId, request.body.roles),
  );

  app.delete(
    '/authorities/:id/users/:userId',
    {
      onRequest: signedIn,
      schema: {
        tags: ['authority users'],
        summary: 'Remove a user from the authority (never the last administrator)',
        security: session,
        params: authorityUserParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeAuthorityUser(app.ctx, requireActor(request), request.params.id, request.params.userId);
      return reply.status(204).send(null);
    },
  );
};
