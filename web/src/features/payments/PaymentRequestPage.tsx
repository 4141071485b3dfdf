import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { CostCheck } from './CostCheck.js';
import { amountText } from './FiguresBox.js';
import { getPaymentRequest, recordPayment, type PaymentRequestView } from './payment-api.js';
import { OfficerOutcomes } from './OfficerOutcomes.js';
import { RequestEditor } from './RequestEditor.js';
import { decisionNoteLabel, requestStatusText, usePaymentTexts } from './texts.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { sekOrDash as sek } from '../../money.js';

/** A payment request: the beneficiary's editor while it is a draft, then its check and its payment. */
export function PaymentRequestPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const [view, setView] = useState<PaymentRequestView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    getPaymentRequest(id, opts)
      .then(setView)
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${pt.loadError} ${e.detail}` : pt.loadError));
  }, [id, opts, pt]);
  useEffect(() => {
    if (view) document.title = `${pt.requestTitle(pt.kindLabel(view.kind))}: ${view.projectName} – ${t.appName}`;
  }, [view, pt, t]);

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!view) return <p>{t.loadingPage}</p>;
  const changed = (next: PaymentRequestView, message?: string) => {
    setView(next);
    setNotice(message ?? null);
  };
  return (
    <>
      <p>
        <Link to={`/utbetalningar/projekt/${view.projectId}`}>{pt.back}</Link>
      </p>
      <h1>
        {pt.requestTitle(pt.kindLabel(view.kind))}: {view.projectName}
      </h1>
      <dl className="facts">
        <dt>{pt.diaryNumber}</dt>
        <dd>{view.diaryNumber ?? t.draftNoNumber}</dd>
        <dt>{pt.status}</dt>
        <dd data-testid="request-status">{requestStatusText(pt, view)}</dd>
        {view.period && (
          <>
            <dt>{pt.period}</dt>
            <dd>
              {view.period.start} – {view.period.end}
            </dd>
          </>
        )}
        {view.approvedCostsOre !== null && (
          <>
            <dt>{pt.approvedTotal}</dt>
            <dd>{sek(view.approvedCostsOre)}</dd>
          </>
        )}
        {view.payableOre !== null && (
          <>
            <dt>{pt.payable}</dt>
            <dd data-testid="request-payable">{sek(view.payableOre)}</dd>
          </>
        )}
        {view.payment && (
          <>
            <dt>{pt.paidOn}</dt>
            <dd data-testid="request-paid">
              {sek(view.payment.amountOre)}, {view.payment.paidOn}
              {view.payment.reference ? ` (${view.payment.reference})` : ''}
            </dd>
          </>
        )}
        {view.decisionNote && (
          <>
            <dt>{decisionNoteLabel(pt, view)}</dt>
            <dd className="prewrap" data-testid="decision-note">
              {view.decisionNote}
            </dd>
          </>
        )}
      </dl>
      {notice && (
        <p role="status" className="notice-ok">
          {notice}
        </p>
      )}
      {view.actions.edit && view.returnedForCompletion && <p className="box">{pt.returnedCallout}</p>}
      {view.actions.edit ? (
        <RequestEditor view={view} onChanged={changed} />
      ) : (
        <>
          {!view.actions.approve && <CostsTable view={view} />}
          {view.actions.approve && (
            <CostCheck view={view} onChanged={(v) => changed(v, pt.approvedNotice(sek(v.payableOre)))} />
          )}
          <OfficerOutcomes view={view} onChanged={changed} />
          {view.actions.recordPayment && (
            <RecordPayment
              view={view}
              onChanged={(v) =>
                changed(v, v.payment ? pt.paidNotice(sek(v.payment.amountOre), v.payment.paidOn) : undefined)
              }
            />
          )}
        </>
      )}
      {/* While the beneficiary edits, the receipts are part of the editor, before the button that sends them. */}
      {!view.actions.edit && <AttachmentsPanel key={`${view.id}-${view.version}`} paymentRequestId={view.id} />}
    </>
  );
}

/** Claimed and approved per category, with the officer's motivations. */
function CostsTable({ view }: { view: PaymentRequestView }) {
  const pt = usePaymentTexts();
  const { lang } = useI18n();
  if (view.kind === 'advance') {
    return (
      <p>
        {pt.advanceAmount}: {sek(view.advanceOre)}
      </p>
    );
  }
  return (
    <table>
      <caption>{pt.costsTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{pt.category}</th>
          <th scope="col" className="num">
            {pt.claimed}
          </th>
          <th scope="col" className="num">
            {pt.approved}
          </th>
          <th scope="col">{pt.motivation}</th>
        </tr>
      </thead>
      <tbody>
        {view.costs.map((c) => (
          <tr key={c.category}>
            <th scope="row">{COST_CATEGORY_LABELS[c.category][lang]}</th>
            <td className="num nowrap">{amountText(c.claimedOre)} kr</td>
            <td className="num nowrap">{c.approvedOre === null ? '–' : `${amountText(c.approvedOre)} kr`}</td>
            <td>{c.motivation ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Finance records the payment of the approved amount: the day paid and the voucher reference. */
function RecordPayment({ view, onChanged }: { view: PaymentRequestView; onChanged: (v: PaymentRequestView) => void }) {
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const [paidOn, setPaidOn] = useState(() => new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const submit = async () => {
    const problems: SummaryItem[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn.trim()))
      problems.push({ fieldId: 'paid-on', message: pt.dateInvalid(pt.recordPaidOn) });
    if (!reference.trim()) problems.push({ fieldId: 'reference', message: pt.referenceRequired });
    setErrors(problems);
    if (problems.length > 0) {
      summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      onChanged(
        await recordPayment(
          view.id,
          { version: view.version, paidOn: paidOn.trim(), reference: reference.trim() },
          opts,
        ),
      );
    } catch (e) {
      setErrors([{ message: e instanceof ApiProblem ? e.detail : pt.error }]);
      setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{pt.recordTitle}</h2>
      <form
        noValidate
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary items={errors} ref={summary} />
        <p>
          {pt.payable}: <strong>{sek(view.payableOre)}</strong>
        </p>
        <TextField
          id="paid-on"
          label={pt.recordPaidOn}
          value={paidOn}
          onChange={setPaidOn}
          error={errorOf('paid-on')}
          width="short"
        />
        <TextField
          id="reference"
          label={pt.recordReference}
          value={reference}
          onChange={setReference}
          error={errorOf('reference')}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {pt.record}
          </button>
        </div>
      </form>
    </section>
  );
}
