import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Applicant organisations: register, join, members and requests (being built). */
export const organisationRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
