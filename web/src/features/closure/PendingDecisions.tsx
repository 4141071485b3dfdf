import { sek } from '../../money.js';
import { useSession } from '../../session.js';
import { approveDecision, proposeDecision, type ClosureView } from './closure-api.js';
import { useClosureTexts } from './texts.js';

/**
 * Withdrawal, recovery and closing decisions the officer has drafted or proposed: the officer previews the
 * letter and proposes the draft; a decision maker reads the proposal's letter preview and decides it here.
 * Each decision's `actions` say what the caller may do with it: the server offers proposing to a case officer
 * of the funder and deciding to a decision maker of the funder who is not the proposal's author (and still
 * refuses anyone the delegation order does not allow).
 */
export function PendingDecisions(props: {
  data: ClosureView;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();
  if (data.pendingDecisions.length === 0) return null;
  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading">{ct.pending}</h2>
      <ul>
        {data.pendingDecisions.map((d) => (
          <li key={d.id}>
            <strong>{ct.pendingKind(d.kind)}</strong>
            {d.amountOre !== null ? `, ${sek(d.amountOre)}` : ''} – {ct.pendingStatus(d.status)}.{' '}
            <a href={`/api/v1/decisions/${d.id}/letter-preview.pdf`}>{ct.preview}</a>
            {d.actions.propose && (
              <>
                {' '}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void act(() => proposeDecision(d.id, opts), ct.proposed)}
                >
                  {ct.propose}
                </button>
              </>
            )}
            {d.actions.decide && (
              <>
                {' '}
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`${ct.approveDecision}: ${ct.pendingKind(d.kind)}`}
                  onClick={() => void act(() => approveDecision(d.id, opts), ct.decided)}
                >
                  {ct.approveDecision}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
