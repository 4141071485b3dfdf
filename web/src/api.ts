import type { ApplicationContent, FieldIssue } from '../../src/domain/index.js';

/** The public API's contract (docs/domain/public-contracts.md, "The public project list"). */
export interface PublicProject {
  id: string;
  name: string;
  acronym: string | null;
  owner: string;
  ownerOrgNumber: string | null;
  amountSek: number;
  maxSharePercent: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  status: string;
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** An RFC 9457 problem answer, shown to the user by its `detail`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(detail);
  }
  /** The per-field issues a 422 carries (`details.issues`). */
  get issues(): FieldIssue[] {
    return Array.isArray(this.details.issues) ? (this.details.issues as FieldIssue[]) : [];
  }
}

export interface RequestOptions {
  lang: string;
  csrfToken?: string | null;
  signal?: AbortSignal;
}

export async function request<T>(method: string, url: string, o: RequestOptions, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': o.lang };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && o.csrfToken) headers['x-csrf-token'] = o.csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal: o.signal,
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; details?: Record<string, unknown> };
    throw new ApiProblem(res.status, problem.detail ?? res.statusText, problem.details ?? {});
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export async function getJson<T>(url: string, lang: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', url, { lang, signal });
}

export const listPublicProjects = (q: string, page: number, lang: string, signal?: AbortSignal) =>
  getJson<Page<PublicProject>>(
    `/api/v1/public/projects?${new URLSearchParams({ q, page: String(page), pageSize: '20' }).toString()}`,
    lang,
    signal,
  );

// ---- Signed-in API (docs/domain/life-of-a-grant.md). Unsafe methods carry the CSRF token kept in memory. ----

export interface SessionUser {
  id: string;
  displayName: string;
  email: string;
  /** Null until the person has registered or joined an organisation. */
  organization: { id: string; name: string } | null;
  roles: { role: string; organizationId: string; capacity?: string | null }[];
  /** May create funders (the first administrator of an installation). */
  installationAdmin: boolean;
}
export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export const login = (email: string, password: string, o: RequestOptions) =>
  request<Session>('POST', '/api/v1/auth/login', o, { email, password });
export const fetchMe = (o: RequestOptions) => request<Session>('GET', '/api/v1/auth/me', o);
export const logout = (o: RequestOptions) => request<undefined>('POST', '/api/v1/auth/logout', o);

export interface Funder {
  id: string;
  name: string;
  committee: string;
}
export interface MyCase {
  id: string;
  kind: string;
  status: string;
  title: string;
  diaryNumber: string | null;
  updatedAt: string;
}
export interface ApplicationView {
  caseId: string;
  funderId: string;
  status: string;
  diaryNumber: string | null;
  version: number;
  content: ApplicationContent;
  issues: FieldIssue[];
  totals: { budget: number; financing: number; activities: number; requested: number };
  submittedAt: string | null;
}
export interface SubmitResult {
  diaryNumber: string;
  status: string;
  warnings: FieldIssue[];
}

export const listFunders = (o: RequestOptions) => request<{ items: Funder[] }>('GET', '/api/v1/funders', o);
export const listMyCases = (o: RequestOptions) => request<{ items: MyCase[] }>('GET', '/api/v1/my/cases', o);
export const createApplication = (funderId: string, content: ApplicationContent, o: RequestOptions) =>
  request<ApplicationView>('POST', '/api/v1/applications', o, { funderId, content });
export const getApplication = (caseId: string, o: RequestOptions) =>
  request<ApplicationView>('GET', `/api/v1/applications/${encodeURIComponent(caseId)}`, o);
export const saveApplication = (caseId: string, version: number, content: ApplicationContent, o: RequestOptions) =>
  request<ApplicationView>('PUT', `/api/v1/applications/${encodeURIComponent(caseId)}`, o, { version, content });
export const submitApplication = (caseId: string, version: number, o: RequestOptions) =>
  request<SubmitResult>('POST', `/api/v1/applications/${encodeURIComponent(caseId)}/submit`, o, { version });

export interface InboxItem {
  id: string;
  kind: string;
  status: string;
  title: string;
  diaryNumber: string | null;
  applicant: string;
  receivedOn: string | null;
  dueDate: string | null;
  officerUserId: string | null;
}
export const getInbox = (status: string, assigned: 'all' | 'me' | 'unassigned', o: RequestOptions) =>
  request<Page<InboxItem>>(
    'GET',
    `/api/v1/inbox?${new URLSearchParams({ ...(status ? { status } : {}), assigned, pageSize: '100' }).toString()}`,
    o,
  );

export interface CaseTimeline {
  case: {
    id: string;
    kind: string;
    status: string;
    title: string;
    diaryNumber: string | null;
    /** The project the case concerns, once it has one (its time plan: /projekt/:id/tidplan). */
    projectId?: string | null;
    externalIds: { system: string; externalId: string }[];
  };
  items: {
    at: string;
    kind: 'event' | 'document';
    action: string;
    actor: string;
    entityType: string;
    entityId: string;
    filename?: string;
  }[];
}
export const getCaseTimeline = (caseId: string, o: RequestOptions) =>
  request<CaseTimeline>('GET', `/api/v1/cases/${caseId}/timeline`, o);
