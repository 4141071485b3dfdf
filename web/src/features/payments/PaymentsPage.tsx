import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  listPaymentRequests,
  myPaymentProjects,
  type MyPaymentProjects,
  type PaymentRequestList,
  type RequestListItem,
} from './payment-api.js';
import { RequestTable } from './RequestTable.js';
import { usePaymentTexts } from './texts.js';
import { sekOrDash as sek } from '../../money.js';

interface Lists {
  /** What the caller may do with payment requests, as the server says: which of the lists below are theirs. */
  actions: PaymentRequestList['actions'];
  projects: MyPaymentProjects['items'];
  mine: RequestListItem[];
  toCheck: RequestListItem[];
  toPay: RequestListItem[];
}

/** Where payments start: the beneficiary's projects and requests, the officer's and finance's queues. */
export function PaymentsPage() {
  const { t } = useI18n();
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${pt.payments} – ${t.appName}`;
  }, [pt, t]);
  useEffect(() => {
    const empty = Promise.resolve({ items: [] as RequestListItem[] });
    // The requests the caller may see come with what the caller may do; that decides the other lists.
    listPaymentRequests({}, opts)
      .then(({ items, actions }) =>
        Promise.all([
          actions.create ? myPaymentProjects(opts) : Promise.resolve({ items: [] }),
          actions.approve ? listPaymentRequests({ status: 'submitted' }, opts) : empty,
          actions.recordPayment ? listPaymentRequests({ status: 'approved' }, opts) : empty,
        ]).then(([projects, toCheck, toPay]) =>
          setLists({
            actions,
            projects: projects.items,
            mine: actions.create ? items : [],
            toCheck: toCheck.items,
            toPay: toPay.items,
          }),
        ),
      )
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${pt.loadError} ${e.detail}` : pt.loadError));
  }, [opts, pt]);

  return (
    <>
      <h1>{pt.payments}</h1>
      <p className="lead">{pt.paymentsIntro}</p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!lists && !error && <p>{t.loadingPage}</p>}
      {lists?.actions.approve && (
        <section aria-labelledby="to-check">
          <h2 id="to-check">{pt.toCheck}</h2>
          <RequestTable items={lists.toCheck} caption={pt.toCheck} />
        </section>
      )}
      {lists?.actions.recordPayment && (
        <section aria-labelledby="to-pay">
          <h2 id="to-pay">{pt.toPay}</h2>
          <RequestTable items={lists.toPay} caption={pt.toPay} />
        </section>
      )}
      {lists?.actions.create && (
        <>
          <section aria-labelledby="my-projects">
            <h2 id="my-projects">{pt.myProjects}</h2>
            {lists.projects.length === 0 ? (
              <p>{pt.noProjects}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{pt.myProjects}</caption>
                <thead>
                  <tr>
                    <th scope="col">{pt.project}</th>
                    <th scope="col" className="num">
                      {pt.granted}
                    </th>
                    <th scope="col" className="num">
                      {pt.paid}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lists.projects.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <Link to={`/utbetalningar/projekt/${p.id}`}>{p.name}</Link>
                      </th>
                      <td className="num nowrap">{sek(p.grantedOre)}</td>
                      <td className="num nowrap">{sek(p.paidOre)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="my-requests">
            <h2 id="my-requests">{pt.myRequests}</h2>
            <RequestTable items={lists.mine} caption={pt.myRequests} />
          </section>
        </>
      )}
    </>
  );
}
