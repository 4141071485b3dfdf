import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiProblem, getCaseTimeline, type CaseTimeline } from '../api.js';
import { useI18n } from '../i18n.js';
import { kindLabel, statusLabel } from '../labels.js';
import { useSession } from '../session.js';
import { ApplicationSummary, AssignmentPanel, DecisionsPanel, OutboxPanel } from '../features/cases/CaseWorkPanels.js';
import { useCaseTexts } from '../features/cases/texts.js';
import { useCaseWork } from '../features/cases/use-case-work.js';
import { usePortfolioTexts } from '../features/portfolio/texts.js';
import { Link } from 'react-router';
import { CaseAmendmentLinks } from '../features/amendments/CaseAmendmentLinks.js';
import { CasePaymentLinks } from '../features/payments/CasePaymentLinks.js';
import { AttachmentsPanel } from '../features/attachments/AttachmentsPanel.js';
import { CaseDocumentsPanel } from '../features/cases/CaseDocumentsPanel.js';
import { CaseConversationPanel } from '../features/messages/CaseConversationPanel.js';

const timeFormat = (lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });

/**
 * The case page (docs/domain/life-of-a-grant.md, "The web app"): the case and a timeline of every event and document,
 * read from the audit trail.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const [data, setData] = useState<CaseTimeline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const work = useCaseWork(caseId);
  const ct = useCaseTexts();
  const pt = usePortfolioTexts();

  useEffect(() => {
    const controller = new AbortController();
    getCaseTimeline(caseId, { ...opts, signal: controller.signal })
      .then(setData)
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setError(e instanceof ApiProblem ? `${t.timelineError} ${e.detail}` : t.timelineError);
      });
    return () => controller.abort();
  }, [caseId, opts, t, work.workspace]);
  useEffect(() => {
    if (data) document.title = `${data.case.title} – ${t.appName}`;
  }, [data, t]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!data) return <p>{t.loadingPage}</p>;
  const c = data.case;
  return (
    <>
      <h1>{c.title}</h1>
      <dl className="facts">
        <dt>{t.diaryNumber}</dt>
        <dd>{c.diaryNumber ?? t.draftNoNumber}</dd>
        <dt>{t.status}</dt>
        <dd>
          {kindLabel(c.kind, lang)} · {statusLabel(c.status, lang)}
        </dd>
        {work.workspace && (
          <>
            <dt>{ct.applicant}</dt>
            <dd>
              {work.workspace.case.applicant.name}
              {work.workspace.case.applicant.orgNumber ? ` (${work.workspace.case.applicant.orgNumber})` : ''}
            </dd>
            <dt>{ct.received}</dt>
            <dd>{work.workspace.case.receivedOn ?? ''}</dd>
            <dt>{ct.due}</dt>
            <dd>{work.workspace.case.dueDate ?? ''}</dd>
            <dt>{ct.officer}</dt>
            <dd>{work.workspace.case.officer?.displayName ?? ct.nobody}</dd>
          </>
        )}
        {c.externalIds.length > 0 && (
          <>
            <dt>{t.externalIds}</dt>
            <dd>{c.externalIds.map((x) => `${x.system} ${x.externalId}`).join(', ')}</dd>
          </>
        )}
      </dl>
      {c.projectId && (
        <p>
          <Link to={`/projekt/${c.projectId}/tidplan`}>{pt.timePlan}</Link>
        </p>
      )}
      {work.workspace && (
        <>
          <section aria-labelledby="work-heading">
            <h2 id="work-heading">{ct.work}</h2>
            {c.kind !== 'amendment_request' && (
              <ul className="action-links">
                <li>
                  <Link to={`/arenden/${c.id}/bedomning`}>{ct.toAssessment}</Link>
                </li>
                <li>
                  <Link to={`/arenden/${c.id}/beslut`}>{ct.toDecision}</Link>
                </li>
              </ul>
            )}
            <AssignmentPanel workspace={work.workspace} onChanged={work.reload} />
          </section>
          {work.application && <ApplicationSummary application={work.application} />}
          <CaseConversationPanel caseId={c.id} onChanged={work.reload} caseState={work.workspace} />
          <AttachmentsPanel caseId={c.id} />
          <CaseDocumentsPanel caseId={c.id} reloadKey={work.workspace} />
          <DecisionsPanel workspace={work.workspace} />
          <OutboxPanel caseId={c.id} />
        </>
      )}
      <CaseAmendmentLinks caseId={c.id} kind={c.kind} />
      <CasePaymentLinks caseId={c.id} />
      <h2>{t.timeline}</h2>
      <ol className="timeline">
        {data.items.map((item, i) => (
          <li key={`${item.entityId}-${i}`}>
            <time dateTime={item.at}>{timeFormat(lang).format(new Date(item.at))}</time>{' '}
            <strong>{item.label[lang]}</strong>
            {item.filename && <span> – {item.filename}</span>}
            {item.actor && <span className="muted"> · {item.actor}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
