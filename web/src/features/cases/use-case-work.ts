import { useCallback, useEffect, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { getApplication, type ApplicationView } from '../applications/applications-api.js';
import { useSession } from '../../session.js';
import { getWorkspace, type Workspace } from './case-api.js';

export interface CaseWork {
  workspace: Workspace | null;
  application: ApplicationView | null;
  /** The problem's status: 403/404 mean the caller is not funder staff of this case. */
  error: { status: number; detail: string } | null;
  reload: () => void;
}

/** The workspace of a case and, for an application case, its submitted application: the officer's pages. */
export function useCaseWork(caseId: string): CaseWork {
  const { opts } = useSession();
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const [application, setApplication] = useState<ApplicationView | null>(null);
  const [error, setError] = useState<CaseWork['error']>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const o = { ...opts, signal: controller.signal };
    // Only an application case has an application (GET /applications/:caseId answers 404 for other kinds).
    getWorkspace(caseId, o)
      .then(
        async (w) =>
          [w, w.case.kind === 'application' ? await getApplication(caseId, o).catch(() => null) : null] as const,
      )
      .then(([w, a]) => {
        setWorkspace(w);
        setApplication(a);
        setError(null);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiProblem ? { status: e.status, detail: e.detail } : { status: 0, detail: '' });
      });
    return () => controller.abort();
  }, [caseId, opts, tick]);
  const reload = useCallback(() => setTick((x) => x + 1), []);
  return { workspace, application, error, reload };
}
