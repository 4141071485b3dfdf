import { useState, type FormEvent } from 'react';
import { useSession } from '../../session.js';
import { createRecovery } from './closure-api.js';
import { useClosureTexts } from './texts.js';

/** The officer's draft of a recovery or repayment decision: kind, amount in kronor, reasons, due date. */
export function RecoveryForm(props: {
  projectId: string;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { projectId, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();
  const [kind, setKind] = useState<'recovery' | 'repayment'>('recovery');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [point, setPoint] = useState('');
  const [invalid, setInvalid] = useState(false);

  const decide = (e: FormEvent) => {
    e.preventDefault();
    const kronor = Number(amount.replace(/[\s\u00a0]/g, ''));
    if (!Number.isInteger(kronor) || kronor <= 0) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void act(
      () =>
        createRecovery(
          projectId,
          { kind, amountOre: kronor * 100, reason, dueDate, delegationPoint: point.trim() || undefined },
          opts,
        ),
      ct.draftCreated,
    );
  };

  return (
    <form onSubmit={decide} aria-labelledby="new-recovery-heading">
      <h3 id="new-recovery-heading">{ct.newRecovery}</h3>
      <p>
        <label htmlFor="recovery-kind">{ct.kind}</label>
        <select
          id="recovery-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value === 'repayment' ? 'repayment' : 'recovery')}
        >
          <option value="recovery">{ct.kindLabel('recovery')}</option>
          <option value="repayment">{ct.kindLabel('repayment')}</option>
        </select>
      </p>
      <p>
        <label htmlFor="recovery-amount">{ct.amountKr}</label>
        <input
          id="recovery-amount"
          inputMode="numeric"
          value={amount}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'recovery-amount-error' : undefined}
          onChange={(e) => setAmount(e.target.value)}
          required
        />
        {invalid && (
          <span id="recovery-amount-error" className="field-error">
            {ct.invalidAmount}
          </span>
        )}
      </p>
      <p>
        <label htmlFor="recovery-reason">{ct.reason}</label>
        <textarea id="recovery-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required />
      </p>
      <p>
        <label htmlFor="recovery-due">{ct.dueDate}</label>
        <input id="recovery-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required />
      </p>
      <p>
        <label htmlFor="recovery-point">{ct.recoveryDelegationPoint}</label>
        <input id="recovery-point" value={point} onChange={(e) => setPoint(e.target.value)} />
      </p>
      <p>
        <button type="submit" disabled={busy}>
          {ct.decide}
        </button>
      </p>
    </form>
  );
}
