import { useRef, useState } from 'react';
import { checkCostApprovals, paymentRequestTotals, type CostLine } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { FiguresBox, amountText, readAmount } from './FiguresBox.js';
import { approvePaymentRequest, liveAssessment, type PaymentRequestView } from './payment-api.js';
import { usePaymentTexts } from './texts.js';

/**
 * The officer's check: claimed against approved per category, a motivation where cut, and the payable
 * amount with the limit that binds it, recomputed as the officer types by the rule the server applies.
 */
export function CostCheck({
  view,
  onChanged,
}: {
  view: PaymentRequestView;
  onChanged: (v: PaymentRequestView) => void;
}) {
  const pt = usePaymentTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const [approved, setApproved] = useState(() =>
    Object.fromEntries(view.costs.map((c) => [c.category, amountText(c.claimedOre)])),
  );
  const [motivations, setMotivations] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const lines: CostLine[] = view.costs.map((c) => {
    const v = readAmount(approved[c.category] ?? '');
    return {
      category: c.category,
      claimedOre: c.claimedOre,
      approvedOre: typeof v === 'number' ? v : null,
      motivation: motivations[c.category] ?? null,
    };
  });
  const totals = paymentRequestTotals(lines);
  const figures = view.position
    ? liveAssessment(view.position, view.kind, totals.approved ?? 0, view.advanceOre ?? 0)
    : null;

  const approve = async () => {
    const problems: SummaryItem[] = view.costs.flatMap((c) =>
      readAmount(approved[c.category] ?? '') == null
        ? [{ fieldId: `approved-${c.category}`, message: pt.amountInvalid(COST_CATEGORY_LABELS[c.category][lang]) }]
        : [],
    );
    // The same rules the server checks, so that the officer sees them before sending.
    for (const i of checkCostApprovals(lines)) {
      if (i.code !== 'payment.approval_missing')
        problems.push({
          fieldId: `${i.code === 'payment.cut_without_motivation' ? 'motivation' : 'approved'}-${i.category}`,
          message: i.message[lang],
        });
    }
    setErrors(problems);
    if (problems.length > 0 || !figures) {
      summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const res = await approvePaymentRequest(
        view.id,
        {
          version: view.version,
          costs: lines.map((l) => ({
            category: l.category,
            approvedOre: l.approvedOre ?? 0,
            motivation: l.motivation?.trim() || null,
          })),
          note: note.trim() || null,
          expectedPayableOre: figures.payable,
        },
        opts,
      );
      onChanged(res.request);
    } catch (e) {
      setErrors([{ message: e instanceof ApiProblem ? e.detail : pt.error }]);
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{pt.check}</h2>
      <div className="two-columns">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void approve();
          }}
        >
          <ErrorSummary items={errors} ref={summary} />
          {view.costs.length > 0 && (
            <table className="form-table">
              <caption className="visually-hidden">{pt.check}</caption>
              <thead>
                <tr>
                  <th scope="col">{pt.category}</th>
                  <th scope="col" className="num">
                    {pt.claimed}
                  </th>
                  <th scope="col">{pt.approved} (kr)</th>
                  <th scope="col">{pt.motivation}</th>
                </tr>
              </thead>
              <tbody>
                {view.costs.map((c) => {
                  const name = COST_CATEGORY_LABELS[c.category][lang];
                  return (
                    <tr key={c.category}>
                      <th scope="row">{name}</th>
                      <td className="num nowrap">{amountText(c.claimedOre)} kr</td>
                      <td>
                        <input
                          id={`approved-${c.category}`}
                          type="text"
                          inputMode="decimal"
                          className="w-amount"
                          aria-label={`${pt.approved}: ${name}`}
                          aria-invalid={errorOf(`approved-${c.category}`) ? true : undefined}
                          value={approved[c.category] ?? ''}
                          onChange={(e) => setApproved({ ...approved, [c.category]: e.target.value })}
                        />
                      </td>
                      <td>
                        <input
                          id={`motivation-${c.category}`}
                          type="text"
                          aria-label={`${pt.motivation}: ${name}`}
                          aria-invalid={errorOf(`motivation-${c.category}`) ? true : undefined}
                          value={motivations[c.category] ?? ''}
                          onChange={(e) => setMotivations({ ...motivations, [c.category]: e.target.value })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <TextField id="note" label={pt.note} value={note} onChange={setNote} multiline />
          <div className="actions">
            <button type="submit" disabled={busy || !figures || figures.issues.length > 0}>
              {pt.approve}
            </button>
          </div>
        </form>
        <FiguresBox
          title={pt.totals}
          rows={
            view.kind === 'advance'
              ? []
              : [
                  { label: pt.claimedTotal, value: view.claimedTotalOre },
                  { label: pt.approvedTotal, value: totals.approved ?? 0 },
                ]
          }
          figures={figures}
        />
      </div>
    </section>
  );
}
