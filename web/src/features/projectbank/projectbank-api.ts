import { getJson, type Page, type PublicProject } from '../../api.js';

/**
 * The optional filters of the public list (beside q, page and pageSize: docs/domain/public-contracts.md,
 * "The public project list").
 */
export interface ProjectFilters {
  priority: string;
  ownerType: string;
  municipality: string;
  year: string;
}
export const NO_FILTERS: ProjectFilters = { priority: '', ownerType: '', municipality: '', year: '' };
export const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof ProjectFilters)[];

export interface FilterOptions {
  priorities: { code: string; title: string }[];
  ownerTypes: string[];
  municipalities: { code: string; name: string }[];
  years: number[];
}

/** The query string of a search: empty values are left out. */
export function searchParams(q: string, filters: ProjectFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}

export const searchPublicProjects = (
  q: string,
  filters: ProjectFilters,
  page: number,
  lang: string,
  signal?: AbortSignal,
) =>
  getJson<Page<PublicProject>>(
    `/api/v1/public/projects?${searchParams(q, filters, { page: String(page), pageSize: '20' }).toString()}`,
    lang,
    signal,
  );

export const getFilterOptions = (lang: string, signal?: AbortSignal) =>
  getJson<FilterOptions>('/api/v1/public/project-filters', lang, signal);

export interface PublicDecision {
  kind: 'grant' | 'amend';
  decisionDate: string | null;
  diaryNumber: string | null;
  decidedBy: string | null;
  capacity: string | null;
  authority: 'committee' | 'delegation' | 'urgent' | null;
  delegationPoint: string | null;
  meetingDate: string | null;
  amountSek: number | null;
  maxSharePercent: number | null;
  approvedCostsSek: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  legalBasis: string[];
  changes: string | null;
}

export interface PublicProjectDetail {
  id: string;
  name: string;
  acronym: string | null;
  summary: string | null;
  description: string | null;
  purpose: string | null;
  goals: string | null;
  status: string;
  owner: { name: string; orgNumber: string | null; type: string };
  funder: { name: string; committeeName: string };
  amountSek: number;
  maxSharePercent: number | null;
  approvedCostsSek: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  priority: { code: string; title: string } | null;
  programme: { name: string; fund: string | null } | null;
  municipalities: { code: string; name: string }[];
  activities: { number: string; title: string; start: string | null; end: string | null; costSek: number | null }[];
  decisions: PublicDecision[];
}

export const getPublicProject = (id: string, lang: string, signal?: AbortSignal) =>
  getJson<PublicProjectDetail>(`/api/v1/public/projects/${encodeURIComponent(id)}`, lang, signal);
