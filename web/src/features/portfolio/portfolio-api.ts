import { request, type RequestOptions } from '../../api.js';

/** GET /api/v1/portfolio (src/server/modules/portfolio/portfolio.routes.ts). Amounts in öre. */
export interface Group {
  projectCount: number;
  grantedOre: number;
}
export interface Portfolio {
  filters: { year: number | null; priorityId: string | null; appropriationId: string | null; callId: string | null };
  total: Group;
  byPriority: (Group & { priorityId: string | null; code: string | null; title: string | null })[];
  byYear: (Group & { year: number | null })[];
  byMunicipality: (Group & { code: string | null; name: string | null; county: string | null })[];
  byOwnerType: (Group & { type: string })[];
  byAppropriation: {
    appropriationId: string;
    label: string;
    year: number;
    budgetOre: number | null;
    committedOre: number;
    paidOre: number;
    remainingOre: number;
  }[];
  options: {
    years: number[];
    priorities: { id: string; code: string; title: string }[];
    appropriations: { id: string; label: string }[];
    calls: { id: string; title: string }[];
  };
}

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

export const getPortfolio = (f: PortfolioFilters, o: RequestOptions) =>
  request<Portfolio>('GET', `/api/v1/portfolio${filterQuery(f)}`, o);

export type CsvTable = 'priorities' | 'years' | 'municipalities' | 'owner-types' | 'appropriations';
export const csvUrl = (table: CsvTable, f: PortfolioFilters) => `/api/v1/portfolio/${table}.csv${filterQuery(f)}`;

/** GET /api/v1/projects/:projectId/gantt. */
export interface GanttActivity {
  number: string;
  parentNumber: string | null;
  title: string;
  start: string | null;
  end: string | null;
  costOre: number | null;
}
export interface Gantt {
  project: {
    id: string;
    name: string;
    acronym: string | null;
    owner: string;
    periodStart: string | null;
    periodEnd: string | null;
    grantedOre: number | null;
    status: string;
  };
  plan: { id: string; versionNo: number; label: string | null; decisionId: string | null } | null;
  activities: GanttActivity[];
  today: string;
}

export const getGantt = (projectId: string, o: RequestOptions) =>
  request<Gantt>('GET', `/api/v1/projects/${projectId}/gantt`, o);
