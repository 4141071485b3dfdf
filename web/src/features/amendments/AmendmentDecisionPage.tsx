import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { approveDecision, letterUrl, proposeDecision, returnDecision } from '../cases/case-api.js';
import { FindingsList } from '../cases/FindingsList.js';
import { planBefore } from './amendment-decision-form.js';
import { AmendmentApproval } from './AmendmentApproval.js';
import { AmendmentDecisionBudget } from './AmendmentDecisionBudget.js';
import { AmendmentDecisionForm } from './AmendmentDecisionForm.js';
import { AmendmentNotice, LoadingNotice } from './AmendmentNotice.js';
import { AmendmentRequestSummary } from './AmendmentRequestSummary.js';
import { PlanDiffTable } from './PlanDiffTable.js';
import { liveDiff, livePeriodFindings } from './plan-form.js';
import { useAmendmentTexts } from './texts.js';
import { useAmendmentDecision } from './use-amendment-decision.js';

/**
 * The officer's amendment decision (docs/domain/life-of-a-grant.md, "5. Amendment"): drafted from the request, edited
 * with live checks and the side-by-side diff of the plan, proposed, then approved by the decision maker through the
 * decision flow.
 */
export function AmendmentDecisionPage() {
  const { caseId = '' } = useParams();
  const t = useAmendmentTexts();
  const { t: common } = useI18n();
  const { opts } = useSession();
  const d = useAmendmentDecision(caseId);
  const { request, view, form, notice, busy, run } = d;

  useEffect(() => {
    document.title = `${t.decisionTitle} – ${common.appName}`;
  }, [t, common]);
  if (!request || !d.work.workspace) return <LoadingNotice notice={notice} loading={common.loadingPage} />;
  const status = view?.decision.status ?? 'new';
  const editable = view?.actions.edit ?? false;
  const live = view && form ? livePeriodFindings(view.before, form.periodEnd || null, d.typed) : [];
  const diff = view && editable ? liveDiff(planBefore(view), d.typed) : (view?.diff ?? request.diff);
  const w = d.work.workspace;

  return (
    <>
      <p>
        <Link to={`/arenden/${caseId}`}>{t.backToCase}</Link> ·{' '}
        <Link to={`/projekt/${request.projectId}/versioner`}>{t.toVersions}</Link>
      </p>
      <h1>
        {t.decisionTitle}: {request.project.name}
      </h1>
      <p className="muted">
        {request.project.diaryNumber} · {request.diaryNumber}
      </p>
      <AmendmentNotice notice={notice} reloadLabel={t.reload} onReload={d.reload} />
      <AmendmentRequestSummary request={request} />
      {!view && request.actions.draftDecision && (
        <button type="button" disabled={busy} onClick={d.draft}>
          {t.draftFromRequest}
        </button>
      )}
      {!view && !['submitted', 'in_assessment'].includes(w.case.status) && <p>{t.notDraftable}</p>}
      {view?.decision.approvedAt && (
        <div className="box">
          <p>{t.approved(view.decision.decisionDate ?? '')}</p>
          <p>
            <a href={letterUrl(view.decision.id)}>{t.letter}</a>
          </p>
        </div>
      )}
      {view && form && (
        <div className="two-columns">
          <div>
            {editable ? (
              <AmendmentDecisionForm
                view={view}
                form={form}
                update={d.update}
                decisionMakers={w.options.decisionMakers}
                period={d.period}
                inPeriod={d.inPeriod}
                budget={d.budget}
                busy={busy}
                onSave={() => void d.save()}
                onPropose={() =>
                  void d.save().then((ok) => ok && run(() => proposeDecision(view.decision.id, opts), t.proposed))
                }
              />
            ) : (
              <dl className="facts">
                <dt>{t.newPeriodEnd}</dt>
                <dd>{view.after.period?.end ?? ''}</dd>
                <dt>{t.reasons}</dt>
                <dd className="prewrap">{view.decision.reasons ?? ''}</dd>
              </dl>
            )}
            {view.actions.approve && (
              <AmendmentApproval
                decisionId={view.decision.id}
                busy={busy}
                onApprove={() => run(() => approveDecision(view.decision.id, undefined, opts), t.approvedNow)}
                onReturn={() => run(() => returnDecision(view.decision.id, opts), t.waiting)}
              />
            )}
            {status === 'proposed' && !view.actions.approve && <p>{t.waiting}</p>}
          </div>
          <aside aria-label={t.checks}>
            {editable && <FindingsList id="amend-live" title={t.checks} findings={live} />}
            {!view.decision.approvedAt && (
              <FindingsList id="amend-server" title={t.checksSaved} findings={view.findings} />
            )}
          </aside>
        </div>
      )}
      {view && !editable && <AmendmentDecisionBudget view={view} />}
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t.diffTitle}</h2>
        <PlanDiffTable diff={diff} fromLabel={t.inForce} toLabel={view ? t.decisionTitle : t.requested} />
      </section>
    </>
  );
}
