import { useEffect, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n.js';
import { letterPreviewUrl, letterUrl } from './case-api.js';
import { ApplicationSummary } from './CaseWorkPanels.js';
import { DecisionApproval } from './DecisionApproval.js';
import { DecisionEditor } from './DecisionEditor.js';
import { DecisionNotice } from './DecisionNotice.js';
import { DecisionTerms } from './DecisionTerms.js';
import { FindingsList } from './FindingsList.js';
import { useCaseTexts } from './texts.js';
import { useDecision } from './use-decision.js';

/**
 * The decision (docs/domain/life-of-a-grant.md, "4. Decision"): the officer drafts it with live checks and a preview of
 * the letter and proposes it; the decision maker approves it (or returns it); once made it is read-only with its
 * letter. Who may do which is the server's answer (the workspace's `actions`).
 */
export function DecisionPage() {
  const { caseId = '' } = useParams();
  const { t } = useI18n();
  const c = useCaseTexts();
  const d = useDecision(caseId);
  const { work, decision, form, converted, serverFindings, busy } = d;

  useEffect(() => {
    document.title = `${c.decisionTitle} – ${t.appName}`;
  }, [c, t]);

  if (work.error)
    return (
      <div className="error-summary" role="alert">
        {work.error.detail || c.loadError}
      </div>
    );
  if (!work.workspace || !form || !converted) return <p>{t.loadingPage}</p>;
  const w = work.workspace;
  const status = decision?.status ?? 'new';
  const editable = (status === 'new' || status === 'draft') && w.actions.draftDecision;
  const decides = status === 'proposed' && w.actions.approveDecision;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void d.save();
  };
  const overdrawn = serverFindings?.some((f) => f.code === 'commitment.overdrawn') ?? false;

  return (
    <>
      <p>
        <Link to={`/arenden/${caseId}`}>{c.backToCase}</Link>
      </p>
      <h1>
        {c.decisionTitle}: {w.case.title}
      </h1>
      <p className="muted">
        {w.case.diaryNumber} · {w.case.applicant.name}
        {decision && ` · ${c.decisionStatus(decision.status)}`}
      </p>
      <DecisionNotice notice={d.notice} alertRef={d.alertRef} onReload={d.reloadAfterConflict} />
      {decision?.approvedAt && (
        <div className="box">
          <p>{c.approvedNotice(decision.decisionDate ?? '')}</p>
          <p>
            <a href={letterUrl(decision.id)}>{c.letter}</a>
          </p>
        </div>
      )}
      {!editable && status === 'new' && <p>{c.notDraftable}</p>}
      <div className="two-columns">
        <div>
          {editable ? (
            <DecisionEditor
              form={form}
              errors={converted.errors}
              workspace={w}
              update={d.update}
              onSubmit={onSubmit}
              busy={busy}
            />
          ) : (
            decision && <DecisionTerms decision={decision} workspace={w} />
          )}
          {editable && (
            <div className="actions">
              {decision && !d.dirty && (
                <a href={letterPreviewUrl(decision.id)} target="_blank" rel="noreferrer">
                  {c.preview}
                </a>
              )}
              <button type="button" disabled={busy} onClick={() => void d.propose()}>
                {c.propose}
              </button>
            </div>
          )}
          {decides && decision && (
            <DecisionApproval
              decisionId={decision.id}
              overdrawn={overdrawn}
              overrideReason={d.overrideReason}
              setOverrideReason={d.setOverrideReason}
              busy={busy}
              onApprove={d.approve}
              onReturn={d.sendBack}
            />
          )}
          {status === 'proposed' && !w.actions.approveDecision && <p>{c.readOnlyProposal}</p>}
        </div>
        <aside aria-label={c.checks}>
          {editable && <FindingsList id="checks-live" title={c.checksLive} findings={d.live} />}
          {serverFindings && !decision?.approvedAt && (
            <FindingsList id="checks-server" title={c.checksServer} findings={serverFindings} />
          )}
          {work.application && <ApplicationSummary application={work.application} />}
        </aside>
      </div>
    </>
  );
}
