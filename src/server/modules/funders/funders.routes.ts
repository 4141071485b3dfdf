import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** A funder's settings, strategy, programmes and appropriations (being built). */
export const funderRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
