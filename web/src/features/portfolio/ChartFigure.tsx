import { useId, useState, type ReactNode } from 'react';
import { usePortfolioTexts } from './texts.js';

/**
 * One chart of the dashboard: a heading, a description the chart is described by, the chart, and its
 * data as a table behind "Visa som tabell" (plus the same figures as CSV). The chart's bars are drawn in
 * SVG and hidden from assistive technology; their values are written out as text beside them.
 */
export function ChartFigure(props: {
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  csvHref?: string;
}) {
  const pt = usePortfolioTexts();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p id={`${id}-desc`} className="hint">
        {props.description}
      </p>
      <div role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        {props.chart}
      </div>
      <div className="chart-actions">
        <button
          type="button"
          className="secondary-button"
          aria-expanded={open}
          aria-controls={`${id}-table`}
          onClick={() => setOpen(!open)}
        >
          {open ? pt.hideTable : pt.showTable}
        </button>
        {props.csvHref && (
          <a href={props.csvHref} download>
            {pt.download}
          </a>
        )}
      </div>
      <div id={`${id}-table`} hidden={!open}>
        {props.table}
      </div>
    </section>
  );
}
