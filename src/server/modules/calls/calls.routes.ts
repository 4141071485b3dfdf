import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Calls for proposals, kept by the funder (being built). */
export const callRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
