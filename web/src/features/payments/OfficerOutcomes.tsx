import { useState } from 'react';
import { ApiProblem } from '../../api.js';
import { TextField } from '../../components/fields.js';
import { useSession } from '../../session.js';
import { rejectPaymentRequest, returnPaymentRequest, type PaymentRequestView } from './payment-api.js';
import { usePaymentTexts } from './texts.js';

// The limits the server's schemas set (src/server/modules/payments/payment-schema.ts).
const MESSAGE_MAX = 2000;
const REASON_MAX = 5000;

interface OutcomeProps {
  id: string;
  title: string;
  hint: string;
  label: string;
  required: string;
  max: number;
  button: string;
  send: (text: string) => Promise<PaymentRequestView>;
  onDone: (v: PaymentRequestView) => void;
}

/** One outcome: a required text for the beneficiary and its button; the error beside the field. */
function OutcomeForm(p: OutcomeProps) {
  const pt = usePaymentTexts();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const value = text.trim();
    const problem = value === '' ? p.required : value.length > p.max ? pt.tooLong(p.max) : undefined;
    setError(problem);
    setFailure(null);
    if (problem) {
      document.getElementById(p.id)?.focus();
      return;
    }
    setBusy(true);
    try {
      p.onDone(await p.send(value));
    } catch (e) {
      setFailure(e instanceof ApiProblem ? e.detail : pt.error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`${p.id}-heading`}>
      <h2 id={`${p.id}-heading`}>{p.title}</h2>
      <form
        noValidate
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {failure && (
          <p role="alert" className="field-error">
            {failure}
          </p>
        )}
        <TextField id={p.id} label={p.label} hint={p.hint} value={text} onChange={setText} error={error} multiline />
        <div className="actions">
          <button type="submit" className="secondary" disabled={busy}>
            {p.button}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The officer's other outcomes of a submitted request, beside approving its costs: send it back for
 * completion with what to complete, or reject it with reasons. Both go to the beneficiary by e-mail.
 */
export function OfficerOutcomes({
  view,
  onChanged,
}: {
  view: PaymentRequestView;
  onChanged: (v: PaymentRequestView, notice: string) => void;
}) {
  const pt = usePaymentTexts();
  const { opts } = useSession();
  return (
    <>
      {view.actions.returnForCompletion && (
        <OutcomeForm
          id="completion-message"
          title={pt.returnTitle}
          hint={pt.returnHint}
          label={pt.returnMessage}
          required={pt.returnMessageRequired}
          max={MESSAGE_MAX}
          button={pt.returnButton}
          send={async (message) =>
            (await returnPaymentRequest(view.id, { version: view.version, message }, opts)).request
          }
          onDone={(v) => onChanged(v, pt.returnedNotice)}
        />
      )}
      {view.actions.reject && (
        <OutcomeForm
          id="rejection-reason"
          title={pt.rejectTitle}
          hint={pt.rejectHint}
          label={pt.rejectReason}
          required={pt.rejectReasonRequired}
          max={REASON_MAX}
          button={pt.rejectButton}
          send={async (reason) =>
            (await rejectPaymentRequest(view.id, { version: view.version, reason }, opts)).request
          }
          onDone={(v) => onChanged(v, pt.rejectedNotice)}
        />
      )}
    </>
  );
}
