import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/app.js';
import { PROBLEM_STATUS_EXCEPTIONS, requireOperationId, SESSIONLESS_OPERATIONS } from './openapi.js';
import { OPERATION_IDS } from './operation-ids.js';

// The OpenAPI document as a contract (docs/domain/public-contracts.md, "The OpenAPI document").

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean; schema?: { format?: string } }[];
  requestBody?: unknown;
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

/** A request for the operation with no session: ids are a well-formed uuid nobody has, bodies are empty. */
function probe(method: string, path: string, op: Operation) {
  let url = path;
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path') continue;
    url = url.replace(`{${p.name}}`, p.schema?.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'x');
  }
  return t.app.inject({
    method: method as 'GET',
    url,
    ...(op.requestBody !== undefined ? { payload: {} } : {}),
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

  it('answers as declared without a session: public operations never 401, protected ones 401', async () => {
    let protectedProbed = 0;
    let publicProbed = 0;
    for (const { method, path, op } of operations) {
      // Following the OpenID Connect round trip would leave for the provider.
      if (path.startsWith('/api/v1/auth/oidc/')) continue;
      const res = await probe(method, path, op);
      const where = `${method} ${path}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (op.security!.length === 0) {
        expect(res.statusCode, where).not.toBe(401);
        publicProbed++;
      } else if (res.statusCode === 400) {
        // The request's shape is checked before the handler asks for the session: nothing to learn.
        continue;
      } else {
        expect(res.statusCode, where).toBe(401);
        expect(res.headers['content-type'], where).toContain('application/problem+json');
        protectedProbed++;
      }
    }
    expect(publicProbed).toBeGreaterThan(15);
    expect(protectedProbed).toBeGreaterThan(80);
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
