import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type Localized } from '../errors.js';
import { localizeValidationIssue } from './validation-messages.js';

/** RFC 9457 problem details. `code` is Bidra's stable error code; `detail` is in the caller's language. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
}

export type Lang = 'sv' | 'en';

/** Swedish first; English when the client prefers it. */
export function preferredLanguage(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}

const TITLES: Record<number, Localized> = {
  400: { sv: 'Ogiltig begäran', en: 'Bad request' },
  401: { sv: 'Inloggning krävs', en: 'Authentication required' },
  403: { sv: 'Åtkomst nekad', en: 'Forbidden' },
  404: { sv: 'Hittades inte', en: 'Not found' },
  409: { sv: 'Konflikt', en: 'Conflict' },
  410: { sv: 'Länken gäller inte längre', en: 'No longer valid' },
  413: { sv: 'För stor', en: 'Too large' },
  415: { sv: 'Filtypen tas inte emot', en: 'Unsupported file type' },
  422: { sv: 'Regeln är inte uppfylld', en: 'Rule not satisfied' },
  429: { sv: 'För många förfrågningar', en: 'Too many requests' },
  500: { sv: 'Internt fel', en: 'Internal server error' },
  503: { sv: 'Tjänsten är inte tillgänglig', en: 'Service unavailable' },
};

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: Localized,
  extra: Record<string, unknown> = {},
): FastifyReply {
  const lang = preferredLanguage(request);
  const title = TITLES[status] ?? TITLES[500]!;
  const body: Problem = {
    type: `urn:bidra:problem:${code}`,
    title: title[lang],
    status,
    detail: message[lang],
    instance: request.url,
    code,
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

export interface ProblemOptions {
  /** A page request the web app should answer (client-side routes) instead of a 404 problem. */
  webAppFallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;
}

export function registerProblemHandlers(app: FastifyInstance, options: ProblemOptions = {}): void {
  app.setNotFoundHandler(
    (request, reply) =>
      options.webAppFallback?.(request, reply) ??
      sendProblem(request, reply, 404, 'not_found', {
        sv: `Sökvägen ${request.method} ${request.url} finns inte.`,
        en: `No route ${request.method} ${request.url}.`,
      }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(request, reply, error.status, error.code, error.localized, { details: error.details });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const lang = preferredLanguage(request);
      const where = error.validationContext ?? 'request';
      const errors = error.validation.map((issue) => ({
        path: [where, ...String(issue.instancePath).split('/').filter(Boolean)].join('.'),
        message: localizeValidationIssue(issue)[lang],
      }));
      const list = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
      return sendProblem(
        request,
        reply,
        400,
        'validation_failed',
        { sv: `Ogiltiga värden i begäran – ${list}`, en: `Invalid values in the request – ${list}` },
        { errors },
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response does not match its schema');
      return sendProblem(request, reply, 500, 'internal', {
        sv: 'Ett internt fel inträffade.',
        en: 'An internal error occurred.',
      });
    }
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(request, reply, 500, 'internal', {
        sv: 'Ett internt fel inträffade. Försök igen eller kontakta förvaltningen.',
        en: 'An internal error occurred. Try again or contact the administrators.',
      });
    }
    // Fastify's own client errors (malformed JSON, body too large, unsupported media type …).
    return sendProblem(request, reply, status, error.code?.toLowerCase() ?? 'bad_request', {
      sv: `Begäran kunde inte behandlas: ${error.message}`,
      en: `The request could not be processed: ${error.message}`,
    });
  });
}
