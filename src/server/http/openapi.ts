import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { OpenAPIV3_1 } from 'openapi-types';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../modules/auth/session-token.js';
import { OPERATION_IDS, operationKey } from './operation-ids.js';

/*
 * How the OpenAPI document becomes a contract (docs/domain/public-contracts.md, "The OpenAPI document").
 * The route files give paths, tags and zod schemas; this file adds, per operation:
 *
 * - operationId, from OPERATION_IDS. A route without one throws at app start, naming the route.
 * - security, from what the server does. Sessions are resolved for every request (auth.plugin.ts), and a
 *   route that needs one calls requirePrincipal, which answers 401 without it. The routes that do not are
 *   the sessionless ones below: open data under /api/v1/public/, the health check, the routes used before
 *   signing in (those marked `config.csrfExempt`: login, sign-up, password reset, invitations) and the
 *   few listed in SESSIONLESS_OPERATIONS. Their security is `[]`. Every other read needs the session
 *   cookie; every other change (POST, PUT, PATCH, DELETE) needs the cookie and the x-csrf-token header,
 *   which the auth hook checks on every unsafe request that carries a session. src/server/http/openapi.test.ts
 *   asks every operation without a cookie and checks the declared security against the answer.
 * - error responses, all `application/problem+json` (src/server/http/problem.ts), by this default rule:
 *     400  the operation takes input (path, query, headers or body): the validation problem;
 *     401  the operation needs a session;
 *     403  the operation needs a session: a role check refused, or (on a change) the CSRF token is missing;
 *     404  the path names something by id, which may not exist;
 *     409  a change by a signed-in user: the use case refuses because the record is not in a state that
 *          allows it (AppError.conflict);
 *     422  a change that takes a body: a domain rule is not satisfied (AppError.fromDomain).
 *   A status the route's own schema already declares is left as the route declares it; the sign-in and
 *   one-time-link routes list their own (PROBLEM_STATUS_EXCEPTIONS).
 */

/** Paths whose every operation answers without a session. */
export const PUBLIC_PATH_PREFIXES = ['/api/v1/public/', '/healthz'] as const;

/**
 * Operations that answer without a session although they are outside the public paths and not
 * CSRF-exempt: reading the sign-in options, the OpenID Connect round trip, the list of funders an applicant
 * chooses from and logging out (which clears whatever session there is).
 */
export const SESSIONLESS_OPERATIONS: ReadonlySet<string> = new Set([
  'GET /api/v1/auth/oidc',
  'GET /api/v1/auth/oidc/start',
  'GET /api/v1/auth/oidc/callback',
  'POST /api/v1/auth/logout',
]);

export const SESSION_SCHEME = 'sessionCookie';
export const CSRF_SCHEME = 'csrfToken';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Access = 'public' | 'session';

/** Whether an operation answers without a session (see the comment at the top of this file). */
export function accessOf(method: string, url: string, config: { csrfExempt?: boolean } | undefined): Access {
  if (PUBLIC_PATH_PREFIXES.some((prefix) => url === prefix || url.startsWith(prefix))) return 'public';
  if (config?.csrfExempt === true) return 'public';
  if (SESSIONLESS_OPERATIONS.has(operationKey(method, url))) return 'public';
  return 'session';
}

/** The security requirement of an operation: none, the cookie, or the cookie and the CSRF header. */
export function securityOf(method: string, access: Access): Record<string, string[]>[] {
  if (access === 'public') return [];
  if (UNSAFE.has(method.toUpperCase())) return [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];
  return [{ [SESSION_SCHEME]: [] }];
}

/**
 * The sessionless operations whose refusals the default rule does not describe: the sign-in and one-time-link
 * routes answer 401, 403, 410 (a used, expired or unknown link) and 429 (throttled) as their descriptions
 * say, and logging out answers 403 when it carries a session without its CSRF token.
 */
export const PROBLEM_STATUS_EXCEPTIONS: Readonly<Record<string, readonly number[]>> = {
  'POST /api/v1/auth/login': [400, 401, 403, 429],
  'POST /api/v1/auth/logout': [403],
  'POST /api/v1/auth/signup': [400, 409, 422, 429],
  'POST /api/v1/auth/verify-email': [400, 410],
  'POST /api/v1/auth/verify-email/resend': [400, 429],
  'POST /api/v1/auth/password-reset': [400, 422, 429],
  'POST /api/v1/auth/password-reset/complete': [400, 410, 422],
  'POST /api/v1/auth/invitations/inspect': [400, 410],
  'POST /api/v1/auth/invitations/accept': [400, 410, 422],
};

/** The error statuses an operation lists, by the default rule at the top of this file. */
export function problemStatusesOf(
  method: string,
  url: string,
  schema: Record<string, unknown> | undefined,
  access: Access,
): number[] {
  const exception = PROBLEM_STATUS_EXCEPTIONS[operationKey(method, url)];
  if (exception) return [...exception];
  const statuses: number[] = [];
  const takesInput = ['params', 'querystring', 'body', 'headers'].some((part) => schema?.[part] !== undefined);
  const change = UNSAFE.has(method.toUpperCase());
  if (takesInput) statuses.push(400);
  if (access === 'session') statuses.push(401, 403);
  if (url.includes('/:')) statuses.push(404);
  if (change && access === 'session') statuses.push(409);
  if (change && schema?.body !== undefined) statuses.push(422);
  return statuses;
}

const PROBLEM_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'Ogiltig begäran / the request does not match the schema' },
  401: { name: 'Unauthenticated', description: 'Inloggning krävs / no valid session' },
  403: { name: 'Forbidden', description: 'Åtkomst nekad eller CSRF-token saknas / forbidden or CSRF token missing' },
  404: { name: 'NotFound', description: 'Hittades inte / not found' },
  409: { name: 'Conflict', description: 'Konflikt med ärendets läge / conflicts with the current state' },
  410: { name: 'LinkGone', description: 'Länken är använd eller har gått ut / the link is used or expired' },
  422: { name: 'RuleNotSatisfied', description: 'Regeln är inte uppfylld / a rule is not satisfied' },
  429: {
    name: 'TooManyRequests',
    description: 'För många försök; se Retry-After / too many attempts; see Retry-After',
  },
};

const PROBLEMS_KEY = 'x-bidra-problems';

/** The RFC 9457 problem every error answer carries (src/server/http/problem.ts). */
const problemSchema: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; `code` is stable, `detail` is in the language of Accept-Language.',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string', description: '`urn:bidra:problem:<code>`' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path' },
    code: { type: 'string', description: "Bidra's stable error code, e.g. `validation_failed`" },
    errors: {
      type: 'array',
      description: 'Per-field validation errors (400)',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
    details: { type: 'object', additionalProperties: true, description: 'Facts about the refusal' },
  },
  additionalProperties: true,
};

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;

/** Per route: the zod schemas as JSON Schema, then operationId, security and the error statuses. */
export const contractTransform: Transform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as Record<string, unknown> | undefined;
  const route = input.route;
  const method = typeof route.method === 'string' ? route.method : (route.method[0] ?? 'GET');
  if (schema?.hide === true || method === 'HEAD') return transformed;
  const key = operationKey(method, input.url);
  const operationId = OPERATION_IDS[key];
  if (!operationId) {
    throw new Error(
      `No operationId for ${key}: add it to OPERATION_IDS in src/server/http/operation-ids.ts (or hide the route).`,
    );
  }
  const config = route.config;
  const access = accessOf(method, input.url, config);
  return {
    ...transformed,
    schema: {
      ...schema,
      operationId,
      security: securityOf(method, access),
      [PROBLEMS_KEY]: problemStatusesOf(method, input.url, schema, access),
    },
  };
};

/** For the whole document: the error responses as references to the shared problem responses. */
export const contractTransformObject: TransformObject = (input) => {
  const document = ('openapiObject' in input ? input.openapiObject : input.swaggerObject) as {
    paths?: Record<string, Record<string, Record<string, unknown>>>;
  };
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const statuses = operation[PROBLEMS_KEY] as number[] | undefined;
      if (!statuses) continue;
      delete operation[PROBLEMS_KEY];
      const responses = (operation.responses ?? {}) as Record<string, unknown>;
      for (const status of statuses) {
        if (responses[String(status)] !== undefined) continue;
        responses[String(status)] = { $ref: `#/components/responses/${PROBLEM_RESPONSES[status]!.name}` };
      }
      operation.responses = responses;
    }
  }
  return document;
};

/** The components the transforms refer to: the security schemes, the Problem schema and responses. */
/** The components of an OpenAPI 3.1 document (the version createApp declares). */
type Components = NonNullable<OpenAPIV3_1.Document['components']>;

export const contractComponents: Components = {
  securitySchemes: {
    [SESSION_SCHEME]: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: 'The session cookie set by logging in (POST /api/v1/auth/login).',
    },
    [CSRF_SCHEME]: {
      type: 'apiKey',
      in: 'header',
      name: 'x-csrf-token',
      description: "The session's CSRF token (`csrfToken` in the login and /auth/me answers), on every change.",
    },
  },
  schemas: { Problem: problemSchema },
  responses: Object.fromEntries(
    Object.values(PROBLEM_RESPONSES).map(({ name, description }) => [
      name,
      {
        description,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  ),
};

/**
 * An onRoute hook for createApp: a route that would appear in the document without an operationId fails
 * app start, naming the route.
 */
export function requireOperationId(route: {
  method: string | string[];
  url: string;
  schema?: { hide?: boolean } | undefined;
}): void {
  if (route.schema?.hide === true) return;
  for (const method of typeof route.method === 'string' ? [route.method] : route.method) {
    if (method === 'HEAD') continue;
    const key = operationKey(method, route.url);
    if (!OPERATION_IDS[key]) {
      throw new Error(
        `No operationId for ${key}: add it to OPERATION_IDS in src/server/http/operation-ids.ts (or hide the route).`,
      );
    }
  }
}
