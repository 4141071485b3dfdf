import { useEffect, useMemo, useState } from 'react';
import { parseSek } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useSession } from '../../session.js';
import { useCaseWork } from '../cases/use-case-work.js';
import {
  createAmendmentDecision,
  getAmendmentDecision,
  getRequest,
  updateAmendmentDecision,
  type AmendmentDecisionView,
  type RequestView,
} from './amendment-api.js';
import { formOf, revisesPlan, type DecisionForm } from './amendment-decision-form.js';
import { noticeOfError, type Notice } from './AmendmentNotice.js';
import { readBudget, yearInPeriod } from './budget-form.js';
import { activitiesFromRows } from './plan-form.js';
import { useAmendmentTexts } from './texts.js';

/**
 * The amendment request of a case, its decision and the officer's draft of it as typed: loaded, reloaded after every
 * step, saved, drafted from the request, and moved through the decision flow (`run`).
 */
export function useAmendmentDecision(caseId: string) {
  const t = useAmendmentTexts();
  const { opts } = useSession();
  const work = useCaseWork(caseId);
  const [request, setRequest] = useState<RequestView | null>(null);
  const [view, setView] = useState<AmendmentDecisionView | null>(null);
  const [form, setForm] = useState<DecisionForm | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

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

  const typed = useMemo(() => (form ? activitiesFromRows(form.rows).activities : []), [form]);
  // The period the draft sets, and the revised budget as typed (checked against that period, cell by cell).
  const period = view?.before.period
    ? { start: view.before.period.start, end: form?.periodEnd || view.before.period.end }
    : null;
  const inPeriod = yearInPeriod(period?.start, period?.end);
  const budget = form ? readBudget(form.budgetCells, inPeriod, t) : null;

  const fail = (e: unknown) => setNotice(noticeOfError(e, t));
  const reload = () => setTick((x) => x + 1);
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
  const update = (change: Partial<DecisionForm>) => form && setForm({ ...form, ...change });

  return { work, request, view, form, update, notice, busy, reload, typed, period, inPeriod, budget, run, draft, save };
}
