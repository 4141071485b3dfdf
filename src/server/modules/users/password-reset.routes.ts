import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Password reset by an e-mailed link (being built). */
export const passwordResetRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
