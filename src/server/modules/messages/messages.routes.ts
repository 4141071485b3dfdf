import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Messages and completion requests on cases (being built). */
export const messageRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
