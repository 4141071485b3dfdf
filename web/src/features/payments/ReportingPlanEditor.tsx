import { useRef, useState } from 'react';
import { parseLocalDate } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useSession } from '../../session.js';
import { replaceReportingPlan, type ReportingPlanView } from './payment-api.js';
import { usePaymentTexts } from './texts.js';

type ItemKind = ReportingPlanView['items'][number]['kind'];
const KINDS: ItemKind[] = ['progress_report', 'payment_request', 'final_report'];

interface Row {
  /** The item of the current plan this row edits; absent for a date added here. */
  id?: string;
  /** A key for React that survives reordering; the id where there is one. */
  key: string;
  kind: ItemKind;
  dueDate: string;
  periodStart: string;
  periodEnd: string;
  /** Reported on already: the server keeps it, so the row cannot be removed. */
  locked: boolean;
}

let nextKey = 0;
const rowsOf = (plan: ReportingPlanView): Row[] =>
  plan.items.map((i) => ({
    id: i.id,
    key: i.id,
    kind: i.kind,
    dueDate: i.dueDate,
    periodStart: i.period?.start ?? '',
    periodEnd: i.period?.end ?? '',
    locked: i.status !== 'open',
  }));

const isDate = (s: string): boolean => parseLocalDate(s).ok;

/** The problems of the typed rows, keyed by the id of the field they concern. */
function problemsOf(rows: Row[], pt: ReturnType<typeof usePaymentTexts>): SummaryItem[] {
  const out: SummaryItem[] = [];
  rows.forEach((r, n) => {
    const row = n + 1;
    if (!isDate(r.dueDate)) out.push({ fieldId: `plan-${r.key}-due`, message: pt.planDateRequired(row) });
    const start = r.periodStart.trim();
    const end = r.periodEnd.trim();
    if ((start === '') !== (end === '')) {
      out.push({ fieldId: `plan-${r.key}-${start ? 'end' : 'start'}`, message: pt.planPeriodBoth(row) });
    } else if (start && (!isDate(start) || !isDate(end))) {
      out.push({ fieldId: `plan-${r.key}-${isDate(start) ? 'end' : 'start'}`, message: pt.planPeriodInvalid(row) });
    } else if (start && start > end) {
      out.push({ fieldId: `plan-${r.key}-end`, message: pt.planPeriodOrder(row) });
    }
  });
  return out;
}

/**
 * The officer's editor of a project's reporting plan (docs/domain/life-of-a-grant.md, "6. Reporting and payment"): the
 * due dates of progress reports, payment requests and the final report, each with the period it covers. Dates already
 * reported on stay (the server refuses to drop them); a plan changed by someone else meanwhile is refused with 409 and
 * can be reloaded. Saved through PUT /projects/:id/reporting-plan, which also keeps a decided plan unchanged.
 */
export function ReportingPlanEditor({
  projectId,
  plan,
  onSaved,
  onReload,
}: {
  projectId: string;
  plan: ReportingPlanView;
  onSaved: (plan: ReportingPlanView) => void;
  onReload: () => void;
}) {
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(plan));
  const [note, setNote] = useState(plan.plan?.note ?? '');
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const update = (key: string, patch: Partial<Row>) => {
    setSaved('');
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const add = () => {
    setSaved('');
    const key = `new-${nextKey++}`;
    setRows((rs) => [
      ...rs,
      { key, kind: 'progress_report', dueDate: '', periodStart: '', periodEnd: '', locked: false },
    ]);
    requestAnimationFrame(() => document.getElementById(`plan-${key}-kind`)?.focus());
  };
  const remove = (key: string) => {
    setSaved('');
    setRows((rs) => rs.filter((r) => r.key !== key));
    requestAnimationFrame(() => document.getElementById('plan-add')?.focus());
  };
  const fail = (items: SummaryItem[]) => {
    setProblems(items);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const save = async () => {
    const found = problemsOf(rows, pt);
    setConflict(false);
    if (found.length > 0) return fail(found);
    setProblems([]);
    setBusy(true);
    try {
      const result = await replaceReportingPlan(
        projectId,
        {
          version: plan.version,
          note: note.trim() || null,
          items: rows
            .map((r) => ({
              ...(r.id ? { id: r.id } : {}),
              kind: r.kind,
              dueDate: r.dueDate,
              periodStart: r.periodStart.trim() || null,
              periodEnd: r.periodEnd.trim() || null,
            }))
            .sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
        },
        opts,
      );
      setRows(rowsOf(result));
      setSaved(pt.planSaved);
      onSaved(result);
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 409) setConflict(true);
      fail([{ message: e instanceof ApiProblem ? e.detail : pt.error }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="plan-edit-heading" className="box">
      <h3 id="plan-edit-heading">{pt.editPlan}</h3>
      <p className="hint">{pt.editPlanHint}</p>
      <ErrorSummary items={problems} ref={summaryRef} />
      {conflict && (
        <p>
          <button type="button" className="secondary" onClick={onReload}>
            {pt.reloadPlan}
          </button>
        </p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {rows.length > 0 && (
          <table className="edit-table">
            <caption className="visually-hidden">{pt.editPlan}</caption>
            <thead>
              <tr>
                <th scope="col">{pt.kind}</th>
                <th scope="col">{pt.dueDate}</th>
                <th scope="col">{pt.planPeriodStart}</th>
                <th scope="col">{pt.planPeriodEnd}</th>
                <th scope="col">
                  <span className="visually-hidden">{pt.planRowActions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, n) => {
                const row = n + 1;
                const invalid = (f: string) => problems.some((p) => p.fieldId === `plan-${r.key}-${f}`);
                return (
                  <tr key={r.key}>
                    <td>
                      <select
                        id={`plan-${r.key}-kind`}
                        aria-label={pt.planCell(pt.kind, row)}
                        value={r.kind}
                        disabled={r.locked}
                        onChange={(e) => update(r.key, { kind: e.target.value as ItemKind })}
                      >
                        {KINDS.map((k) => (
                          <option key={k} value={k}>
                            {pt.itemKind(k)}
                          </option>
                        ))}
                      </select>
                    </td>
                    {(['due', 'start', 'end'] as const).map((f) => {
                      const field = f === 'due' ? 'dueDate' : f === 'start' ? 'periodStart' : 'periodEnd';
                      const label = f === 'due' ? pt.dueDate : f === 'start' ? pt.planPeriodStart : pt.planPeriodEnd;
                      return (
                        <td key={f}>
                          <input
                            id={`plan-${r.key}-${f}`}
                            type="date"
                            aria-label={pt.planCell(label, row)}
                            aria-invalid={invalid(f) || undefined}
                            value={r[field]}
                            onChange={(e) => update(r.key, { [field]: e.target.value })}
                          />
                        </td>
                      );
                    })}
                    <td>
                      {r.locked ? (
                        <span className="muted">{pt.planLocked}</span>
                      ) : (
                        <button type="button" className="secondary" onClick={() => remove(r.key)}>
                          {pt.planRemove(row)}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <p>
          <button type="button" id="plan-add" className="secondary" onClick={add}>
            {pt.planAdd}
          </button>
        </p>
        <div className="field">
          <label htmlFor="plan-note">{pt.planNote}</label>
          <textarea id="plan-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {pt.planSave}
        </button>
        <p role="status" className="notice-ok">
          {saved}
        </p>
      </form>
    </section>
  );
}
