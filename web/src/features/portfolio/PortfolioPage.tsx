import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { BarChart, BarTable, type Bar } from './BarChart.js';
import { ChartFigure } from './ChartFigure.js';
import { CommitmentChart, CommitmentTable } from './CommitmentChart.js';
import { csvUrl, getPortfolio, type Portfolio, type PortfolioFilters } from './portfolio-api.js';
import { usePortfolioTexts } from './texts.js';
import { useCallTexts } from '../calls/texts.js';
import './portfolio.css';

/**
 * The portfolio dashboard (docs/domain/life-of-a-grant.md, "The web app"): granted per priority, year, municipality and
 * owner type; commitments.
 */
export function PortfolioPage() {
  const { t } = useI18n();
  const pt = usePortfolioTexts();
  const callTexts = useCallTexts();
  const { opts } = useSession();
  const [params, setParams] = useSearchParams();
  const filters: PortfolioFilters = useMemo(
    () => ({
      year: params.get('year') ?? '',
      priority: params.get('priority') ?? '',
      appropriation: params.get('appropriation') ?? '',
      callId: params.get('callId') ?? '',
    }),
    [params],
  );
  const [data, setData] = useState<Portfolio | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${pt.title} – ${t.appName}`;
  }, [pt, t]);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getPortfolio(filters, { ...opts, signal: controller.signal })
      .then(setData)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof ApiProblem ? `${pt.error} ${e.detail}` : pt.error);
      });
    return () => controller.abort();
  }, [filters, opts, pt]);

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['year', 'priority', 'appropriation', 'callId']) {
      const v = form.get(key);
      if (typeof v === 'string' && v) next.set(key, v);
    }
    setParams(next);
  };

  return (
    <>
      <h1>{pt.title}</h1>
      <p className="lead">{pt.intro}</p>
      {data && (
        <form className="portfolio-filters" onSubmit={onSubmit} aria-label={pt.filters} key={params.toString()}>
          <Select
            name="year"
            label={pt.year}
            value={filters.year}
            all={pt.all}
            options={data.options.years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <Select
            name="priority"
            label={pt.priority}
            value={filters.priority}
            all={pt.all}
            options={data.options.priorities.map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }))}
          />
          <Select
            name="appropriation"
            label={pt.appropriation}
            value={filters.appropriation}
            all={pt.all}
            options={data.options.appropriations.map((a) => ({ value: a.id, label: a.label }))}
          />
          <Select
            name="callId"
            label={callTexts.callFilter}
            value={filters.callId}
            all={callTexts.allCallsFilter}
            options={data.options.calls.map((c) => ({ value: c.id, label: c.title }))}
          />
          <button type="submit">{pt.show}</button>
        </form>
      )}
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!data && !error && <p>{pt.loading}</p>}
      {data && <Dashboard data={data} filters={filters} />}
    </>
  );
}

function Select(p: {
  name: string;
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${p.name}`}>{p.label}</label>
      <select id={`filter-${p.name}`} name={p.name} defaultValue={p.value}>
        <option value="">{p.all}</option>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Dashboard({ data, filters }: { data: Portfolio; filters: PortfolioFilters }) {
  const pt = usePortfolioTexts();
  const bars = {
    priority: data.byPriority.map((r): Bar => ({
      key: r.priorityId ?? '-',
      label: r.code ? `${r.code} ${r.title ?? ''}` : pt.noPriority,
      valueOre: r.grantedOre,
      count: r.projectCount,
    })),
    year: data.byYear.map((r): Bar => ({
      key: String(r.year),
      label: r.year === null ? pt.noYear : String(r.year),
      valueOre: r.grantedOre,
      count: r.projectCount,
    })),
    municipality: data.byMunicipality.map((r): Bar => ({
      key: r.code ?? '-',
      label: r.code === null ? pt.noMunicipality : (r.name ?? r.code),
      valueOre: r.grantedOre,
      count: r.projectCount,
    })),
    owner: data.byOwnerType.map((r): Bar => ({
      key: r.type,
      label: pt.ownerTypes[r.type] ?? r.type,
      valueOre: r.grantedOre,
      count: r.projectCount,
    })),
  };
  return (
    <>
      <p className="portfolio-total" aria-live="polite">
        {pt.totalLine(data.total.projectCount, formatSek(ore(data.total.grantedOre)))}
      </p>
      <div className="chart-grid">
        <ChartFigure
          title={pt.byPriority}
          description={pt.byPriorityDesc}
          csvHref={csvUrl('priorities', filters)}
          chart={<BarChart bars={bars.priority} />}
          table={<BarTable bars={bars.priority} labelHeader={pt.priority} countHeader={pt.projects} />}
        />
        <ChartFigure
          title={pt.byYear}
          description={pt.byYearDesc}
          csvHref={csvUrl('years', filters)}
          chart={<BarChart bars={bars.year} />}
          table={<BarTable bars={bars.year} labelHeader={pt.year} countHeader={pt.projects} />}
        />
        <ChartFigure
          title={pt.byOwnerType}
          description={pt.byOwnerTypeDesc}
          csvHref={csvUrl('owner-types', filters)}
          chart={<BarChart bars={bars.owner} />}
          table={<BarTable bars={bars.owner} labelHeader={pt.ownerType} countHeader={pt.projects} />}
        />
        <ChartFigure
          title={pt.byMunicipality}
          description={pt.byMunicipalityDesc}
          csvHref={csvUrl('municipalities', filters)}
          chart={<BarChart bars={bars.municipality} />}
          table={
            <BarTable
              bars={bars.municipality}
              labelHeader={pt.municipality}
              countHeader={pt.municipalityProjects}
              totalCount={data.total.projectCount}
            />
          }
        />
      </div>
      <ChartFigure
        title={pt.commitments}
        description={pt.commitmentsDesc}
        csvHref={csvUrl('appropriations', filters)}
        chart={<CommitmentChart rows={data.byAppropriation} />}
        table={<CommitmentTable rows={data.byAppropriation} />}
      />
    </>
  );
}
