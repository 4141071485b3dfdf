import { useEffect, useState } from 'react';
import { api, callOptions, dataOf, type paths } from '../../api/client.js';
import { useSession } from '../../session.js';

/** One funder of GET /api/v1/my/funders, with the person's roles there (the contract's shape). */
export type MyFunder =
  paths['/api/v1/my/funders']['get']['responses'][200]['content']['application/json']['items'][number];

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
    dataOf(api.GET('/api/v1/my/funders', callOptions({ ...opts, signal: abort.signal }))).then(
      (r) => setFunders(r.items),
      () => {
        if (!abort.signal.aborted) setFunders([]);
      },
    );
    return () => abort.abort();
  }, [opts, session]);
  return funders;
}
