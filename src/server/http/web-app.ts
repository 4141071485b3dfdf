import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { projectRoot } from '../paths.js';

export const webDistDir = (): string => path.join(projectRoot(), 'web', 'dist');

/**
 * Serves the built web app (web/dist) at `/`. Client-side routes (a GET for an HTML page that is not an
 * API route) fall back to index.html. Returns false when the web app has not been built, so that the
 * server still runs and `/` points to the plain HTML project bank.
 */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  const root = webDistDir();
  if (!existsSync(path.join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: 'index.html',
    wildcard: true,
    // Built assets (assets/) carry content hashes and may be cached for good; index.html must always be
    // fresh; the icons and the manifest keep their names, so they are cached for a day.
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlOf(path.relative(root, filePath)));
    },
  });
  return true;
}

/** How long a browser may keep a file of the built web app, by its path inside web/dist. */
export function cacheControlOf(relativePath: string): string {
  const parts = relativePath.split(path.sep);
  if (parts[0] === 'assets' && parts.length > 1) return 'public, max-age=31536000, immutable';
  if (relativePath === 'index.html') return 'no-cache';
  return 'public, max-age=86400';
}

/** For the not-found handler: should this request get the web app's index.html? */
export function wantsWebAppPage(request: FastifyRequest): boolean {
  const url = request.url;
  return (
    request.method === 'GET' &&
    !url.startsWith('/api/') &&
    url !== '/healthz' &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export const sendWebAppIndex = (reply: FastifyReply): FastifyReply => reply.sendFile('index.html', webDistDir());
