import {
  ganttRange,
  inRange,
  labelledTicks,
  monthTicks,
  span,
  dayStart,
  withToday,
  type TimeRange,
} from './geometry.js';
import type { Gantt } from './portfolio-api.js';
import { usePortfolioTexts } from './texts.js';

const W = 1000;

/**
 * The Gantt chart: one row per activity, its number and title as text (wrapping, so it stays readable on a
 * narrow screen) and its bar in SVG, positioned by date on a month axis. Every row shades the project
 * period and draws today as a dashed line; the legend says so in words. Sub-activities are indented and
 * drawn thinner.
 */
export function GanttChart({ data }: { data: Gantt }) {
  const pt = usePortfolioTexts();
  const base = ganttRange({ start: data.project.periodStart, end: data.project.periodEnd }, data.activities);
  if (!base) return <p>{pt.undated}</p>;
  const range = withToday(base, data.today);
  const todayShown = inRange(data.today, range);
  const period =
    data.project.periodStart && data.project.periodEnd
      ? span(data.project.periodStart, data.project.periodEnd, range)
      : null;
  const years = monthTicks(range).filter((t) => t.yearStart);
  const background = (
    <>
      {period && <rect x={period.left * W} y="0" width={period.width * W} height="24" className="gantt-period" />}
      {years.map((y) => (
        <line key={y.date} x1={y.position * W} x2={y.position * W} y1="0" y2="24" className="gantt-grid" />
      ))}
      {todayShown && (
        <line
          x1={dayStart(data.today, range) * W}
          x2={dayStart(data.today, range) * W}
          y1="0"
          y2="24"
          className="gantt-today"
        />
      )}
    </>
  );
  return (
    <div className="gantt">
      <ul className="legend">
        <li>
          <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="23" height="15" className="gantt-period" />
          </svg>{' '}
          {pt.legendPeriod}
        </li>
        <li>
          <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <line x1="12" x2="12" y1="0" y2="16" className="gantt-today" />
          </svg>{' '}
          {todayShown ? pt.today(data.today) : pt.todayOutside(data.today)}
        </li>
      </ul>
      <div className="gantt-row gantt-axis-row" aria-hidden="true">
        <span />
        <Axis range={range} />
      </div>
      <ol className="gantt-rows">
        {data.activities.map((a) => {
          const bar = a.start && a.end ? span(a.start, a.end, range) : null;
          return (
            <li key={a.number} className={`gantt-row${a.parentNumber ? ' sub-activity' : ''}`}>
              <span className="gantt-label">
                <span className="gantt-no">{a.number}</span> {a.title}
                <span className="gantt-dates">{a.start && a.end ? `${a.start} – ${a.end}` : pt.undated}</span>
              </span>
              <svg
                className="gantt-track"
                viewBox={`0 0 ${W} 24`}
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                {background}
                {bar && (
                  <rect
                    x={bar.left * W}
                    width={bar.width * W}
                    y={a.parentNumber ? 8 : 4}
                    height={a.parentNumber ? 8 : 16}
                    className="gantt-bar"
                  />
                )}
              </svg>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function Axis({ range }: { range: TimeRange }) {
  const pt = usePortfolioTexts();
  return (
    <span className="gantt-axis">
      {labelledTicks(monthTicks(range)).map((t) => (
        <span
          key={t.date}
          className={t.yearStart ? 'tick tick-year' : 'tick tick-month'}
          style={{ left: `${(t.position * 100).toFixed(3)}%` }}
        >
          {t.yearStart ? t.year : pt.months[t.month - 1]}
        </span>
      ))}
    </span>
  );
}
