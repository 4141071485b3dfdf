import { useEffect } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { loadErrorText, useLoad } from '../../use-load.js';
import { DeadlineLine } from './Badges.js';
import { listStateDecisions } from './state-allocations-api.js';
import { useStateAllocationTexts } from './texts.js';
import './state-allocations.css';
import { sek } from '../../money.js';

/** The state decisions offering the region money (docs/domain/life-of-a-grant.md, "9. State allocations"). */
export function StateDecisionsPage() {
  const { t: common } = useI18n();
  const t = useStateAllocationTexts();
  const { opts } = useSession();

  useEffect(() => {
    document.title = `${t.title} – ${common.appName}`;
  }, [t, common]);
  const loaded = useLoad((signal) => listStateDecisions({ ...opts, signal }).then((r) => r.items), [opts]);
  const items = loaded.data;
  const error = loaded.error ? loadErrorText(loaded.error, t.loadError) : null;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p>
        <Link to="/statliga-medel/frister">{t.calendarLink}</Link>
      </p>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!items && !error && <p>{t.loading}</p>}
      {items && items.length === 0 && <p>{t.noDecisions}</p>}
      {items && items.length > 0 && (
        <table>
          <caption className="visually-hidden">{t.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.decision}</th>
              <th scope="col">{t.decidedOn}</th>
              <th scope="col">{t.years}</th>
              <th scope="col">{t.recipients}</th>
              <th scope="col" className="num">
                {t.ownOffered}
              </th>
              <th scope="col" className="num">
                {t.ownRequisitioned}
              </th>
              <th scope="col">{t.nextDeadline}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`/statliga-medel/${d.id}`}>
                    {d.reference} {d.title}
                  </Link>
                </th>
                <td className="nowrap">{d.decidedOn}</td>
                <td className="nowrap">
                  {d.yearFrom}–{d.yearTo}
                </td>
                <td className="num">{d.recipientCount}</td>
                <td className="num nowrap">{sek(d.own.offeredOre)}</td>
                <td className="num nowrap">{sek(d.own.requisitionedOre)}</td>
                <td>
                  {d.own.nextDeadline ? (
                    <>
                      <DeadlineLine deadline={d.own.nextDeadline} /> ({t.forYear(d.own.nextDeadline.year)})
                    </>
                  ) : (
                    t.none
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
