import { useEffect, useState } from 'react';
import { useSession } from '../../session.js';
import { listStaffCalls, type StaffCall } from './calls-api.js';
import { useCallTexts } from './texts.js';

/** The calls of the funders the signed-in person works for (empty while loading or when there are none). */
export function useStaffCalls(): StaffCall[] {
  const { opts, session } = useSession();
  const [calls, setCalls] = useState<StaffCall[]>([]);
  useEffect(() => {
    if (!session) return;
    const abort = new AbortController();
    listStaffCalls({ ...opts, signal: abort.signal }).then(
      (r) => setCalls(r.items),
      () => undefined,
    );
    return () => abort.abort();
  }, [opts, session]);
  return calls;
}

/** "Utlysning": a select of the person's calls for a list's filter; nothing when there are no calls. */
export function CallFilter(p: { id: string; value: string; onChange: (callId: string) => void }) {
  const x = useCallTexts();
  const calls = useStaffCalls();
  if (calls.length === 0) return null;
  return (
    <>
      <label htmlFor={p.id}>{x.callFilter}</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">{x.allCallsFilter}</option>
        {calls.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
    </>
  );
}
