import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formatSek, ore, parseSek } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { approveDecision, letterPreviewUrl, letterUrl, proposeDecision, returnDecision } from '../cases/case-api.js';
import { FindingsList } from '../cases/FindingsList.js';
import { useCaseWork } from '../cases/use-case-work.js';
import { ActivityPlanEditor, type PlanRow } from './ActivityPlanEditor.js';
import {
  createAmendmentDecision,
  getAmendmentDecision,
  getRequest,
  updateAmendmentDecision,
  type AmendmentDecisionView,
  type RequestView,
  type RevisedActivity,
} from './amendment-api.js';
import { BudgetEditor, BudgetRevision } from './BudgetEditor.js';
import { budgetYears, cellsFromLines, readBudget, yearInPeriod, type BudgetCells } from './budget-form.js';
import { PlanDiffTable } from './PlanDiffTable.js';
import { activitiesFromRows, liveDiff, livePeriodFindings, rowsFromActivities } from './plan-form.js';
import { useAmendmentTexts } from './texts.js';

interface Form {
  periodEnd: string;
  amount: string;
  reasons: string;
  background: string;
  recipients: string;
  decidedBy: string;
  delegationPoint: string;
  rows: PlanRow[];
  reviseBudget: boolean;
  budgetCells: BudgetCells;
}
type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

const formOf = (v: AmendmentDecisionView): Form => ({
  periodEnd: v.after.period?.end ?? '',
  amount: v.after.amountOre === null ? '' : formatSek(ore(v.after.amountOre)),
  reasons: v.decision.reasons ?? '',
  background: v.background ?? '',
  recipients: v.decision.recipients.join('\n'),
  decidedBy: v.decision.decidedBy ?? '',
  delegationPoint: v.decision.delegationPoint ?? '',
  rows: rowsFromActivities(v.plan),
  reviseBudget: v.budget !== null,
  budgetCells: cellsFromLines(v.budget ?? v.budgetBefore.lines),
});
/** The plan in force before the amendment, read back from the diff's left-hand side. */
const planBefore = (v: AmendmentDecisionView): RevisedActivity[] =>
  v.diff.rows.map((r) => r.before).filter((a): a is RevisedActivity => a !== null);

/** Whether the draft revises the plan: it has a plan of its own, or the typed plan differs from the one in force. */
function revisesPlan(v: AmendmentDecisionView, typed: RevisedActivity[]): boolean {
  if (v.after.activityPlanId !== v.before.activityPlanId) return true;
  const c = liveDiff(planBefore(v), typed).counts;
  return c.added + c.removed + c.changed > 0;
}

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
  const work = useCaseWork(caseId);
  const [request, setRequest] = useState<RequestView | null>(null);
  const [view, setView] = useState<AmendmentDecisionView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${t.decisionTitle} – ${common.appName}`;
  }, [t, common]);
  useEffect(() => {
    const controller = new AbortController();
    const o = { ...opts, signal: controller.signal };
    getRequest(caseId, o)
      .then(async (r) => {
        setRequest(r);
        if (!r.decision) return;
        const v = await getAmendmentDecision(r.decision.id, o);
        setView(v);
        setForm(formOf(v));
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : t.loadError });
      });
    return () => controller.abort();
  }, [caseId, opts.csrfToken, tick]);
  useEffect(() => {
    if (notice && notice.kind !== 'ok') alertRef.current?.focus();
  }, [notice]);

  const typed = useMemo(() => (form ? activitiesFromRows(form.rows).activities : []), [form]);
  // The period the draft sets, and the revised budget as typed (checked against that period, cell by cell).
  const period = view?.before.period
    ? { start: view.before.period.start, end: form?.periodEnd || view.before.period.end }
    : null;
  const inPeriod = yearInPeriod(period?.start, period?.end);
  const budget = form ? readBudget(form.budgetCells, inPeriod, t) : null;
  if (!request || !work.workspace) {
    return notice ? (
      <div role="alert" className="error-summary">
        {notice.text}
      </div>
    ) : (
      <p>{common.loadingPage}</p>
    );
  }
  const status = view?.decision.status ?? 'new';
  const editable = view?.actions.edit ?? false;
  const fail = (e: unknown) =>
    setNotice(
      e instanceof ApiProblem && e.status === 409 && e.details.currentVersion !== undefined
        ? { kind: 'conflict', text: `${t.conflict} ${e.detail}` }
        : { kind: 'error', text: e instanceof ApiProblem ? e.detail : t.loadError },
    );
  const run = (action: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    action()
      .then(() => {
        setNotice({ kind: 'ok', text: ok });
        setTick((x) => x + 1);
        work.reload();
      })
      .catch(fail)
      .finally(() => setBusy(false));
  };
  const draft = () =>
    run(
      () => createAmendmentDecision(caseId, { decidedBy: work.workspace?.options.decisionMakers[0]?.id ?? null }, opts),
      t.saved,
    );
  const save = async (): Promise<boolean> => {
    if (!view || !form) return false;
    const amount = form.amount.trim() === '' ? null : parseSek(form.amount);
    if (amount && !amount.ok) {
      setNotice({ kind: 'error', text: t.invalidAmount });
      return false;
    }
    const budgetErrors = form.reviseBudget ? Object.keys(budget?.errors ?? {}).length : 0;
    if (budgetErrors > 0) {
      setNotice({ kind: 'error', text: t.budgetHasErrors(budgetErrors) });
      return false;
    }
    setBusy(true);
    try {
      const saved = await updateAmendmentDecision(
        view.decision.id,
        {
          version: view.decision.version,
          period:
            view.before.period && form.periodEnd ? { start: view.before.period.start, end: form.periodEnd } : null,
          amountOre: amount && amount.ok ? amount.value : null,
          activities: revisesPlan(view, typed) ? typed : null,
          budget: form.reviseBudget ? (budget?.lines ?? []) : null,
          reasons: form.reasons || null,
          background: form.background || null,
          recipients: form.recipients
            .split(/[\n,;]/)
            .map((r) => r.trim())
            .filter(Boolean),
          decidedBy: form.decidedBy || null,
          delegationPoint: form.delegationPoint.trim() || null,
          meetingId: null,
        },
        opts,
      );
      setView(saved);
      setForm(formOf(saved));
      setNotice({ kind: 'ok', text: t.saved });
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const update = (change: Partial<Form>) => form && setForm({ ...form, ...change });
  const live = view && form ? livePeriodFindings(view.before, form.periodEnd || null, typed) : [];
  const diff = view && editable ? liveDiff(planBefore(view), typed) : (view?.diff ?? request.diff);
  const w = work.workspace;

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
      {notice && notice.kind !== 'ok' && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{notice.text}</p>
          {notice.kind === 'conflict' && (
            <button type="button" onClick={() => setTick((x) => x + 1)}>
              {t.reload}
            </button>
          )}
        </div>
      )}
      <p role="status" className="notice-ok">
        {notice?.kind === 'ok' ? notice.text : ''}
      </p>
      <section aria-labelledby="request-heading" className="box">
        <h2 id="request-heading">{t.theRequest}</h2>
        <dl className="facts">
          <dt>{t.periodNow}</dt>
          <dd>{request.inForce.period ? `${request.inForce.period.start} – ${request.inForce.period.end}` : ''}</dd>
          <dt>{t.requested}</dt>
          <dd>{request.requestedPeriodEnd ? t.newEndComputed(request.requestedPeriodEnd) : ''}</dd>
          <dt>{t.motivation}</dt>
          <dd className="prewrap">{request.content.motivation}</dd>
        </dl>
      </section>
      {!view && request.actions.draftDecision && (
        <button type="button" disabled={busy} onClick={draft}>
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
              <form onSubmit={onSubmit} noValidate>
                <p>{t.decisionIntro}</p>
                <TextField
                  id="period-end"
                  label={t.newPeriodEnd}
                  type="date"
                  width="medium"
                  value={form.periodEnd}
                  onChange={(v) => update({ periodEnd: v })}
                />
                <TextField
                  id="amount"
                  label={t.newAmount}
                  width="medium"
                  value={form.amount}
                  onChange={(v) => update({ amount: v })}
                />
                <TextField
                  id="background"
                  label={t.background}
                  multiline
                  value={form.background}
                  onChange={(v) => update({ background: v })}
                />
                <TextField
                  id="reasons"
                  label={t.reasons}
                  multiline
                  value={form.reasons}
                  onChange={(v) => update({ reasons: v })}
                />
                <TextField
                  id="recipients"
                  label={t.recipients}
                  multiline
                  value={form.recipients}
                  onChange={(v) => update({ recipients: v })}
                />
                <div className="field">
                  <label htmlFor="decided-by">{t.decidedBy}</label>
                  <select
                    id="decided-by"
                    value={form.decidedBy}
                    onChange={(e) => update({ decidedBy: e.target.value })}
                  >
                    <option value="">{t.chooseDecider}</option>
                    {w.options.decisionMakers.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.displayName}
                        {d.title ? `, ${d.title}` : ''}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  id="delegation-point"
                  label={t.delegationPoint}
                  width="short"
                  value={form.delegationPoint}
                  onChange={(v) => update({ delegationPoint: v })}
                />
                <ActivityPlanEditor rows={form.rows} onChange={(rows) => update({ rows })} />
                <BudgetRevision
                  revise={form.reviseBudget}
                  onRevise={(reviseBudget) => update({ reviseBudget })}
                  id="budget"
                  caption={t.budgetCaption}
                  years={budgetYears(period, view.budgetBefore.lines, form.reviseBudget ? form.budgetCells : {})}
                  current={view.budgetBefore.lines}
                  revised={budget?.lines ?? []}
                  inPeriod={inPeriod}
                  edit={{
                    cells: form.budgetCells,
                    errors: budget?.errors ?? {},
                    onChange: (budgetCells) => update({ budgetCells }),
                  }}
                />
                <div className="actions">
                  <button type="submit" className="secondary" disabled={busy}>
                    {t.save}
                  </button>
                  <a href={letterPreviewUrl(view.decision.id)} target="_blank" rel="noreferrer">
                    {t.preview}
                  </a>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void save().then((ok) => ok && run(() => proposeDecision(view.decision.id, opts), t.proposed))
                    }
                  >
                    {t.propose}
                  </button>
                </div>
              </form>
            ) : (
              <dl className="facts">
                <dt>{t.newPeriodEnd}</dt>
                <dd>{view.after.period?.end ?? ''}</dd>
                <dt>{t.reasons}</dt>
                <dd className="prewrap">{view.decision.reasons ?? ''}</dd>
              </dl>
            )}
            {view.actions.approve && (
              <section aria-labelledby="approve-heading" className="box">
                <h2 id="approve-heading">{t.approve}</h2>
                <p>
                  <a href={letterPreviewUrl(view.decision.id)} target="_blank" rel="noreferrer">
                    {t.preview}
                  </a>
                </p>
                <div className="actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => run(() => approveDecision(view.decision.id, undefined, opts), t.approvedNow)}
                  >
                    {t.approve}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => run(() => returnDecision(view.decision.id, opts), t.waiting)}
                  >
                    {t.returnToOfficer}
                  </button>
                </div>
              </section>
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
      {view && !editable && (
        <section aria-labelledby="budget-heading">
          <h2 id="budget-heading">{t.budgetTitle}</h2>
          {view.budget ? (
            <BudgetEditor
              id="budget"
              caption={t.budgetCaptionFor(t.decisionTitle)}
              years={budgetYears(view.after.period, view.budgetBefore.lines, cellsFromLines(view.budget))}
              current={view.budgetBefore.lines}
              revised={view.budget}
              inPeriod={yearInPeriod(view.after.period?.start, view.after.period?.end)}
            />
          ) : (
            <p>{t.budgetKept}</p>
          )}
        </section>
      )}
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t.diffTitle}</h2>
        <PlanDiffTable diff={diff} fromLabel={t.inForce} toLabel={view ? t.decisionTitle : t.requested} />
      </section>
    </>
  );
}
