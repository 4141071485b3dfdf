import { useEffect, useId, useState, type FormEvent } from 'react';
import { basisPoints, formatPercent, formatSek, kronor } from '../../src/domain/index.js';
import { ApiProblem, listPublicProjects, type Page, type PublicProject } from './api.js';
import { useI18n } from './i18n.js';

function readQuery(): { q: string; page: number } {
  const params = new URLSearchParams(window.location.search);
  return { q: params.get('q') ?? '', page: Math.max(1, Number(params.get('page')) || 1) };
}

// The API gives the share in percent with at most two decimals: basis points are exact.
const share = (p: PublicProject): string =>
  p.maxSharePercent === null ? '' : formatPercent(basisPoints(Math.round(p.maxSharePercent * 100)));

/** The public project bank: search, results with amounts of the decision in force, paging. */
export function ProjectBank() {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState(readQuery);
  const [draft, setDraft] = useState(query.q);
  const [data, setData] = useState<Page<PublicProject> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    const onPop = () => {
      const next = readQuery();
      setQuery(next);
      setDraft(next.q);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    listPublicProjects(query.q, query.page, lang, controller.signal)
      .then(setData)
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiProblem ? `${t.error} ${e.detail}` : t.error);
      });
    return () => controller.abort();
  }, [query, lang, t]);

  const go = (next: { q: string; page: number }) => {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.page > 1) params.set('page', String(next.page));
    window.history.pushState(null, '', `${window.location.pathname}${params.size ? `?${params.toString()}` : ''}`);
    setQuery(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: draft.trim(), page: 1 });
  };
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form role="search" onSubmit={submit} className="search">
        <label htmlFor="q">{t.searchLabel}</label>
        <p id={hintId} className="hint">
          {t.searchHint}
        </p>
        <div className="search-row">
          <input
            id="q"
            name="q"
            type="search"
            value={draft}
            aria-describedby={hintId}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t.search}</button>
        </div>
      </form>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      <p aria-live="polite" className="count">
        {data ? t.results(data.total, query.q) : error ? '' : t.loading}
      </p>
      {data && data.items.length === 0 && <p>{t.noResults}</p>}
      {data && data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.project}</th>
              <th scope="col">{t.owner}</th>
              <th scope="col" className="num">
                {t.granted}
              </th>
              <th scope="col" className="num">
                {t.maxShare}
              </th>
              <th scope="col">{t.period}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}
                  {p.acronym && !p.name.includes(p.acronym) ? <span className="muted"> ({p.acronym})</span> : null}
                </th>
                <td>
                  {p.owner}
                  {p.ownerOrgNumber && <span className="muted block">{p.ownerOrgNumber}</span>}
                </td>
                <td className="num">{formatSek(kronor(p.amountSek))}</td>
                <td className="num">{share(p)}</td>
                <td className="nowrap">{p.periodStart && p.periodEnd ? `${p.periodStart} – ${p.periodEnd}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && pages > 1 && (
        <nav aria-label={t.page(query.page, pages)} className="pager">
          <button type="button" disabled={query.page <= 1} onClick={() => go({ ...query, page: query.page - 1 })}>
            {t.previous}
          </button>
          <span>{t.page(query.page, pages)}</span>
          <button type="button" disabled={query.page >= pages} onClick={() => go({ ...query, page: query.page + 1 })}>
            {t.next}
          </button>
        </nav>
      )}
      <p className="muted">
        {t.openData}: <a href="/api/v1/public/projects">/api/v1/public/projects</a> ·{' '}
        <a href="/api/docs">{t.apiDocs}</a>
      </p>
    </>
  );
}
