import { sek } from '../../money.js';
import { useSession } from '../../session.js';
import { recordReceived, type ClosureView, type RecoveryView } from './closure-api.js';
import { RecoveryForm } from './RecoveryForm.js';
import { useClosureTexts } from './texts.js';

/** The project's recoveries and repayments, finance's record of what came in, and the officer's new draft. */
export function Recoveries(props: {
  data: ClosureView;
  projectId: string;
  busy: boolean;
  act: (fn: () => Promise<unknown>, done?: string | null) => Promise<void>;
}) {
  const { data, projectId, busy, act } = props;
  const ct = useClosureTexts();
  const { opts } = useSession();

  const received = (r: RecoveryView) =>
    void act(() =>
      recordReceived(
        r.id,
        { version: r.version, receivedOre: r.amountOre, receivedOn: new Date().toISOString().slice(0, 10) },
        opts,
      ),
    );

  if (data.recoveries.length === 0 && !data.actions.recover) return null;
  return (
    <section aria-labelledby="recoveries-heading">
      <h2 id="recoveries-heading">{ct.recoveries}</h2>
      {data.recoveries.length === 0 ? (
        <p>{ct.noRecoveries}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{ct.recoveries}</caption>
          <thead>
            <tr>
              <th scope="col">{ct.kind}</th>
              <th scope="col">{ct.reason}</th>
              <th scope="col">{ct.dueDate}</th>
              <th scope="col" className="num">
                {ct.amount}
              </th>
              <th scope="col" className="num">
                {ct.received}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.recoveries.map((r) => (
              <tr key={r.id}>
                <th scope="row">{ct.kindLabel(r.kind)}</th>
                <td>{r.reason}</td>
                <td className="nowrap">{r.dueDate ?? ''}</td>
                <td className="num nowrap">{sek(r.amountOre)}</td>
                <td className="num nowrap">
                  {r.receivedOre !== null ? (
                    `${sek(r.receivedOre)} (${r.receivedOn ?? ''})`
                  ) : data.actions.recordReceived ? (
                    <button type="button" disabled={busy} onClick={() => received(r)}>
                      {ct.recordReceived}
                    </button>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.actions.recover && <RecoveryForm projectId={projectId} busy={busy} act={act} />}
    </section>
  );
}
