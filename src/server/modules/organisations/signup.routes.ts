import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Sign-up with e-mail and password, and verification of the address (being built). */
export const signUpRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
