import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { listPaymentRequests, myPaymentProjects, type RequestListItem } from './payment-api.js';
import { requestStatusText, usePaymentTexts } from './texts.js';
import { sekOrDash as sek } from '../../money.js';

/** A list of payment requests, each linked to its page. */
export function RequestTable({ items, caption }: { items: RequestListItem[]; caption: string }) {
  const pt = usePaymentTexts();
  if (items.length === 0) return <p>{pt.noRequests}</p>;
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{pt.project}</th>
          <th scope="col">{pt.kind}</th>
          <th scope="col">{pt.period}</th>
          <th scope="col">{pt.status}</th>
          <th scope="col" className="num">
            {pt.requested}
          </th>
          <th scope="col" className="num">
            {pt.payable}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link to={`/utbetalningar/${r.id}`}>{r.projectName}</Link>
              {r.diaryNumber && <span className="muted block">{r.diaryNumber}</span>}
            </th>
            <td>{pt.kindLabel(r.kind)}</td>
            <td className="nowrap">{r.period ? `${r.period.start} – ${r.period.end}` : ''}</td>
            <td>{requestStatusText(pt, r)}</td>
            <td className="num nowrap">{sek(r.requestedOre)}</td>
            <td className="num nowrap">{sek(r.payableOre)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Lists {
  projects: { id: string; name: string; acronym: string | null; grantedOre: number | null; paidOre: number }[];
  mine: RequestListItem[];
  toCheck: RequestListItem[];
  toPay: RequestListItem[];
}

/** Where payments start: the beneficiary's projects and requests, the officer's and finance's queues. */
export function PaymentsPage() {
  const { t } = useI18n();
  const pt = usePaymentTexts();
  const { session, opts } = useSession();
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const roles = new Set(session?.user.roles.map((r) => r.role) ?? []);
  const isApplicant = roles.has('applicant');
  const isOfficer = roles.has('case_officer');
  const isFinance = roles.has('finance_officer');

  useEffect(() => {
    document.title = `${pt.payments} – ${t.appName}`;
  }, [pt, t]);
  useEffect(() => {
    const empty = Promise.resolve({ items: [] as RequestListItem[], total: 0 });
    Promise.all([
      isApplicant ? myPaymentProjects(opts) : Promise.resolve({ items: [] }),
      isApplicant ? listPaymentRequests({}, opts) : empty,
      isOfficer ? listPaymentRequests({ status: 'submitted' }, opts) : empty,
      isFinance ? listPaymentRequests({ status: 'approved' }, opts) : empty,
    ])
      .then(([projects, mine, toCheck, toPay]) =>
        setLists({ projects: projects.items, mine: mine.items, toCheck: toCheck.items, toPay: toPay.items }),
      )
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${pt.loadError} ${e.detail}` : pt.loadError));
  }, [opts, isApplicant, isOfficer, isFinance, pt]);

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
      {lists && isOfficer && (
        <section aria-labelledby="to-check">
          <h2 id="to-check">{pt.toCheck}</h2>
          <RequestTable items={lists.toCheck} caption={pt.toCheck} />
        </section>
      )}
      {lists && isFinance && (
        <section aria-labelledby="to-pay">
          <h2 id="to-pay">{pt.toPay}</h2>
          <RequestTable items={lists.toPay} caption={pt.toPay} />
        </section>
      )}
      {lists && isApplicant && (
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
