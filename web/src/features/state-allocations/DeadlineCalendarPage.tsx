import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { loadErrorText, useLoad } from '../../use-load.js';
import { DeadlineState } from './Badges.js';
import { getDeadlines, type CalendarEntry } from './state-allocations-api.js';
import { useStateAllocationTexts } from './texts.js';
import './state-allocations.css';

type Range = 'upcoming' | 'all';

/** Entries by month ("2025-03"), months in date order; overdue ones first because they come earliest. */
function byMonth(items: CalendarEntry[]): [string, CalendarEntry[]][] {
  const months = new Map<string, CalendarEntry[]>();
  for (const item of items) {
    const key = item.dueDate.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), item]);
  }
  return [...months.entries()];
}

/**
 * The deadline calendar of the region's state allocations as an agenda grouped by month: each month a
 * heading and a table, each deadline's state in words (and symbol) as well as colour.
 */
export function DeadlineCalendarPage() {
  const { t: common } = useI18n();
  const t = useStateAllocationTexts();
  const { opts } = useSession();
  const [range, setRange] = useState<Range>('upcoming');

  useEffect(() => {
    document.title = `${t.calendarTitle} – ${common.appName}`;
  }, [t, common]);
  const loaded = useLoad(
    (signal) => getDeadlines(range === 'all' ? { from: '1900-01-01' } : {}, { ...opts, signal }).then((r) => r.items),
    [opts, range],
  );
  const items = loaded.data;
  const error = loaded.error ? loadErrorText(loaded.error, t.loadError) : null;

  return (
    <>
      <p>
        <Link to="/statliga-medel">{t.back}</Link>
      </p>
      <h1>{t.calendarTitle}</h1>
      <p className="lead">{t.calendarIntro}</p>
      <label htmlFor="sa-range">{t.show}</label>
      <select id="sa-range" value={range} onChange={(e) => setRange(e.target.value as Range)}>
        <option value="upcoming">{t.showUpcoming}</option>
        <option value="all">{t.showAll}</option>
      </select>
      {error && (
        <div role="alert" className="error-summary">
          {error}
        </div>
      )}
      {!items && !error && <p>{t.loading}</p>}
      {items && items.length === 0 && <p>{t.noDeadlines}</p>}
      {items &&
        byMonth(items).map(([month, entries]) => {
          const headingId = `sa-month-${month}`;
          return (
            <section key={month} className="sa-month" aria-labelledby={headingId}>
              <h2 id={headingId}>{t.monthTitle(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}</h2>
              <table>
                <caption className="visually-hidden">
                  {t.calendarTitle}: {t.monthTitle(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.what}</th>
                    <th scope="col">{t.decision}</th>
                    <th scope="col">{t.recipient}</th>
                    <th scope="col">{t.stateCol}</th>
                    <th scope="col" className="num">
                      {t.amount}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={`${e.allocationId}-${e.kind}`}>
                      <th scope="row" className="nowrap">
                        {e.dueDate}
                      </th>
                      <td>
                        <Link to={`/statliga-medel/tilldelning/${e.allocationId}`}>
                          {t.kind(e.kind)}, {t.forYear(e.year)}
                        </Link>
                      </td>
                      <td>
                        <Link to={`/statliga-medel/${e.stateDecisionId}`}>{e.reference}</Link>
                      </td>
                      <td>{e.recipient}</td>
                      <td>
                        <DeadlineState deadline={e} />
                      </td>
                      <td className="num nowrap">{e.amountOre ? formatSek(ore(e.amountOre)) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
    </>
  );
}
