import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { loadErrorText, useLoad } from '../../use-load.js';
import { DeadlineLine, StageBadge } from './Badges.js';
import { getStateDecision, type Allocation } from './state-allocations-api.js';
import { useStateAllocationTexts } from './texts.js';
import './state-allocations.css';
import { sek } from '../../money.js';

/** One state decision: its facts, and the allocation table recipient × year with each cell's status. */
export function StateDecisionPage() {
  const { id = '' } = useParams();
  const { t: common, lang } = useI18n();
  const t = useStateAllocationTexts();
  const { opts } = useSession();
  const { data: decision, error } = useLoad((signal) => getStateDecision(id, { ...opts, signal }), [id, opts]);

  useEffect(() => {
    document.title = `${decision ? decision.reference : t.title} – ${common.appName}`;
  }, [t, common, decision]);

  if (error)
    return (
      <>
        <h1>{t.title}</h1>
        <div role="alert" className="error-summary">
          {loadErrorText(error, t.loadError)}
        </div>
      </>
    );
  if (!decision) return <p>{t.loading}</p>;
  const untracked = decision.recipients.filter((r) => !r.tracked).length;
  return (
    <>
      <p>
        <Link to="/statliga-medel">{t.back}</Link>
      </p>
      <h1>{decision.title}</h1>
      <h2>{t.facts}</h2>
      <dl className="sa-facts">
        <dt>{t.reference}</dt>
        <dd>{decision.reference}</dd>
        <dt>{t.issuer}</dt>
        <dd>{[decision.issuer, decision.ministry].filter(Boolean).join(', ')}</dd>
        <dt>{t.decidedOn}</dt>
        <dd>{decision.decidedOn}</dd>
        <dt>{t.years}</dt>
        <dd>
          {decision.yearFrom}–{decision.yearTo}
        </dd>
        <dt>{t.perYear}</dt>
        <dd>{sek(decision.perRecipientPerYearOre)}</dd>
        <dt>{t.recipients}</dt>
        <dd>{decision.recipientCount}</dd>
        {decision.appropriationText && (
          <>
            <dt>{t.appropriation}</dt>
            <dd>{decision.appropriationText}</dd>
          </>
        )}
        {decision.requisitionTo && (
          <>
            <dt>{t.requisitionTo}</dt>
            <dd>{decision.requisitionTo}</dd>
          </>
        )}
        {decision.reservation && (
          <>
            <dt>{t.reservation}</dt>
            <dd>{decision.reservation}</dd>
          </>
        )}
        {decision.signatories.length > 0 && (
          <>
            <dt>{t.signatories}</dt>
            <dd>{decision.signatories.join(', ')}</dd>
          </>
        )}
        {decision.relatedReferences.length > 0 && (
          <>
            <dt>{t.relatedReferences}</dt>
            <dd>{decision.relatedReferences.join(', ')}</dd>
          </>
        )}
      </dl>
      {decision.conditions.length > 0 && (
        <section aria-labelledby="conditions-title">
          <h2 id="conditions-title">{t.conditions}</h2>
          <ol>
            {decision.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </section>
      )}
      {decision.yearWarnings.length > 0 && (
        <section aria-labelledby="year-warnings-title" className="sa-warning">
          <h2 id="year-warnings-title">{t.yearWarnings}</h2>
          <ul>
            {decision.yearWarnings.map((w) => (
              <li key={`${w.year}-${w.code}`}>{w.message[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      <h2 id="allocation-table-title">{t.tableTitle}</h2>
      <p>{t.tableIntro}</p>
      {untracked > 0 && <p>{t.notTrackedNote(untracked)}</p>}
      <table className="sa-matrix" aria-labelledby="allocation-table-title">
        <thead>
          <tr>
            <th scope="col">{t.recipient}</th>
            {decision.years.map((y) => (
              <th scope="col" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {decision.recipients.map((r) => (
            <tr key={r.id} className={r.own ? 'sa-own' : undefined}>
              <th scope="row">
                {r.name} {r.own && <span>{t.ownMark}</span>}
              </th>
              {decision.years.map((y) => {
                const a = r.allocations.find((x) => x.year === y);
                return <td key={y}>{a ? <Cell allocation={a} /> : null}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Cell({ allocation: a }: { allocation: Allocation }) {
  const t = useStateAllocationTexts();
  const { lang } = useI18n();
  return (
    <>
      <StageBadge stage={a.stage} />
      {a.requisitionedOre !== null && <span className="nowrap">{sek(a.requisitionedOre)}</span>}
      {a.nextDeadline && (
        <span>
          <DeadlineLine deadline={a.nextDeadline} />
        </span>
      )}
      {a.warnings.length > 0 && <span>{a.warnings.map((w) => w.message[lang]).join(' ')}</span>}
      {a.editable && (
        <Link to={`/statliga-medel/tilldelning/${a.id}`} aria-label={`${t.record(a.year)}, ${a.recipient.name}`}>
          {t.record(a.year)}
        </Link>
      )}
    </>
  );
}
