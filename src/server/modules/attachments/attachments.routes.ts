import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.js';

/** Attachments on cases (being built). */
export const attachmentRoutes: FastifyPluginAsyncZod<ModuleDeps> = () => Promise.resolve();
