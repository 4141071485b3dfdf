import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ProjectBankCallsLink } from './features/calls/ProjectBankCallsLink.js';
import { basisPoints, formatPercent, formatSek, kronor } from '../../src/domain/index.js';
import { ApiProblem } from './api.js';
import { useI18n } from './i18n.js';
import {
  FILTER_KEYS,
  getFilterOptions,
  NO_FILTERS,
  searchParams,
  searchPublicProjects,
  type FilterOptions,
  type ProjectFilters,
  type PublicProjectList,
  type PublicProject,
} from './features/projectbank/projectbank-api.js';
import { useProjectBankTexts, type ProjectBankTexts } from './features/projectbank/texts.js';

interface Query {
  q: string;
  page: number;
  filters: ProjectFilters;
}

function readQuery(): Query {
  const params = new URLSearchParams(window.location.search);
  const filters = { ...NO_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = params.get(key) ?? '';
  return { q: params.get('q') ?? '', page: Math.max(1, Number(params.get('page')) || 1), filters };
}

// The API gives the share in percent with at most two decimals: basis points are exact.
const share = (p: PublicProject): string =>
  p.maxSharePercent === null ? '' : formatPercent(basisPoints(Math.round(p.maxSharePercent * 100)));

/** The public project bank: search, filters, results with amounts of the decision in force, paging. */
export function ProjectBank() {
  const { t, lang } = useI18n();
  const pt = useProjectBankTexts();
  const [query, setQuery] = useState(readQuery);
  const [draft, setDraft] = useState(query.q);
  const [draftFilters, setDraftFilters] = useState(query.filters);
  const [options, setOptions] = useState<FilterOptions | null>(null);
  const [data, setData] = useState<PublicProjectList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    const onPop = () => {
      const next = readQuery();
      setQuery(next);
      setDraft(next.q);
      setDraftFilters(next.filters);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    // Without the options the filters are simply not offered; the list works regardless.
    getFilterOptions(lang, controller.signal).then(setOptions, () => undefined);
    return () => controller.abort();
  }, [lang]);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    searchPublicProjects(query.q, query.filters, query.page, lang, controller.signal)
      .then(setData)
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiProblem ? `${t.error} ${e.detail}` : t.error);
      });
    return () => controller.abort();
  }, [query, lang, t]);

  const go = (next: Query) => {
    const params = searchParams(next.q, next.filters, next.page > 1 ? { page: String(next.page) } : {});
    window.history.pushState(null, '', `${window.location.pathname}${params.size ? `?${params.toString()}` : ''}`);
    setQuery(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: draft.trim(), page: 1, filters: draftFilters });
  };
  const clear = () => {
    setDraftFilters(NO_FILTERS);
    go({ q: query.q, page: 1, filters: NO_FILTERS });
  };
  const filtered = FILTER_KEYS.some((k) => query.filters[k] !== '');
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ProjectBankCallsLink />
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
        {options && <Filters options={options} value={draftFilters} onChange={setDraftFilters} texts={pt} />}
      </form>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      <p aria-live="polite" className="count">
        {data ? t.results(data.total, query.q) : error ? '' : t.loading}
      </p>
      {filtered && (
        <p>
          <button type="button" className="secondary" onClick={clear}>
            {pt.clear}
          </button>
        </p>
      )}
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
                  <Link to={`/projekt/${p.id}`}>{p.name}</Link>
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
      <h2>{pt.downloads}</h2>
      <ul className="plain-list">
        <li>
          <a href={`/api/v1/public/export/projects.csv?${searchParams(query.q, query.filters).toString()}`}>
            {pt.downloadList}
          </a>
        </li>
        <li>
          <a href="/api/v1/public/export/360giving.json">{pt.download360}</a>
        </li>
        <li>
          <a href="/api/v1/public/export/360giving.csv">{pt.download360Csv}</a>
        </li>
        <li>
          <a href="/api/v1/public/export/eu-art49.csv">{pt.downloadArt49}</a>
        </li>
      </ul>
      <p className="muted">
        {t.openData}: <a href="/api/v1/public/projects">/api/v1/public/projects</a> ·{' '}
        <a href="/api/docs">{t.apiDocs}</a>
      </p>
    </>
  );
}

/** The four optional filters; they apply with the search button, so choosing one never moves the page. */
function Filters(props: {
  options: FilterOptions;
  value: ProjectFilters;
  onChange: (f: ProjectFilters) => void;
  texts: ProjectBankTexts;
}) {
  const { options, value, onChange, texts: pt } = props;
  const id = useId();
  const select = (key: keyof ProjectFilters, label: string, choices: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        name={key}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      >
        <option value="">{pt.all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="filters">
      <legend>{pt.filters}</legend>
      <div className="field-row">
        {select(
          'priority',
          pt.priority,
          options.priorities.map((p) => ({ value: p.code, label: `${p.code} ${p.title}` })),
        )}
        {select(
          'ownerType',
          pt.ownerType,
          options.ownerTypes.map((o) => ({ value: o, label: pt.ownerTypes[o] ?? o })),
        )}
        {select(
          'municipality',
          pt.municipality,
          options.municipalities.map((m) => ({ value: m.code, label: m.name })),
        )}
        {select(
          'year',
          pt.year,
          options.years.map((y) => ({ value: String(y), label: String(y) })),
        )}
      </div>
      <button type="submit">{pt.apply}</button>
    </fieldset>
  );
}
