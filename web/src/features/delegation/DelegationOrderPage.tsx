import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { FunderPicker, useAdminFunders } from '../funder-settings/admin-funder.js';
import '../funder-settings/funder-settings.css';
import { getDelegationOrders, type DecisionKind } from './delegation-api.js';
import { NewVersionForm } from './NewVersionForm.js';
import { useDelegationTexts } from './texts.js';

/** /admin/delegationsordning: the versions of the funder's delegation order, its points, and a new version. */
export function DelegationOrderPage() {
  const dt = useDelegationTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const admin = useAdminFunders();
  const funderId = admin.funder?.id;
  const {
    data: orders,
    error: loadError,
    reload,
  } = useLoad(
    (signal) => (funderId ? getDelegationOrders(funderId, { ...opts, signal }) : Promise.resolve(null)),
    [funderId, opts],
  );
  // Kept here, not in the form: saving makes a new version in force, and the form is remade from it.
  const [savedNotice, setSavedNotice] = useState('');

  useEffect(() => {
    document.title = `${dt.title} – Bidra`;
  }, [dt]);

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <>
        <h1>{dt.title}</h1>
        <p>{dt.notAdmin}</p>
      </>
    );
  }
  if (loadError) return <p role="alert">{dt.loadError}</p>;
  if (!funderId || !orders) return <p>{dt.loading}</p>;
  const current = orders.find((o) => o.inForce);
  const kindsText = (kinds: string[]) => kinds.map((k) => dt.kind[k as DecisionKind] ?? k).join(', ');

  return (
    <>
      <h1>{dt.title}</h1>
      <FunderPicker admin={admin} />
      <p className="lead">{dt.intro}</p>
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{dt.versions}</h2>
        {orders.length === 0 ? (
          <p>{dt.noVersions}</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{dt.validFrom}</th>
                <th scope="col">{dt.adoptedBy}</th>
                <th scope="col">{dt.chair}</th>
                <th scope="col">{dt.status}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>{o.validFrom}</td>
                  <td>{o.adoptedBy ?? ''}</td>
                  <td>{o.chairCapacity ?? ''}</td>
                  <td>
                    {o.inForce ? <strong>{dt.inForce}</strong> : dt.notInForce}
                    {o.decisionsRelyingOn > 0 && <>, {dt.relying(o.decisionsRelyingOn)}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {current && (
        <section aria-labelledby="points-heading">
          <h2 id="points-heading">{dt.pointsInForce}</h2>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{dt.number}</th>
                <th scope="col">{dt.text}</th>
                <th scope="col">{dt.kinds}</th>
                <th scope="col">{dt.decider}</th>
                <th scope="col" className="num">
                  {dt.limit}
                </th>
                <th scope="col">{dt.report}</th>
              </tr>
            </thead>
            <tbody>
              {current.points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.number}</th>
                  <td>{p.text}</td>
                  <td>{kindsText(p.decisionKinds)}</td>
                  <td>{p.deciderCapacity ?? dt.anyDecider}</td>
                  <td className="num">{p.amountLimitOre === null ? dt.noLimit : formatSek(ore(p.amountLimitOre))}</td>
                  <td>{p.reportToCommittee ? dt.yes : dt.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <NewVersionForm
        key={current?.id ?? 'none'}
        funderId={funderId}
        from={current}
        lang={lang}
        onEdit={() => setSavedNotice('')}
        onSaved={() => {
          setSavedNotice(dt.saved);
          // Which version is in force is the server's to say: the list is read again.
          reload();
        }}
      />
      <p role="status" className="notice-ok">
        {savedNotice}
      </p>
      <p>
        <Link to="/admin">{dt.toAdmin}</Link>
      </p>
    </>
  );
}
