import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's.
type ProjectList = paths['/api/v1/public/projects']['get'];
type ListQuery = NonNullable<ProjectList['parameters']['query']>;
type ProjectDetail = paths['/api/v1/public/projects/{id}']['get'];
type Filters = paths['/api/v1/public/project-filters']['get'];

export type PublicProjectList = ProjectList['responses'][200]['content']['application/json'];
export type PublicProject = PublicProjectList['items'][number];
export type FilterOptions = Filters['responses'][200]['content']['application/json'];
export type PublicProjectDetail = ProjectDetail['responses'][200]['content']['application/json'];
export type PublicDecision = PublicProjectDetail['decisions'][number];
export type OwnerType = NonNullable<ListQuery['ownerType']>;

/**
 * The optional filters of the public list (beside q, page and pageSize: docs/domain/public-contracts.md,
 * "The public project list"), as the form and the address hold them: text, empty when not chosen.
 */
export interface ProjectFilters {
  priority: string;
  ownerType: string;
  municipality: string;
  year: string;
}
export const NO_FILTERS: ProjectFilters = { priority: '', ownerType: '', municipality: '', year: '' };
export const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof ProjectFilters)[];

/** The query string of a search: empty values are left out. */
export function searchParams(q: string, filters: ProjectFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}

/**
 * The list's query: empty values are left out. The filters come from the address as text and go to the
 * server as they are; it answers 400 for an owner type or a year it does not know.
 */
function listQuery(q: string, filters: ProjectFilters, page: number): ListQuery {
  return {
    ...(q ? { q } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.ownerType ? { ownerType: filters.ownerType as OwnerType } : {}),
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
    ...(filters.year ? { year: Number(filters.year) } : {}),
    page,
    pageSize: 20,
  };
}

export const searchPublicProjects = (
  q: string,
  filters: ProjectFilters,
  page: number,
  lang: string,
  signal?: AbortSignal,
) =>
  dataOf(
    api.GET('/api/v1/public/projects', {
      params: { query: listQuery(q, filters, page) },
      ...callOptions({ lang, signal }),
    }),
  );

export const getFilterOptions = (lang: string, signal?: AbortSignal) =>
  dataOf(api.GET('/api/v1/public/project-filters', callOptions({ lang, signal })));

export const getPublicProject = (id: string, lang: string, signal?: AbortSignal) =>
  dataOf(api.GET('/api/v1/public/projects/{id}', { params: { path: { id } }, ...callOptions({ lang, signal }) }));
