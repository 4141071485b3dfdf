import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { useSession } from '../../session.js';
import {
  approveDecision,
  createDecision,
  getChecks,
  getDecision,
  proposeDecision,
  returnDecision,
  updateDecision,
  type DecisionView,
  type Finding,
} from './case-api.js';
import { fromApplication, fromDecision, liveFindings, toDecisionInput, type DecisionForm } from './decision-form.js';
import { useCaseTexts } from './texts.js';
import { useCaseWork } from './use-case-work.js';

export type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

/**
 * The decision page's state (docs/domain/life-of-a-grant.md, "4. Decision"): the case's open decision (draft or
 * proposal), else the newest one made, else a new draft from the application; the form as typed with its live
 * findings, the server's checks, and the steps: save, propose, approve, return.
 */
export function useDecision(caseId: string) {
  const c = useCaseTexts();
  const { opts } = useSession();
  const work = useCaseWork(caseId);
  const [decision, setDecision] = useState<DecisionView | null>(null);
  const [form, setForm] = useState<DecisionForm | null>(null);
  const [serverFindings, setServerFindings] = useState<Finding[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);

  const current = work.workspace?.decisions.find((d) => d.approvedAt === null) ?? work.workspace?.decisions[0];
  useEffect(() => {
    if (!work.workspace) return;
    if (!current) {
      setDecision(null);
      setForm(
        (f) => f ?? fromApplication(work.application?.content ?? null, { legalBasis: ['2003:596'], recipients: [] }),
      );
      return;
    }
    const controller = new AbortController();
    const o = { ...opts, signal: controller.signal };
    getDecision(current.id, o)
      .then((d) => {
        setDecision(d);
        setForm(fromDecision(d));
        setDirty(false);
        return getChecks(d.id, o).then((r) => setServerFindings(r.findings));
      })
      .catch((e: unknown) => {
        if (!controller.signal.aborted)
          setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : c.loadError });
      });
    return () => controller.abort();
    // Only a different decision (or a reload after an action) loads again, never a language switch.
  }, [current?.id, current?.status, work.workspace, opts.csrfToken]);
  useEffect(() => {
    if (notice && notice.kind !== 'ok') alertRef.current?.focus();
  }, [notice]);

  const converted = useMemo(() => (form ? toDecisionInput(form, c) : null), [form, c]);
  const live = useMemo(
    () => (converted ? liveFindings(converted.input, work.application?.content ?? null) : []),
    [converted, work.application],
  );

  const fail = (e: unknown) => {
    if (e instanceof ApiProblem && e.status === 409 && e.details.currentVersion !== undefined) {
      setNotice({ kind: 'conflict', text: `${c.conflict} ${e.detail}` });
    } else setNotice({ kind: 'error', text: e instanceof ApiProblem ? e.detail : c.loadError });
  };
  const afterAction = (text: string) => {
    setNotice({ kind: 'ok', text });
    work.reload();
  };
  /** Runs one step of the decision's way, busy while it runs. */
  const step = <T>(run: Promise<T>, then: (r: T) => void) => {
    setBusy(true);
    run
      .then(then)
      .catch(fail)
      .finally(() => setBusy(false));
  };

  const save = async (): Promise<DecisionView | null> => {
    if (!converted) return null;
    if (Object.keys(converted.errors).length > 0) {
      setNotice({ kind: 'error', text: Object.values(converted.errors).join(' ') });
      return null;
    }
    setBusy(true);
    try {
      const saved = decision
        ? await updateDecision(decision.id, { ...converted.input, version: decision.version }, opts)
        : await createDecision(caseId, converted.input, opts);
      setDecision(saved);
      setDirty(false);
      setServerFindings((await getChecks(saved.id, opts)).findings);
      setNotice({ kind: 'ok', text: c.saved });
      return saved;
    } catch (e) {
      fail(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const propose = async () => {
    const saved = dirty || !decision ? await save() : decision;
    if (saved) step(proposeDecision(saved.id, opts), () => afterAction(c.proposed));
  };
  const approve = () => {
    if (!decision) return;
    step(approveDecision(decision.id, overrideReason.trim() || undefined, opts), (r) =>
      afterAction(
        r.emailId
          ? `${c.approvedNotice(r.decision.decisionDate ?? '')} ${c.mailQueued}`
          : c.approvedNotice(r.decision.decisionDate ?? ''),
      ),
    );
  };
  const sendBack = () => {
    if (decision) step(returnDecision(decision.id, opts), () => afterAction(c.readOnlyProposal));
  };
  const update = (change: Partial<DecisionForm>) => {
    if (!form) return;
    setForm({ ...form, ...change });
    setDirty(true);
    if (notice?.kind === 'ok') setNotice(null);
  };
  const reloadAfterConflict = () => {
    setNotice(null);
    work.reload();
  };

  const state = { work, decision, form, converted, live, serverFindings, notice, dirty, busy, alertRef };
  return { ...state, overrideReason, setOverrideReason, save, propose, approve, sendBack, update, reloadAfterConflict };
}
