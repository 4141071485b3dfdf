import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { AmendmentNotice, LoadingNotice } from './AmendmentNotice.js';
import { AmendmentRequestFacts } from './AmendmentRequestFacts.js';
import { AmendmentRequestForm } from './AmendmentRequestForm.js';
import { BudgetEditor } from './BudgetEditor.js';
import { budgetYears, yearInPeriod } from './budget-form.js';
import { PlanDiffTable } from './PlanDiffTable.js';
import { liveDiff, livePeriodFindings } from './plan-form.js';
import { RequestChecks } from './RequestChecks.js';
import { useAmendmentTexts } from './texts.js';
import { useAmendmentRequest } from './use-amendment-request.js';

/**
 * The beneficiary's amendment request (docs/domain/life-of-a-grant.md, "5. Amendment"): what to change, live checks,
 * save and submit. A request that came in outside Bidra shows only its facts and where it is.
 */
export function AmendmentRequestPage() {
  const { caseId = '' } = useParams();
  const t = useAmendmentTexts();
  const { t: common } = useI18n();
  const r = useAmendmentRequest(caseId);
  const { view, form, converted, newEnd, notice, busy } = r;

  useEffect(() => {
    document.title = `${t.requestTitle} – ${common.appName}`;
  }, [t, common]);

  if (!view || !form || !converted) return <LoadingNotice notice={notice} loading={common.loadingPage} />;
  const editable = view.actions.edit;
  const plan = form.revise ? (converted.content.activities ?? []) : view.currentPlan;
  const diff = editable ? liveDiff(view.currentPlan, plan) : view.diff;
  const live = livePeriodFindings(view.inForce, newEnd, plan);
  const inPeriod = yearInPeriod(converted.period?.start, converted.period?.end);
  const years = budgetYears(converted.period, view.currentBudget.lines, form.reviseBudget ? form.budgetCells : {});
  const name = view.project.acronym ?? view.project.name;

  return (
    <>
      <p>
        <Link to={`/projekt/${view.projectId}/versioner`}>{t.versionsOf(name)}</Link>
      </p>
      <h1>
        {t.requestTitle}: {view.project.name}
      </h1>
      {view.inBidra && <p className="lead">{t.requestIntro}</p>}
      <AmendmentNotice notice={notice} reloadLabel={t.reload} onReload={r.reload} />
      <AmendmentRequestFacts view={view} newEnd={newEnd} />
      {!view.inBidra && <p>{t.outsideBidra}</p>}
      {view.inBidra && !editable && view.status !== 'draft' && <p>{t.readOnly}</p>}
      {!editable && view.content.budget && (
        <section aria-labelledby="budget-heading">
          <h2 id="budget-heading">{t.budgetTitle}</h2>
          <BudgetEditor
            id="budget"
            caption={t.budgetCaptionFor(t.requested)}
            years={years}
            current={view.currentBudget.lines}
            revised={view.content.budget}
            inPeriod={inPeriod}
          />
        </section>
      )}
      {view.inBidra && (
        <>
          <div className="two-columns">
            <div>
              {editable && (
                <AmendmentRequestForm
                  view={view}
                  form={form}
                  converted={converted}
                  update={r.update}
                  years={years}
                  inPeriod={inPeriod}
                  busy={busy}
                  onSave={() => void r.save()}
                  onSubmit={() => void r.submit()}
                />
              )}
            </div>
            <aside aria-label={t.checks}>
              <RequestChecks
                shown={editable ? r.checks : { typed: false, saved: true, unsaved: false }}
                live={live}
                saved={view.issues}
              />
            </aside>
          </div>
          <AttachmentsPanel caseId={caseId} />
          <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">{t.diffTitle}</h2>
            <PlanDiffTable diff={diff} fromLabel={t.inForce} toLabel={t.requested} />
          </section>
        </>
      )}
    </>
  );
}
