import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** A funder's users and their roles, kept by its administrators (being built). */
export const userAdminRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
