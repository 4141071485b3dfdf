import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Open calls for proposals, for everyone (being built). */
export const publicCallRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
