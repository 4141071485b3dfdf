/** The public API's contract (SPEC §9). */
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
  ) {
    super(detail);
  }
}

export async function getJson<T>(url: string, lang: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json', 'accept-language': lang }, signal });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiProblem(res.status, problem.detail ?? res.statusText);
  }
  return (await res.json()) as T;
}

export const listPublicProjects = (q: string, page: number, lang: string, signal?: AbortSignal) =>
  getJson<Page<PublicProject>>(
    `/api/v1/public/projects?${new URLSearchParams({ q, page: String(page), pageSize: '20' }).toString()}`,
    lang,
    signal,
  );
