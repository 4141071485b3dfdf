import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { basisPoints, formatPercent, formatSek, ore } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  createPaymentRequest,
  getProjectPayments,
  getReportingPlan,
  type ProjectPayments,
  type ReportingPlanView,
} from './payment-api.js';
import { RequestTable } from './RequestTable.js';
import { ReportingPlanEditor } from './ReportingPlanEditor.js';
import { usePaymentTexts } from './texts.js';

/** A project's payments: the grant and what is paid, the reporting plan's dates, the requests and payments. */
export function ProjectPaymentsPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const pt = usePaymentTexts();
  const { opts } = useSession();
  const navigate = useNavigate();
  const [data, setData] = useState<{ payments: ProjectPayments; plan: ReportingPlanView } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    Promise.all([getProjectPayments(projectId, opts), getReportingPlan(projectId, opts)])
      .then(([payments, plan]) => setData({ payments, plan }))
      .catch((e: unknown) => setError(e instanceof ApiProblem ? `${pt.loadError} ${e.detail}` : pt.loadError));
  }, [projectId, opts, pt, tick]);
  useEffect(() => {
    if (data) document.title = `${pt.payments}: ${data.payments.project.name} – ${t.appName}`;
  }, [data, pt, t]);

  const startRequest = async () => {
    setBusy(true);
    try {
      const created = await createPaymentRequest(
        projectId,
        { kind: 'interim', period: null, costs: [], advanceOre: null },
        opts,
      );
      void navigate(`/utbetalningar/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiProblem ? e.detail : pt.error);
      setBusy(false);
    }
  };

  if (error)
    return (
      <div role="alert" className="error-summary">
        {error}
      </div>
    );
  if (!data) return <p>{t.loadingPage}</p>;
  const { payments: d, plan } = data;
  const pos = d.position;
  return (
    <>
      <h1>
        {pt.payments}: {d.project.name}
      </h1>
      {pos && (
        <dl className="facts">
          <dt>{pt.granted}</dt>
          <dd>{formatSek(ore(pos.grantAmountOre))}</dd>
          <dt>{pt.share}</dt>
          <dd>{pos.maxShareBp === null ? pt.noShare : formatPercent(basisPoints(pos.maxShareBp))}</dd>
          <dt>{pt.withheldSetting}</dt>
          <dd>{formatPercent(basisPoints(pos.withheldUntilFinalBp))}</dd>
          <dt>{pt.approvedCostsSoFar}</dt>
          <dd>{formatSek(ore(pos.priorApprovedCostsOre))}</dd>
          <dt>{pt.paid}</dt>
          <dd>{formatSek(ore(pos.paidOre))}</dd>
          <dt>{pt.committed}</dt>
          <dd>{formatSek(ore(pos.committedOre))}</dd>
          <dt>{pt.remaining}</dt>
          <dd>{formatSek(ore(d.remainingGrantOre ?? 0))}</dd>
        </dl>
      )}
      <p>
        <Link to={`/projekt/${projectId}/avslut`}>{pt.closureLink}</Link>
      </p>
      {d.actions.createRequest && (
        <p>
          <button type="button" onClick={() => void startRequest()} disabled={busy}>
            {pt.newRequest}
          </button>
        </p>
      )}
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{pt.reportingPlan}</h2>
        {plan.plan?.note && <p>{plan.plan.note}</p>}
        {plan.items.length === 0 ? (
          <p>{pt.noPlan}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{pt.reportingPlan}</caption>
            <thead>
              <tr>
                <th scope="col">{pt.kind}</th>
                <th scope="col">{pt.dueDate}</th>
                <th scope="col">{pt.period}</th>
                <th scope="col">{pt.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{pt.itemKind(i.kind)}</th>
                  <td className="nowrap">{i.dueDate}</td>
                  <td className="nowrap">{i.period ? `${i.period.start} – ${i.period.end}` : ''}</td>
                  <td>
                    <span className={`badge deadline-${i.deadline.state}`}>
                      {pt.deadlineLabel(i.deadline.state, i.deadline.daysLeft)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {d.actions.editReportingPlan && (
          <ReportingPlanEditor
            key={tick}
            projectId={projectId}
            plan={plan}
            onSaved={(next) => setData({ payments: d, plan: next })}
            onReload={() => {
              setData(null);
              setTick((x) => x + 1);
            }}
          />
        )}
      </section>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{pt.myRequests}</h2>
        <RequestTable items={d.requests} caption={pt.myRequests} />
      </section>
      <section aria-labelledby="paid-heading">
        <h2 id="paid-heading">{pt.paymentsMade}</h2>
        {d.payments.length === 0 ? (
          <p>{pt.noRequests}</p>
        ) : (
          <table>
            <caption className="visually-hidden">{pt.paymentsMade}</caption>
            <thead>
              <tr>
                <th scope="col">{pt.paidOn}</th>
                <th scope="col">{pt.reference}</th>
                <th scope="col" className="num">
                  {pt.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.payments.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="nowrap">
                    {p.paidOn}
                  </th>
                  <td>{p.reference ?? ''}</td>
                  <td className="num nowrap">{formatSek(ore(p.amountOre))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
