import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../../domain/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { OidcClient } from './oidc-client.js';
import { OIDC_PENDING_TTL_MS, type PendingOidcLogins } from './oidc-pending.js';
import type { Reach } from './reach.js';
import {
  clearOidcPendingCookie,
  OIDC_PENDING_COOKIE,
  setOidcPendingCookie,
  setSessionCookie,
} from './session-cookie.js';
import { signInWithOidc } from './use-cases/sign-in-with-oidc.js';

import type { SessionPolicy } from './session-token.js';

export interface OidcRouteDeps {
  db: Db;
  clock: Clock;
  /** Undefined when no provider is configured: then /start and /callback answer 404. */
  oidc: { client: OidcClient; pending: PendingOidcLogins } | undefined;
  sessions?: SessionPolicy;
}

/** Where the web app's sign-in page shows that a provider sign-in failed (and offers the password). */
export const OIDC_FAILED_REDIRECT = '/logga-in?fel=oidc';
/** After a provider sign-in the web app reads /me and takes staff and applicants each to their start. */
/** Where the web app would take the person after a password sign-in: staff to the inbox, applicants to their cases. */
function landingPage(can: Reach): string {
  if (can.inbox) return '/inkorg';
  if (can.apply) return '/mina-arenden';
  return '/';
}

const notConfigured = () =>
  new AppError('oidc_not_configured', 404, {
    sv: 'Inloggning via organisationens egen inloggningstjänst (OpenID Connect) är inte konfigurerad i den här installationen av Bidra.',
    en: "Sign-in through an organisation's own identity provider (OpenID Connect) is not configured in this installation of Bidra.",
  });

const status = z.object({
  configured: z.boolean().describe('Om OIDC-inloggning finns / whether OIDC sign-in is available'),
  label: z
    .string()
    .nullable()
    .describe('Knappens text efter "Logga in med" / the button label, e.g. "Umeå universitet"'),
  startUrl: z.string().nullable().describe('Dit knappen leder / where the button leads'),
});

const redirect = z.null().describe('Omdirigering (Location) / redirect (Location)');

/** Sign-in through an organisation's own OpenID Connect provider, mounted at /api/v1/auth/oidc. */
export const oidcRoutes: FastifyPluginAsyncZod<OidcRouteDeps> = (app, deps) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['auth'],
        summary: 'Inloggning via organisationens inloggningstjänst? / is OIDC sign-in available?',
        description: 'Always 200. The web app shows the "Logga in med …" button only when `configured` is true.',
        response: { 200: status },
      },
    },
    () => {
      const oidc = deps.oidc;
      return Promise.resolve(
        oidc
          ? { configured: true, label: oidc.client.config.label, startUrl: '/api/v1/auth/oidc/start' }
          : { configured: false, label: null, startUrl: null },
      );
    },
  );

  app.get(
    '/start',
    {
      schema: {
        tags: ['auth'],
        summary: 'Börja logga in via organisationens inloggningstjänst / start OIDC sign-in',
        description:
          'A browser navigation: 302 to the provider (authorization code flow, PKCE S256, state, nonce). The state is kept on the server; the browser gets only an HttpOnly handle cookie valid 10 minutes. 404 when no provider is configured.',
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      const oidc = deps.oidc;
      if (!oidc) throw notConfigured();
      const { handle, pending } = oidc.pending.create();
      reply.header('cache-control', 'no-store');
      let target: URL;
      try {
        target = await oidc.client.authorizationUrl(pending);
      } catch (error) {
        oidc.pending.take(handle);
        request.log.warn({ err: describeError(error) }, 'OIDC provider discovery failed');
        return reply.redirect(OIDC_FAILED_REDIRECT, 302);
      }
      setOidcPendingCookie(request, reply, handle, OIDC_PENDING_TTL_MS);
      return reply.redirect(target.href, 302);
    },
  );

  app.get(
    '/callback',
    {
      // The query carries the authorization code: keep it out of the request logs.
      logLevel: 'warn',
      schema: {
        tags: ['auth'],
        summary: 'Tillbaka från inloggningstjänsten / the redirect URI',
        description:
          'The provider sends the browser here. On success: the `bidra_session` cookie and 302 to `/`. On any failure: no session, an audit event, and 302 to `/logga-in?fel=oidc`. 404 when no provider is configured.',
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      const oidc = deps.oidc;
      if (!oidc) throw notConfigured();
      reply.header('cache-control', 'no-store');
      const pending = oidc.pending.take(request.cookies[OIDC_PENDING_COOKIE]);
      clearOidcPendingCookie(request, reply);
      if (!pending) {
        // No sign-in started from this browser (or it took too long): nothing to audit, nobody to name.
        request.log.warn('OIDC callback without a pending sign-in');
        return reply.redirect(OIDC_FAILED_REDIRECT, 302);
      }
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const result = await signInWithOidc(
        { db: deps.db, clock: deps.clock, client: oidc.client, sessions: deps.sessions },
        {
          callbackQuery: query,
          pending,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          previousSessionId: request.authSession?.id,
        },
      );
      if (!result.ok) {
        request.log.warn({ reason: result.reason, error: result.error }, 'OIDC sign-in refused');
        return reply.redirect(OIDC_FAILED_REDIRECT, 302);
      }
      setSessionCookie(request, reply, result.session);
      return reply.redirect(landingPage(result.session.user.can), 302);
    },
  );
  return Promise.resolve();
};

/** For logs: what kind of failure, never the message body of a provider's response. */
function describeError(error: unknown): { name: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'unknown' };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { name: error.name, ...(code ? { code } : {}) };
}
