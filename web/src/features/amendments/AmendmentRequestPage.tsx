import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { addMonths, formatSek, ore, parseLocalDate, parseSek, type LocalDate } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useI18n } from '../../i18n.js';
import { statusLabel } from '../../labels.js';
import { useSession } from '../../session.js';
import { FindingsList } from '../cases/FindingsList.js';
import { ActivityPlanEditor, type PlanRow } from './ActivityPlanEditor.js';
import { getRequest, saveRequest, submitRequest, type RequestContent, type RequestView } from './amendment-api.js';
import { BudgetEditor, BudgetRevision } from './BudgetEditor.js';
import { budgetYears, cellsFromLines, readBudget, yearInPeriod, type BudgetCells } from './budget-form.js';
import { PlanDiffTable } from './PlanDiffTable.js';
import { activitiesFromRows, liveDiff, livePeriodFindings, rowsFromActivities } from './plan-form.js';
import { useAmendmentTexts } from './texts.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';

interface Form {
  extendMonths: string;
  newEnd: string;
  amount: string;
  motivation: string;
  revise: boolean;
  rows: PlanRow[];
  reviseBudget: boolean;
  budgetCells: BudgetCells;
}
type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

const formOf = (v: RequestView): Form => ({
  extendMonths: v.content.extendMonths === null ? '' : String(v.content.extendMonths),
  newEnd: v.content.newPeriodEnd ?? '',
  amount: v.content.amountOre === null ? '' : formatSek(ore(v.content.amountOre)),
  motivation: v.content.motivation,
  revise: v.content.activities !== null,
  rows: rowsFromActivities(v.content.activities ?? v.currentPlan),
  reviseBudget: v.content.budget !== null,
  budgetCells: cellsFromLines(v.content.budget ?? v.currentBudget.lines),
});

/** The period the request leaves in force: the new end asked for, else the end of today. */
function periodAfter(v: RequestView, months: number | null, newEnd: string | null) {
  const period = v.inForce.period;
  if (!period) return null;
  const end = months !== null ? addMonths(period.end as LocalDate, months) : (newEnd ?? period.end);
  return { start: period.start, end };
}

/** The form as the API takes it, and what cannot be read in it (the budget's errors cell by cell). */
function contentOf(f: Form, v: RequestView, t: ReturnType<typeof useAmendmentTexts>) {
  const errors: Record<string, string> = {};
  const months = f.extendMonths.trim() === '' ? null : Number(f.extendMonths);
  if (months !== null && !(Number.isInteger(months) && months >= 1 && months <= 60)) errors.months = t.invalidMonths;
  const amount = f.amount.trim() === '' ? null : parseSek(f.amount);
  if (amount && !amount.ok) errors.amount = t.invalidAmount;
  const plan = activitiesFromRows(f.rows);
  const newPeriodEnd = f.newEnd && parseLocalDate(f.newEnd).ok ? f.newEnd : null;
  const period = periodAfter(v, errors.months ? null : months, newPeriodEnd);
  const budget = readBudget(f.budgetCells, yearInPeriod(period?.start, period?.end), t);
  const budgetErrors = f.reviseBudget ? budget.errors : {};
  const count = Object.keys(budgetErrors).length;
  if (count > 0) errors.budget = t.budgetHasErrors(count);
  const content: RequestContent = {
    extendMonths: errors.months ? null : months,
    newPeriodEnd,
    activities: f.revise ? plan.activities : null,
    budget: f.reviseBudget ? budget.lines : null,
    amountOre: amount && amount.ok ? amount.value : null,
    motivation: f.motivation,
  };
  return { content, errors, budgetErrors, period, budgetLines: budget.lines };
}

/**
 * The beneficiary's amendment request (docs/domain/life-of-a-grant.md, "5. Amendment"): what to change, live checks,
 * save and submit.
 */
export function AmendmentRequestPage() {
  const { caseId = '' } = useParams();
  const t = useAmendmentTexts();
  const { t: common, lang } = useI18n();
  const { opts } = useSession();
  const [view, setView] = useState<RequestView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${t.requestTitle} – ${common.appName}`;
  }, [t, common]);
  useEffect(() => {
    const controller = new AbortController();
    getRequest(caseId, { ...opts, signal: controller.signal })
      .then((v) => {
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

  const converted = useMemo(() => (form && view ? contentOf(form, view, t) : null), [form, view, t]);
  const newEnd = useMemo(() => {
    if (!view || !converted) return null;
    const end = view.inForce.period?.end as LocalDate | undefined;
    if (converted.content.extendMonths !== null && end) return addMonths(end, converted.content.extendMonths);
    return converted.content.newPeriodEnd;
  }, [view, converted]);

  if (!view || !form || !converted) {
    return notice ? (
      <div role="alert" className="error-summary">
        {notice.text}
      </div>
    ) : (
      <p>{common.loadingPage}</p>
    );
  }
  const editable = view.actions.edit;
  const plan = form.revise ? (converted.content.activities ?? []) : view.currentPlan;
  const diff = editable ? liveDiff(view.currentPlan, plan) : view.diff;
  const live = livePeriodFindings(view.inForce, newEnd, plan);
  const serverIssues = view.issues.map((i) => ({ ...i, details: {} }));
  const inPeriod = yearInPeriod(converted.period?.start, converted.period?.end);
  const years = budgetYears(converted.period, view.currentBudget.lines, form.reviseBudget ? form.budgetCells : {});
  const name = view.project.acronym ?? view.project.name;
  const update = (change: Partial<Form>) => {
    setForm({ ...form, ...change });
    if (notice?.kind === 'ok') setNotice(null);
  };
  const fail = (e: unknown) =>
    setNotice(
      e instanceof ApiProblem && e.status === 409 && e.details.currentVersion !== undefined
        ? { kind: 'conflict', text: `${t.conflict} ${e.detail}` }
        : { kind: 'error', text: e instanceof ApiProblem ? e.detail : t.loadError },
    );
  const save = async (): Promise<RequestView | null> => {
    if (Object.keys(converted.errors).length > 0) {
      setNotice({ kind: 'error', text: Object.values(converted.errors).join(' ') });
      return null;
    }
    setBusy(true);
    try {
      const saved = await saveRequest(caseId, view.version, converted.content, opts);
      setView(saved);
      setNotice({ kind: 'ok', text: t.saved });
      return saved;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };
  const submit = async () => {
    const saved = await save();
    if (!saved) return;
    setBusy(true);
    submitRequest(caseId, saved.version, opts)
      .then((r) => {
        setNotice({ kind: 'ok', text: t.submitted(r.diaryNumber) });
        setTick((x) => x + 1);
      })
      .catch(fail)
      .finally(() => setBusy(false));
  };

  return (
    <>
      <p>
        <Link to={`/projekt/${view.projectId}/versioner`}>{t.versionsOf(name)}</Link>
      </p>
      <h1>
        {t.requestTitle}: {view.project.name}
      </h1>
      <p className="lead">{t.requestIntro}</p>
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
      <dl className="facts">
        <dt>{t.diaryNumber}</dt>
        <dd>{view.project.diaryNumber ?? ''}</dd>
        <dt>{t.status}</dt>
        <dd>
          {statusLabel(view.status, lang)}
          {view.diaryNumber ? ` · ${view.diaryNumber}` : ''}
        </dd>
        <dt>{t.periodNow}</dt>
        <dd>{view.inForce.period ? `${view.inForce.period.start} – ${view.inForce.period.end}` : ''}</dd>
        <dt>{t.amountNow}</dt>
        <dd>{view.inForce.amountOre === null ? '' : formatSek(ore(view.inForce.amountOre))}</dd>
        <dt>{t.budgetNowTotal}</dt>
        <dd id="budget-now">
          {view.currentBudget.source === 'none'
            ? t.noBudget
            : `${formatSek(ore(view.currentBudget.totals.totalOre))} (${t.budgetSource(view.currentBudget.source, view.currentBudget.versionNo)})`}
        </dd>
        {newEnd && (
          <>
            <dt>{t.requested}</dt>
            <dd id="requested-end">{t.newEndComputed(newEnd)}</dd>
          </>
        )}
      </dl>
      {!editable && view.status !== 'draft' && <p>{t.readOnly}</p>}
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
      <div className="two-columns">
        <div>
          {editable && (
            <form onSubmit={onSubmit} noValidate>
              <TextField
                id="extend-months"
                label={t.extendMonths}
                hint={t.extendHint}
                width="short"
                value={form.extendMonths}
                error={converted.errors.months}
                onChange={(v) => update({ extendMonths: v })}
              />
              <TextField
                id="new-end"
                label={t.newEnd}
                type="date"
                width="medium"
                value={form.newEnd}
                onChange={(v) => update({ newEnd: v })}
              />
              <TextField
                id="new-amount"
                label={t.newAmount}
                hint={t.newAmountHint}
                width="medium"
                value={form.amount}
                error={converted.errors.amount}
                onChange={(v) => update({ amount: v })}
              />
              <TextField
                id="motivation"
                label={t.motivation}
                hint={t.motivationHint}
                multiline
                value={form.motivation}
                onChange={(v) => update({ motivation: v })}
              />
              <div className="field checkbox">
                <input
                  type="checkbox"
                  id="revise-plan"
                  checked={form.revise}
                  onChange={(e) => update({ revise: e.target.checked })}
                />
                <label htmlFor="revise-plan">{t.revisePlan}</label>
              </div>
              {form.revise && <ActivityPlanEditor rows={form.rows} onChange={(rows) => update({ rows })} />}
              <BudgetRevision
                revise={form.reviseBudget}
                onRevise={(reviseBudget) => update({ reviseBudget })}
                id="budget"
                caption={t.budgetCaption}
                years={years}
                current={view.currentBudget.lines}
                revised={converted.budgetLines}
                inPeriod={inPeriod}
                edit={{
                  cells: form.budgetCells,
                  errors: converted.budgetErrors,
                  onChange: (budgetCells) => update({ budgetCells }),
                }}
              />
              <div className="actions">
                <button type="submit" className="secondary" disabled={busy}>
                  {t.save}
                </button>
                <button type="button" disabled={busy} onClick={() => void submit()}>
                  {t.submit}
                </button>
              </div>
            </form>
          )}
        </div>
        <aside aria-label={t.checks}>
          {editable && <FindingsList id="request-live" title={t.checks} findings={live} />}
          <FindingsList id="request-server" title={t.checksSaved} findings={serverIssues} />
        </aside>
      </div>
      <AttachmentsPanel caseId={caseId} />
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading">{t.diffTitle}</h2>
        <PlanDiffTable diff={diff} fromLabel={t.inForce} toLabel={t.requested} />
      </section>
    </>
  );
}
