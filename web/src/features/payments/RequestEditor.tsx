import { useRef, useState } from 'react';
import {
  COST_CATEGORIES,
  paymentRequestTotals,
  PAYMENT_KINDS,
  type CostCategory,
  type PaymentKind,
} from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { FiguresBox, amountText, readAmount } from './FiguresBox.js';
import {
  liveAssessment,
  savePaymentRequest,
  submitPaymentRequest,
  type PaymentRequestView,
  type RequestInput,
} from './payment-api.js';
import { usePaymentTexts } from './texts.js';

interface Form {
  kind: PaymentKind;
  start: string;
  end: string;
  advance: string;
  costs: Record<CostCategory, string>;
}

const toForm = (v: PaymentRequestView): Form => ({
  kind: v.kind,
  start: v.period?.start ?? '',
  end: v.period?.end ?? '',
  advance: amountText(v.advanceOre || null),
  costs: Object.fromEntries(
    COST_CATEGORIES.map((c) => [c, amountText(v.costs.find((x) => x.category === c)?.claimedOre)]),
  ) as Record<CostCategory, string>,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISSUE_FIELDS: Record<string, string> = { period: 'period-start', costs: 'cost-staff', advanceOre: 'advance' };

/**
 * The beneficiary writes the request: costs per category with live totals, the receipts that support them,
 * then saves or submits it. Only the "Skicka in" button submits: Enter in a field sends nothing.
 */
export function RequestEditor({
  view,
  onChanged,
}: {
  view: PaymentRequestView;
  onChanged: (v: PaymentRequestView, notice?: string) => void;
}) {
  const pt = usePaymentTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const [form, setForm] = useState<Form>(() => toForm(view));
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // Read the form; every unreadable field becomes an error beside it and in the summary.
  const read = (): { input: RequestInput; problems: SummaryItem[] } => {
    const problems: SummaryItem[] = [];
    const costs: RequestInput['costs'] = [];
    for (const c of COST_CATEGORIES) {
      const v = readAmount(form.costs[c]);
      if (v === undefined)
        problems.push({ fieldId: `cost-${c}`, message: pt.amountInvalid(COST_CATEGORY_LABELS[c][lang]) });
      else if (v !== null && v > 0) costs.push({ category: c, claimedOre: v });
    }
    const advance = readAmount(form.advance);
    if (form.kind === 'advance' && advance === undefined)
      problems.push({ fieldId: 'advance', message: pt.amountInvalid(pt.advanceAmount) });
    for (const [id, value, label] of [
      ['period-start', form.start, pt.periodStart],
      ['period-end', form.end, pt.periodEnd],
    ] as const) {
      if (form.kind !== 'advance' && value.trim() !== '' && !DATE.test(value.trim()))
        problems.push({ fieldId: id, message: pt.dateInvalid(label) });
    }
    const period =
      form.kind !== 'advance' && DATE.test(form.start.trim()) && DATE.test(form.end.trim())
        ? { start: form.start.trim(), end: form.end.trim() }
        : null;
    return {
      input: { kind: form.kind, period, costs: form.kind === 'advance' ? [] : costs, advanceOre: advance ?? null },
      problems,
    };
  };

  const { input } = read();
  const claimed = paymentRequestTotals(input.costs).claimed;
  const figures = view.position ? liveAssessment(view.position, form.kind, claimed, input.advanceOre ?? 0) : null;
  // Nothing filled in yet: the figures say what remains of the grant rather than what this request pays.
  const empty =
    form.kind === 'advance'
      ? input.advanceOre === null || input.advanceOre === 0
        ? pt.emptyAdvance
        : null
      : input.costs.length === 0
        ? pt.emptyCosts
        : null;

  const run = async (submit: boolean) => {
    const { input: body, problems } = read();
    setErrors(problems);
    if (problems.length > 0) {
      summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await savePaymentRequest(view.id, { ...body, version: view.version }, opts);
      if (submit) {
        const next = await submitPaymentRequest(view.id, saved.version, opts);
        onChanged(next, pt.submittedNotice(next.diaryNumber ?? ''));
      } else onChanged(saved, pt.saved);
    } catch (e) {
      const issues =
        e instanceof ApiProblem
          ? (e.details.issues as { path?: string; message: { sv: string; en: string } }[] | undefined)
          : undefined;
      setErrors(
        issues?.length
          ? issues.map((i) => ({ fieldId: ISSUE_FIELDS[i.path ?? ''], message: i.message[lang] }))
          : [{ message: e instanceof ApiProblem ? e.detail : pt.error }],
      );
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <div className="two-columns">
      <form
        noValidate
        onSubmit={(e) => {
          // Implicit submission (Enter in a field) sends nothing; the buttons below do.
          e.preventDefault();
        }}
      >
        <ErrorSummary items={errors} ref={summary} />
        <fieldset className="field">
          <legend>{pt.kindQuestion}</legend>
          <div className="radios-inline">
            {PAYMENT_KINDS.map((k) => (
              <label key={k} className="radio">
                <input
                  type="radio"
                  name="kind"
                  value={k}
                  checked={form.kind === k}
                  onChange={() => setForm({ ...form, kind: k })}
                />{' '}
                {pt.kindLabel(k)}
              </label>
            ))}
          </div>
        </fieldset>
        {form.kind === 'advance' ? (
          <TextField
            id="advance"
            label={pt.advanceAmount}
            hint={pt.advanceHint}
            value={form.advance}
            error={errorOf('advance')}
            width="short"
            onChange={(v) => setForm({ ...form, advance: v })}
          />
        ) : (
          <>
            <div className="field-row">
              <TextField
                id="period-start"
                label={pt.periodStart}
                value={form.start}
                error={errorOf('period-start')}
                width="short"
                onChange={(v) => setForm({ ...form, start: v })}
              />
              <TextField
                id="period-end"
                label={pt.periodEnd}
                value={form.end}
                error={errorOf('period-end')}
                width="short"
                onChange={(v) => setForm({ ...form, end: v })}
              />
            </div>
            <section aria-labelledby="costs-heading" className="form-section">
              <h2 id="costs-heading">{pt.costsTitle}</h2>
              <p className="hint">{pt.costsHint}</p>
              <p className="hint">{pt.receiptsHint}</p>
              <table className="form-table">
                <caption className="visually-hidden">{pt.costsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{pt.category}</th>
                    <th scope="col">{pt.claimed} (kr)</th>
                  </tr>
                </thead>
                <tbody>
                  {COST_CATEGORIES.map((c) => (
                    <tr key={c}>
                      <th scope="row">
                        <label htmlFor={`cost-${c}`}>{COST_CATEGORY_LABELS[c][lang]}</label>
                      </th>
                      <td>
                        <input
                          id={`cost-${c}`}
                          type="text"
                          inputMode="decimal"
                          className="w-amount"
                          value={form.costs[c]}
                          aria-invalid={errorOf(`cost-${c}`) ? true : undefined}
                          onChange={(e) => setForm({ ...form, costs: { ...form.costs, [c]: e.target.value } })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
        <AttachmentsPanel key={`${view.id}-${view.version}`} paymentRequestId={view.id} />
        <div className="actions" id="request-actions">
          <button type="button" className="secondary" disabled={busy} onClick={() => void run(false)}>
            {pt.save}
          </button>
          <button type="button" disabled={busy} onClick={() => void run(true)}>
            {pt.submit}
          </button>
        </div>
      </form>
      <FiguresBox
        title={pt.totals}
        rows={form.kind === 'advance' ? [] : [{ label: pt.claimedTotal, value: claimed }]}
        figures={figures}
        empty={empty}
      />
    </div>
  );
}
