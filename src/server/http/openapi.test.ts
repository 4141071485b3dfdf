import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app.js';
import { PROBLEM_STATUS_EXCEPTIONS, requireOperationId, SESSIONLESS_OPERATIONS } from './openapi.js';
import { OPERATION_IDS } from './operation-ids.js';

// The OpenAPI document as a contract (docs/domain/public-contracts.md, "The OpenAPI document").

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
}
interface Document {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown>; responses: Record<string, unknown> };
}

let t: TestApp;
let doc: Document;
const operations: { method: string; path: string; op: Operation }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  doc = JSON.parse(res.body) as Document;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) operations.push({ method: method.toUpperCase(), path, op });
  }
});
afterAll(() => t.close());

interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
}

const NOBODY = '00000000-0000-4000-8000-000000000000';

/** A small value the schema accepts (for the shapes Bidra's bodies use), so the probe reaches the handler. */
function sample(schema: JsonSchema | undefined): unknown {
  if (!schema) return {};
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sample(choice.find((c) => c.type !== 'null') ?? choice[0]);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sample(s) as object)) as unknown;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key])]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'string': {
      if (schema.format === 'uuid') return NOBODY;
      if (schema.format === 'date') return '2026-01-01';
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
      if (schema.format === 'email') return 'nobody@example.org';
      if (schema.format === 'byte') return 'eAo=';
      const text = 'x'.repeat(Math.max(1, schema.minLength ?? 1));
      if (!schema.pattern) return text;
      const pattern = new RegExp(schema.pattern);
      return [text, '2026', 'a', '090-785 00 00'].find((candidate) => pattern.test(candidate)) ?? text;
    }
    default:
      return {};
  }
}

const problemCode = (body: string): unknown => (JSON.parse(body) as { code?: unknown }).code;

/** A request for the operation with no session: ids are a well-formed uuid nobody has, bodies minimal. */
function probe(method: string, path: string, op: Operation) {
  let url = path;
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path') continue;
    url = url.replace(`{${p.name}}`, p.schema?.format === 'uuid' ? NOBODY : 'x');
  }
  const query = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    if (p.in === 'query' && p.required) query.set(p.name, String(sample(p.schema)));
  }
  const json = op.requestBody?.content?.['application/json']?.schema;
  return t.app.inject({
    method: method as 'GET',
    url: query.size > 0 ? `${url}?${query.toString()}` : url,
    ...(op.requestBody !== undefined ? { payload: json ? (sample(json) as object) : {} } : {}),
  });
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served from its own server, with every operation named once', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    // Every entry of the map names a route that exists.
    const documented = new Set(operations.map(({ method, path }) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(Object.keys(OPERATION_IDS).filter((key) => !documented.has(key))).toEqual([]);
    expect([...SESSIONLESS_OPERATIONS].filter((key) => !documented.has(key))).toEqual([]);
    expect(Object.keys(PROBLEM_STATUS_EXCEPTIONS).filter((key) => !documented.has(key))).toEqual([]);
  });

  it('refuses a route without an operationId, naming it; hidden routes need none', () => {
    expect(() => requireOperationId({ method: 'GET', url: '/api/v1/nowhere' })).toThrow(/GET \/api\/v1\/nowhere/);
    expect(() => requireOperationId({ method: 'GET', url: '/api/v1/nowhere', schema: { hide: true } })).not.toThrow();
    expect(() => requireOperationId({ method: 'HEAD', url: '/api/v1/nowhere' })).not.toThrow();
  });

  it('declares security per operation: none, the session cookie, or cookie and CSRF header on changes', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['csrfToken', 'sessionCookie']);
    for (const { method, path, op } of operations) {
      const where = `${method} ${path}`;
      expect(op.security, where).toBeDefined();
      if (op.security!.length === 0) continue;
      const schemes = Object.keys(op.security![0]!).sort();
      expect(schemes, where).toEqual(method === 'GET' ? ['sessionCookie'] : ['csrfToken', 'sessionCookie']);
    }
  });

  it('answers as declared without a session: public operations never ask for one, protected ones 401', async () => {
    let protectedProbed = 0;
    let publicProbed = 0;
    for (const { method, path, op } of operations) {
      // Following the OpenID Connect round trip would leave for the provider.
      if (path.startsWith('/api/v1/auth/oidc/')) continue;
      const res = await probe(method, path, op);
      const where = `${method} ${path}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (op.security!.length === 0) {
        // (Logging in with a wrong password is a 401 of its own, invalid_credentials.)
        expect(res.statusCode === 401 && problemCode(res.body), where).not.toBe('unauthenticated');
        publicProbed++;
      } else if (res.statusCode === 400) {
        // The request's shape is checked before the handler asks for the session (an upload, or a body
        // the sample above does not satisfy): nothing to learn.
        continue;
      } else {
        expect(res.statusCode, where).toBe(401);
        expect(problemCode(res.body), where).toBe('unauthenticated');
        expect(res.headers['content-type'], where).toContain('application/problem+json');
        protectedProbed++;
      }
    }
    expect(publicProbed).toBeGreaterThan(15);
    expect(protectedProbed).toBeGreaterThan(140);
  });

  it('lists problem+json error responses', () => {
    expect(Object.keys(doc.components.responses).length).toBeGreaterThan(0);
    for (const { method, path, op } of operations) {
      const where = `${method} ${path}`;
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400 && status !== '503');
      for (const [, response] of errors) expect(response.$ref, where).toMatch(/^#\/components\/responses\//);
      if (op.security!.length > 0)
        expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '403']));
      if (path.includes('{')) expect(Object.keys(op.responses), where).toContain('404');
      if (op.parameters || op.requestBody) expect(Object.keys(op.responses), where).toContain('400');
    }
  });
});
