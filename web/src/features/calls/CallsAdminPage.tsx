import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useSwedishTime } from './CallFacts.js';
import { listCalls, type Call } from './calls-api.js';
import { useCallFunders } from './use-call-funders.js';
import { useCallTexts } from './texts.js';
import './calls.css';

/** /admin/utlysningar: the funder's calls with their status and applications; "New call". */
export function CallsAdminPage() {
  const { t } = useI18n();
  const x = useCallTexts();
  const { opts } = useSession();
  const when = useSwedishTime();
  const funders = useCallFunders();
  const [params, setParams] = useSearchParams();
  const funder = funders?.find((f) => f.id === params.get('stodgivare')) ?? funders?.[0];
  const [calls, setCalls] = useState<Call[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${x.calls} – ${t.appName}`;
  }, [x, t]);
  useEffect(() => {
    if (!funder) return;
    const abort = new AbortController();
    setCalls(null);
    setError(null);
    listCalls(funder.id, { ...opts, signal: abort.signal })
      .then((r) => setCalls(r.items))
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof ApiProblem ? `${x.loadError} ${e.detail}` : x.loadError);
      });
    return () => abort.abort();
  }, [funder, opts, x]);

  if (!funders) return <p>{t.loadingPage}</p>;
  if (!funder) {
    return (
      <>
        <h1>{x.calls}</h1>
        <p>{x.noFunder}</p>
      </>
    );
  }
  const mayCreate = funder.roles.includes('administrator');
  return (
    <>
      <h1>{x.calls}</h1>
      <p className="lead">{x.adminIntro}</p>
      {funders.length > 1 && (
        <div className="field">
          <label htmlFor="calls-funder">{x.chooseFunder}</label>
          <select id="calls-funder" value={funder.id} onChange={(e) => setParams({ stodgivare: e.target.value })}>
            {funders.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {mayCreate && (
        <p>
          <Link className="button-link" to={`/admin/utlysningar/ny?stodgivare=${funder.id}`}>
            {x.newCall}
          </Link>
        </p>
      )}
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!calls && !error && <p>{x.loading}</p>}
      {calls && calls.length === 0 && <p>{x.noCalls}</p>}
      {calls && calls.length > 0 && (
        <table>
          <caption className="visually-hidden">{x.calls}</caption>
          <thead>
            <tr>
              <th scope="col">{x.title}</th>
              <th scope="col">{x.statusCol}</th>
              <th scope="col">{x.opens}</th>
              <th scope="col">{x.closes}</th>
              <th scope="col" className="num">
                {x.applications}
              </th>
              <th scope="col" className="num">
                {x.drafts}
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/admin/utlysningar/${c.id}`}>{c.title}</Link>
                </th>
                <td>{x.status(c.status, c.phase)}</td>
                <td>{when(c.opensAt)}</td>
                <td>{when(c.closesAt)}</td>
                <td className="num">{c.applicationCount}</td>
                <td className="num">{c.draftCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
