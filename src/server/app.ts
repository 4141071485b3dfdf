import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../domain/index.js';
import { oidcConfigProblems, type OidcConfig } from './config.js';
import type { Database, Db } from './db/client.js';
import { registerProblemHandlers } from './http/problem.js';
import { contractComponents, contractTransform, contractTransformObject, requireOperationId } from './http/openapi.js';
import { registerAuth } from './modules/auth/auth.plugin.js';
import { invitationRoutes } from './modules/users/invitation.routes.js';
import { userAdminRoutes } from './modules/users/users.routes.js';
import { passwordResetRoutes } from './modules/users/password-reset.routes.js';
import { signUpRoutes } from './modules/organisations/signup.routes.js';
import { sendVerificationLink } from './modules/organisations/use-cases/verify-email.js';
import { organisationRoutes } from './modules/organisations/organisations.routes.js';
import { funderRoutes } from './modules/funders/funders.routes.js';
import { delegationRoutes } from './modules/delegation/delegation.routes.js';
import { callRoutes } from './modules/calls/calls.routes.js';
import { publicCallRoutes } from './modules/calls/public-calls.routes.js';
import { attachmentRoutes } from './modules/attachments/attachments.routes.js';
import { messageRoutes } from './modules/messages/messages.routes.js';
import { workspaceRoutes } from './modules/cases/workspace.routes.js';
import { importRoutes } from './modules/imports/imports.routes.js';
import { applicationRoutes } from './modules/applications/applications.routes.js';
import { caseRoutes } from './modules/cases/cases.routes.js';
import { caseEmailRoutes } from './modules/cases/case-emails.routes.js';
import { registerWebApp, sendWebAppIndex, wantsWebAppPage, webDistDir } from './http/web-app.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { healthRoutes } from './modules/health/health.routes.js';
import { publicRoutes } from './modules/public/public.routes.js';
import { homeRoutes } from './modules/public/home.routes.js';
import { openDataRoutes } from './modules/opendata/opendata.routes.js';
import { assessmentRoutes } from './modules/assessments/assessments.routes.js';
import { decisionRoutes } from './modules/decisions/decisions.routes.js';
import { amendmentDecisionKinds } from './modules/amendments/amendment-checks.js';
import { closureDecisionKinds } from './modules/closure/use-cases/closure-decisions.js';
import { amendmentRoutes } from './modules/amendments/amendments.routes.js';
import { paymentRoutes } from './modules/payments/payments.routes.js';
import { reportingRoutes } from './modules/reporting/reporting.routes.js';
import { closureRoutes } from './modules/closure/closure.routes.js';
import { portfolioRoutes } from './modules/portfolio/portfolio.routes.js';
import { stateAllocationRoutes } from './modules/state-allocations/state-allocations.routes.js';
import { meetingRoutes } from './modules/meetings/meetings.routes.js';
import { publicPressReleaseRoutes } from './modules/meetings/public-press-releases.routes.js';
import { LocalDiskDocumentStore, type DocumentStore } from './documents/document-store.js';
import type { SessionPolicy } from './modules/auth/session-token.js';
import os from 'node:os';

export interface AppDeps {
  database: Database;
  clock: Clock;
  /** false in tests; a pino level otherwise. Secrets are redacted from request logs. */
  logLevel?: string | false;
  /** Where decision letters are stored; a directory under the system's temp dir when not given. */
  documentStore?: DocumentStore;
  /** Sign-in through an organisation's own OpenID Connect provider (`config.oidc`); off when undefined. */
  oidc?: OidcConfig;
  /** Session lifetimes (`config.sessions`); 2 hours idle and 12 hours in all when not given. */
  sessions?: SessionPolicy;
  /** The address people reach Bidra at, for links in e-mail (`config.publicUrl`). */
  publicUrl?: string;
  /** The largest attachment accepted, in bytes (`config.maxUploadBytes`); 20 MB when not given. */
  maxUploadBytes?: number;
  /** Serve the built web app (web/dist) when there is one (the default); false: the API and plain pages only. */
  webApp?: boolean;
}

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What the modules of the app get: the database, the clock, and where links in e-mail point. */
export interface ModuleDeps {
  db: Db;
  clock: Clock;
  publicUrl: string;
  sessions?: SessionPolicy;
  store: DocumentStore;
  maxUploadBytes: number;
}

export type App = FastifyInstance;
export type RouteApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;

/** Builds the HTTP application; it does not listen. Everything it needs comes in through deps. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const oidcProblems = deps.oidc ? oidcConfigProblems(deps.oidc) : [];
  if (oidcProblems.length > 0) throw new Error(`Invalid OIDC configuration:\n  ${oidcProblems.join('\n  ')}`);
  const app = Fastify({
    logger:
      deps.logLevel === false || deps.logLevel === undefined
        ? false
        : {
            level: deps.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
    routerOptions: { ignoreTrailingSlash: true },
    bodyLimit: 10 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const hasWebApp = deps.webApp !== false && existsSync(path.join(webDistDir(), 'index.html'));
  registerProblemHandlers(app, {
    webAppFallback: (request, reply) => (hasWebApp && wantsWebAppPage(request) ? sendWebAppIndex(reply) : undefined),
  });

  // Every operation in the OpenAPI document has an operationId (src/server/http/operation-ids.ts).
  app.addHook('onRoute', requireOperationId);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Bidra API',
        version: '1',
        description:
          'Bidra — ärendehantering och portfölj för projektmedel / case management and portfolio software for ' +
          'public project funding. Sign in with POST /api/v1/auth/login: it sets the `bidra_session` cookie and ' +
          'answers with a `csrfToken` that every change sends as `x-csrf-token`. Errors are RFC 9457 ' +
          'problem+json with a stable `code`; messages follow Accept-Language (Swedish, or English).',
      },
      servers: [{ url: '/', description: 'The Bidra server that serves this document' }],
      components: contractComponents,
      tags: [
        { name: 'public', description: 'Öppna data utan inloggning / open data, no login' },
        { name: 'system', description: 'Drift / operations' },
        { name: 'auth', description: 'Inloggning och session / sign-in and session' },
        { name: 'applications', description: 'Ansökningar (sökande) / applications (applicants)' },
        { name: 'cases', description: 'Ärenden / cases' },
        { name: 'assessments', description: 'Bedömning (handläggare) / assessment (case officers)' },
        { name: 'decisions', description: 'Beslut och beslutsbrev / decisions and decision letters' },
        {
          name: 'meetings',
          description:
            'Sammanträden, protokollsutdrag och pressmeddelanden / meetings, minutes extracts and press releases',
        },
        { name: 'amendments', description: 'Ändringar och versioner / amendments and versions' },
        { name: 'payments', description: 'Begäran om utbetalning och utbetalningar / payment requests and payments' },
        { name: 'reporting', description: 'Rapporteringsplan och frister / reporting plan and due dates' },
        { name: 'portfolio', description: 'Portfölj och tidplaner / portfolio and time plans' },
        { name: 'state-allocations', description: 'Statliga medel och frister / state allocations and deadlines' },
        { name: 'users', description: 'Användare och roller (administratör) / users and roles (administrators)' },
        {
          name: 'organisations',
          description: 'Konton och sökande organisationer / accounts and applicant organisations',
        },
        { name: 'funders', description: 'Stödgivarens inställningar / funder settings' },
        { name: 'calls', description: 'Utlysningar / calls for proposals' },
        { name: 'attachments', description: 'Bilagor / attachments' },
        { name: 'messages', description: 'Meddelanden och kompletteringar / messages and completion requests' },
      ],
    },
    transform: contractTransform,
    transformObject: contractTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  // Before every route: sessions resolve `request.principal` and guard unsafe requests against CSRF.
  const publicUrl = deps.publicUrl ?? DEFAULT_PUBLIC_URL;
  await registerAuth(app, {
    db: deps.database.db,
    clock: deps.clock,
    oidc: deps.oidc,
    sessions: deps.sessions,
    // A correct password on an account whose address is not verified yet: a new link goes out.
    resendVerification: (tx, userId) => sendVerificationLink(tx, deps.clock, publicUrl, userId),
  });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  await typed.register(healthRoutes, { database: deps.database });
  await typed.register(invitationRoutes, {
    db: deps.database.db,
    clock: deps.clock,
    sessions: deps.sessions,
    prefix: '/api/v1/auth/invitations',
  });
  await typed.register(publicRoutes, { database: deps.database, prefix: '/api/v1/public' });
  await typed.register(openDataRoutes, {
    database: deps.database,
    clock: deps.clock,
    prefix: '/api/v1/public/export',
  });
  await typed.register(applicationRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(caseRoutes, { db: deps.database.db, prefix: '/api/v1' });
  await typed.register(caseEmailRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  const store = deps.documentStore ?? new LocalDiskDocumentStore(path.join(os.tmpdir(), 'bidra-documents'));
  await typed.register(assessmentRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(workspaceRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  // Amendments and closure add their rules and effects to the decisions of their kinds.
  const decisionKinds = { ...amendmentDecisionKinds, ...closureDecisionKinds };
  await typed.register(decisionRoutes, {
    db: deps.database.db,
    clock: deps.clock,
    store,
    kinds: decisionKinds,
    prefix: '/api/v1',
  });
  await typed.register(amendmentRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(importRoutes, { db: deps.database.db, clock: deps.clock, store, prefix: '/api/v1' });
  await typed.register(paymentRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(reportingRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(closureRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(portfolioRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(stateAllocationRoutes, { db: deps.database.db, clock: deps.clock, prefix: '/api/v1' });
  await typed.register(meetingRoutes, { db: deps.database.db, clock: deps.clock, store, prefix: '/api/v1' });
  await typed.register(publicPressReleaseRoutes, { db: deps.database.db, store, prefix: '/api/v1/public' });
  const modules: ModuleDeps = {
    db: deps.database.db,
    clock: deps.clock,
    publicUrl,
    sessions: deps.sessions,
    store,
    maxUploadBytes: deps.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };
  await typed.register(passwordResetRoutes, { ...modules, prefix: '/api/v1/auth/password-reset' });
  await typed.register(signUpRoutes, { ...modules, prefix: '/api/v1/auth' });
  await typed.register(userAdminRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(organisationRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(funderRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(delegationRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(callRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(publicCallRoutes, { ...modules, prefix: '/api/v1/public' });
  await typed.register(attachmentRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(messageRoutes, { ...modules, prefix: '/api/v1' });
  await typed.register(homeRoutes, { database: deps.database, webApp: hasWebApp });
  if (hasWebApp) await registerWebApp(app);

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  await app.ready();
  return app;
}
