import type { RequestOptions } from '../../api.js';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';

// Typed from the OpenAPI document (web/src/api/schema.d.ts): the shapes below are the contract's. Amounts in öre.
type PortfolioGet = paths['/api/v1/portfolio']['get'];
type PortfolioQuery = NonNullable<PortfolioGet['parameters']['query']>;
type GanttGet = paths['/api/v1/projects/{projectId}/gantt']['get'];

/** GET /api/v1/portfolio (src/server/modules/portfolio/portfolio.routes.ts). */
export type Portfolio = PortfolioGet['responses'][200]['content']['application/json'];
/** GET /api/v1/projects/:projectId/gantt. */
export type Gantt = GanttGet['responses'][200]['content']['application/json'];
export type GanttActivity = Gantt['activities'][number];

export interface PortfolioFilters {
  year: string;
  priority: string;
  appropriation: string;
  callId: string;
}

export const filterQuery = (f: PortfolioFilters): string => {
  const q = new URLSearchParams();
  for (const key of ['year', 'priority', 'appropriation', 'callId'] as const) if (f[key]) q.set(key, f[key]);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/** The filters as the API takes them: empty ones are left out. */
const portfolioQuery = (f: PortfolioFilters): PortfolioQuery => ({
  ...(f.year ? { year: Number(f.year) } : {}),
  ...(f.priority ? { priority: f.priority } : {}),
  ...(f.appropriation ? { appropriation: f.appropriation } : {}),
  ...(f.callId ? { callId: f.callId } : {}),
});

export const getPortfolio = (f: PortfolioFilters, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/portfolio', { params: { query: portfolioQuery(f) }, ...callOptions(o) }));

export type CsvTable = 'priorities' | 'years' | 'municipalities' | 'owner-types' | 'appropriations';
// Every table's CSV is a path of the contract.
const _csvInContract: `/api/v1/portfolio/${CsvTable}.csv` extends keyof paths ? true : never = true;
export const csvUrl = (table: CsvTable, f: PortfolioFilters) => `/api/v1/portfolio/${table}.csv${filterQuery(f)}`;

export const getGantt = (projectId: string, o: RequestOptions) =>
  dataOf(api.GET('/api/v1/projects/{projectId}/gantt', { params: { path: { projectId } }, ...callOptions(o) }));
