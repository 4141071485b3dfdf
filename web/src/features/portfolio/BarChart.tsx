import { formatSek, ore } from '../../../../src/domain/index.js';
import { barFraction } from './geometry.js';
import { usePortfolioTexts } from './texts.js';

export interface Bar {
  key: string;
  label: string;
  valueOre: number;
  count: number;
}

/**
 * Horizontal bars, one list item each: the label and the amount are text (so the value never depends on
 * the eye reading a length or a colour), the bar is an SVG drawn to the largest value. Rows wrap under
 * each other on a narrow screen.
 */
export function BarChart({ bars }: { bars: readonly Bar[] }) {
  const pt = usePortfolioTexts();
  if (bars.length === 0) return <p>{pt.noData}</p>;
  const max = Math.max(...bars.map((b) => b.valueOre));
  return (
    <ul className="bar-chart">
      {bars.map((b) => (
        <li key={b.key}>
          <span className="bar-label">{b.label}</span>
          <svg className="bar" viewBox="0 0 1000 24" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect x="0" y="2" width={barFraction(b.valueOre, max) * 1000} height="20" className="bar-fill" />
          </svg>
          <span className="bar-value">
            {formatSek(ore(b.valueOre))} · {pt.projectCount(b.count)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The bars' data as a table with a total row: the chart's text alternative. */
export function BarTable(props: {
  bars: readonly Bar[];
  labelHeader: string;
  countHeader: string;
  /** The total row's count when the rows' counts do not add up (a project in several rows); null: none. */
  totalCount?: number | null;
}) {
  const pt = usePortfolioTexts();
  const sumOre = props.bars.reduce((a, b) => a + b.valueOre, 0);
  const count = props.totalCount === undefined ? props.bars.reduce((a, b) => a + b.count, 0) : props.totalCount;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{props.labelHeader}</th>
          <th scope="col" className="num">
            {props.countHeader}
          </th>
          <th scope="col" className="num">
            {pt.granted}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{b.label}</th>
            <td className="num">{b.count}</td>
            <td className="num nowrap">{formatSek(ore(b.valueOre))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{pt.total}</th>
          <td className="num">{count ?? ''}</td>
          <td className="num nowrap">{formatSek(ore(sumOre))}</td>
        </tr>
      </tfoot>
    </table>
  );
}
