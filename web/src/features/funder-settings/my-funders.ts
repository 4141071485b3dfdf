import { useEffect, useState } from 'react';
import { request } from '../../api.js';
import { useSession } from '../../session.js';

export interface MyFunder {
  id: string;
  name: string;
  committee: string;
  roles: string[];
}

/**
 * The funders the signed-in person works for (GET /api/v1/my/funders), for pages that act on "my
 * funder": undefined while loading, then the list (empty for applicants and a new installation).
 */
export function useMyFunders(): MyFunder[] | undefined {
  const { opts, session } = useSession();
  const [funders, setFunders] = useState<MyFunder[] | undefined>(undefined);
  useEffect(() => {
    if (!session) return;
    const abort = new AbortController();
    request<{ items: MyFunder[] }>('GET', '/api/v1/my/funders', { ...opts, signal: abort.signal }).then(
      (r) => setFunders(r.items),
      () => {
        if (!abort.signal.aborted) setFunders([]);
      },
    );
    return () => abort.abort();
  }, [opts, session]);
  return funders;
}
