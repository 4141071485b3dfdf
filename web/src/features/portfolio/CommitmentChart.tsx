import { barFraction } from './geometry.js';
import type { Portfolio } from './portfolio-api.js';
import { usePortfolioTexts } from './texts.js';
import { sek as kr } from '../../money.js';

type Row = Portfolio['byAppropriation'][number];

/**
 * Commitments against budget as stacked bars in an outlined budget track: paid (solid), granted but not
 * paid (hatched), what remains of the budget (the empty outline). An overdrawn year draws past a budget
 * line, cross-hatched, and says by how much. Patterns and written figures carry the meaning, not colour.
 */
export function CommitmentChart({ rows }: { rows: readonly Row[] }) {
  const pt = usePortfolioTexts();
  if (rows.length === 0) return <p>{pt.noData}</p>;
  const max = Math.max(...rows.map((r) => Math.max(r.budgetOre ?? 0, r.committedOre)));
  return (
    <>
      <CommitmentLegend />
      <ul className="bar-chart commitments">
        {rows.map((r) => {
          const budget = barFraction(r.budgetOre ?? 0, max) * 1000;
          const paid = barFraction(Math.min(r.paidOre, r.committedOre), max) * 1000;
          const committed = barFraction(r.committedOre, max) * 1000;
          const within = Math.min(committed, budget);
          return (
            <li key={`${r.appropriationId}-${r.year}`}>
              <span className="bar-label">{pt.appropriationYear(r.label, r.year)}</span>
              <svg
                className="bar"
                viewBox="0 0 1000 24"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="0" y="2" width={budget} height="20" className="budget-track" />
                <rect x="0" y="2" width={within} height="20" fill="url(#hatch-committed)" className="committed" />
                {committed > budget && (
                  <rect x={budget} y="2" width={committed - budget} height="20" fill="url(#hatch-overdrawn)" />
                )}
                <rect x="0" y="2" width={Math.min(paid, committed)} height="20" className="paid" />
                {r.budgetOre !== null && <line x1={budget} x2={budget} y1="0" y2="24" className="budget-line" />}
              </svg>
              <span className="bar-value">
                {pt.budget} {r.budgetOre === null ? pt.noBudget.toLowerCase() : kr(r.budgetOre)} ·{' '}
                {pt.committed.toLowerCase()} {kr(r.committedOre)} · {pt.paid.toLowerCase()} {kr(r.paidOre)} ·{' '}
                {r.remainingOre < 0
                  ? pt.overdrawn(kr(-r.remainingOre))
                  : `${pt.remaining.toLowerCase()} ${kr(r.remainingOre)}`}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The patterns' definitions and what each means. */
function CommitmentLegend() {
  const pt = usePortfolioTexts();
  const swatch = (fill: string, cls: string) => (
    <svg className="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="23" height="15" fill={fill} className={cls} />
    </svg>
  );
  return (
    <>
      <svg width="0" height="0" className="pattern-defs" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id="hatch-committed"
            width="16"
            height="16"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="16" height="16" className="committed-bg" />
            <line x1="0" y1="0" x2="0" y2="16" className="hatch-line" />
          </pattern>
          <pattern id="hatch-overdrawn" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="overdrawn-bg" />
            <path d="M0 0L6 6M6 0L0 6" className="overdrawn-line" />
          </pattern>
        </defs>
      </svg>
      <ul className="legend">
        <li>
          {swatch('currentColor', 'paid')} {pt.paid}
        </li>
        <li>
          {swatch('url(#hatch-committed)', '')} {pt.unpaid}
        </li>
        <li>
          {swatch('none', 'budget-track')} {pt.remaining}
        </li>
        <li>
          {swatch('url(#hatch-overdrawn)', '')} {pt.overdrawn('…')}
        </li>
      </ul>
    </>
  );
}

export function CommitmentTable({ rows }: { rows: readonly Row[] }) {
  const pt = usePortfolioTexts();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{pt.appropriation}</th>
          <th scope="col">{pt.year}</th>
          <th scope="col" className="num">
            {pt.budget}
          </th>
          <th scope="col" className="num">
            {pt.committed}
          </th>
          <th scope="col" className="num">
            {pt.paid}
          </th>
          <th scope="col" className="num">
            {pt.remaining}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.appropriationId}-${r.year}`}>
            <th scope="row">{r.label}</th>
            <td>{r.year}</td>
            <td className="num nowrap">{r.budgetOre === null ? pt.noBudget : kr(r.budgetOre)}</td>
            <td className="num nowrap">{kr(r.committedOre)}</td>
            <td className="num nowrap">{kr(r.paidOre)}</td>
            <td className="num nowrap">{kr(r.remainingOre)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
