import { Link } from 'react-router';
import { sekOrDash as sek } from '../../money.js';
import type { RequestListItem } from './payment-api.js';
import { requestStatusText, usePaymentTexts } from './texts.js';

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
