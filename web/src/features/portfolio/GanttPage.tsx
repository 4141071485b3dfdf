import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { loadErrorText, useLoad } from '../../use-load.js';
import { ChartFigure } from './ChartFigure.js';
import { GanttChart } from './GanttChart.js';
import { getGantt, type Gantt } from './portfolio-api.js';
import { usePortfolioTexts } from './texts.js';
import './portfolio.css';

/**
 * A project's time plan (docs/domain/life-of-a-grant.md, "The web app"): the activities of the plan in force as a Gantt
 * chart and a table.
 */
export function GanttPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const pt = usePortfolioTexts();
  const { opts, session } = useSession();
  const { data, error } = useLoad((signal) => getGantt(projectId, { ...opts, signal }), [projectId, opts]);
  useEffect(() => {
    document.title = `${data ? pt.ganttTitle(data.project.name) : pt.timePlan} – ${t.appName}`;
  }, [data, pt, t]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {loadErrorText(error, pt.ganttError)}
      </div>
    );
  if (!data) return <p>{pt.ganttLoading}</p>;
  const p = data.project;
  return (
    <>
      <h1>{pt.ganttTitle(p.acronym && !p.name.includes(p.acronym) ? `${p.name} (${p.acronym})` : p.name)}</h1>
      <dl className="facts">
        <dt>{pt.owner}</dt>
        <dd>{p.owner}</dd>
        <dt>{pt.period}</dt>
        <dd>{p.periodStart && p.periodEnd ? `${p.periodStart} – ${p.periodEnd}` : pt.undated}</dd>
        {p.grantedOre !== null && (
          <>
            <dt>{pt.granted}</dt>
            <dd>{formatSek(ore(p.grantedOre))}</dd>
          </>
        )}
        <dt>{pt.plan}</dt>
        <dd>{data.plan ? pt.planVersion(data.plan.label, data.plan.versionNo) : pt.noPlan}</dd>
      </dl>
      <ChartFigure
        title={pt.chartTitle}
        description={pt.chartDesc(data.activities.length, p.periodStart ?? '…', p.periodEnd ?? '…')}
        chart={<GanttChart data={data} />}
        table={<ActivityTable data={data} />}
      />
      {session?.user.can.portfolio && (
        <p>
          <Link to="/portfolj">{pt.backToPortfolio}</Link>
        </p>
      )}
    </>
  );
}

function ActivityTable({ data }: { data: Gantt }) {
  const pt = usePortfolioTexts();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{pt.activityNo}</th>
          <th scope="col">{pt.activity}</th>
          <th scope="col">{pt.start}</th>
          <th scope="col">{pt.end}</th>
          <th scope="col" className="num">
            {pt.cost}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.activities.map((a) => (
          <tr key={a.number}>
            <td>{a.number}</td>
            <th scope="row" className={a.parentNumber ? 'sub-activity' : undefined}>
              {a.title}
              {a.parentNumber && <span className="visually-hidden"> ({pt.partOf(a.parentNumber)})</span>}
            </th>
            <td className="nowrap">{a.start ?? ''}</td>
            <td className="nowrap">{a.end ?? ''}</td>
            <td className="num nowrap">{a.costOre === null ? '' : formatSek(ore(a.costOre))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
