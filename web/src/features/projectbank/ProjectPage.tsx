import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { basisPoints, formatPercent } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { getPublicProject, type PublicDecision, type PublicProjectDetail } from './projectbank-api.js';
import { useProjectBankTexts, type ProjectBankTexts } from './texts.js';
import { sekFromKronor as sek } from '../../money.js';

// The API gives percent with at most two decimals: basis points are exact.
const percent = (p: number | null): string => (p === null ? '' : formatPercent(basisPoints(Math.round(p * 100))));
const period = (start: string | null, end: string | null): string => (start && end ? `${start} – ${end}` : '');

/** A granted project as the public sees it: the decision in force, what the project does, its decisions. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const pt = useProjectBankTexts();
  const [project, setProject] = useState<PublicProjectDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    getPublicProject(id, lang, controller.signal)
      .then(setProject)
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e instanceof ApiProblem && e.status === 404 ? pt.notFound : pt.error);
      });
    return () => controller.abort();
  }, [id, lang, pt]);

  useEffect(() => {
    document.title = `${project?.name ?? pt.loading} – ${t.appName}`;
  }, [project, pt, t]);

  if (error) {
    return (
      <>
        <h1>{error}</h1>
        <p>
          <Link to="/">{pt.backToList}</Link>
        </p>
      </>
    );
  }
  if (!project) return <p aria-live="polite">{pt.loading}</p>;
  const p = project;
  return (
    <>
      <p>
        <Link to="/">{pt.backToList}</Link>
      </p>
      <h1>{p.name}</h1>
      {p.summary && <p className="lead">{p.summary}</p>}

      <h2>{pt.facts}</h2>
      <dl className="facts">
        <dt>{pt.owner}</dt>
        <dd>
          {p.owner.name}
          {p.owner.orgNumber && <span className="muted">, {p.owner.orgNumber}</span>}
        </dd>
        <dt>{pt.funder}</dt>
        <dd>
          {p.funder.name}, {p.funder.committeeName.toLowerCase()}
        </dd>
        <dt>{pt.granted}</dt>
        <dd>{sek(p.amountSek)}</dd>
        {p.maxSharePercent !== null && (
          <>
            <dt>{pt.maxShare}</dt>
            <dd>{percent(p.maxSharePercent)}</dd>
          </>
        )}
        {p.approvedCostsSek !== null && (
          <>
            <dt>{pt.approvedCosts}</dt>
            <dd>{sek(p.approvedCostsSek)}</dd>
          </>
        )}
        <dt>{pt.period}</dt>
        <dd>{period(p.periodStart, p.periodEnd)}</dd>
        {p.priority && (
          <>
            <dt>{pt.priorityFact}</dt>
            <dd>
              {p.priority.code} {p.priority.title}
            </dd>
          </>
        )}
        {p.programme && (
          <>
            <dt>{pt.programme}</dt>
            <dd>{p.programme.name}</dd>
          </>
        )}
        <dt>{pt.municipalities}</dt>
        <dd>{p.municipalities.length === 0 ? pt.noMunicipalities : p.municipalities.map((m) => m.name).join(', ')}</dd>
      </dl>

      {(p.description || p.purpose || p.goals) && (
        <>
          <h2>{pt.about}</h2>
          {p.description && <p>{p.description}</p>}
          {p.purpose && (
            <>
              <h3>{pt.purpose}</h3>
              <p>{p.purpose}</p>
            </>
          )}
          {p.goals && (
            <>
              <h3>{pt.goals}</h3>
              <p>{p.goals}</p>
            </>
          )}
        </>
      )}

      <h2>{pt.activities}</h2>
      {p.activities.length === 0 ? (
        <p>{pt.noActivities}</p>
      ) : (
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
            {p.activities.map((a) => (
              <tr key={a.number}>
                <td>{a.number}</td>
                <th scope="row">{a.title}</th>
                <td className="nowrap">{a.start}</td>
                <td className="nowrap">{a.end}</td>
                <td className="num">{sek(a.costSek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{pt.decisions}</h2>
      <p className="hint">{pt.decisionsIntro}</p>
      {p.decisions.map((d, i) => (
        <Decision key={i} d={d} texts={pt} />
      ))}
    </>
  );
}

function Decision({ d, texts: pt }: { d: PublicDecision; texts: ProjectBankTexts }) {
  const how = [
    // A committee's decision names the committee; its capacity ("nämnd") would only repeat it.
    d.capacity && d.decidedBy && !d.decidedBy.toLowerCase().includes(d.capacity.toLowerCase())
      ? `${d.decidedBy}, ${d.capacity}`
      : d.decidedBy,
    d.authority === 'urgent'
      ? pt.urgent
      : d.delegationPoint && d.authority !== 'committee'
        ? pt.onDelegation(d.delegationPoint)
        : null,
    d.meetingDate ? pt.atMeeting(d.meetingDate) : null,
  ]
    .filter(Boolean)
    .join(', ');
  const terms = [
    d.amountSek !== null ? `${pt.granted}: ${sek(d.amountSek)}` : null,
    d.maxSharePercent !== null ? `${pt.maxShare}: ${percent(d.maxSharePercent)}` : null,
    d.approvedCostsSek !== null ? `${pt.approvedCosts}: ${sek(d.approvedCostsSek)}` : null,
    d.periodStart && d.periodEnd ? `${pt.period}: ${period(d.periodStart, d.periodEnd)}` : null,
  ].filter((x): x is string => x !== null);
  return (
    <section className="box" aria-label={`${pt.decisionKind(d.kind)} ${d.decisionDate ?? ''}`}>
      <h3>
        {pt.decisionKind(d.kind)} {d.decisionDate}
      </h3>
      <dl className="facts">
        {d.diaryNumber && (
          <>
            <dt>{pt.diaryNumber}</dt>
            <dd>{d.diaryNumber}</dd>
          </>
        )}
        {how && (
          <>
            <dt>{pt.decidedBy}</dt>
            <dd>{how}</dd>
          </>
        )}
        {d.legalBasis.length > 0 && (
          <>
            <dt>{pt.legalBasis}</dt>
            <dd>{d.legalBasis.map((sfs) => `SFS ${sfs}`).join(', ')}</dd>
          </>
        )}
        {d.changes && (
          <>
            <dt>{pt.changes}</dt>
            <dd>{d.changes}</dd>
          </>
        )}
        {terms.length > 0 && (
          <>
            <dt>{pt.terms}</dt>
            <dd>
              {terms.join('; ')}
              {d.kind === 'amend' ? `. ${pt.unchanged}` : ''}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
