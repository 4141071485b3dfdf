import { useState } from 'react';
import { sek } from '../../money.js';
import { useSession } from '../../session.js';
import { closeProject, type ClosureView } from './closure-api.js';
import { useClosureTexts } from './texts.js';

/**
 * The closure checklist, what closing releases (for the funder's staff; for the beneficiary once decided), and the
 * officer's draft of the decision closing the project.
 */
export function ClosureConditions(props: {
  data: ClosureView;
  projectId: string;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, projectId, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();
  const [reason, setReason] = useState('');
  const [closePoint, setClosePoint] = useState('');

  return (
    <section aria-labelledby="conditions-heading">
      <h2 id="conditions-heading">{ct.conditions}</h2>
      <ul className="checklist">
        <li data-testid="cond-report">
          {data.conditions.finalReportApproved ? '✓' : '✗'} {ct.condReport}:{' '}
          {data.conditions.finalReportApproved ? ct.met : ct.notMet}
        </li>
        <li data-testid="cond-payment">
          {data.conditions.finalPaymentRecorded ? '✓' : '✗'} {ct.condPayment}:{' '}
          {data.conditions.finalPaymentRecorded ? ct.met : ct.notMet}
        </li>
        {/* The funder's figure: the server sends it to the beneficiary only once the closing decision is made. */}
        {data.releaseOre !== null && (
          <li data-testid="release">
            {data.closed ? ct.released : ct.release}: {sek(data.releaseOre)}
          </li>
        )}
      </ul>
      {data.closed ? (
        <p role="status">{data.closed.decisionDate ? ct.closedOn(data.closed.decisionDate) : ct.closedDone}</p>
      ) : (
        data.actions.close && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => closeProject(projectId, reason, closePoint, opts), ct.draftCreated);
            }}
          >
            {!data.conditions.finalPaymentRecorded && (
              <p>
                <label htmlFor="close-reason">{ct.noFinalPaymentReason}</label>
                <textarea id="close-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              </p>
            )}
            <p>
              <label htmlFor="close-point">{ct.delegationPoint}</label>
              <input id="close-point" value={closePoint} onChange={(e) => setClosePoint(e.target.value)} />
            </p>
            <p>
              <button type="submit" disabled={busy}>
                {ct.close}
              </button>
            </p>
          </form>
        )
      )}
    </section>
  );
}
