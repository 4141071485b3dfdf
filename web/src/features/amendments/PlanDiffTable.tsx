import type { DiffField, DiffRow, PlanDiff, RevisedActivity } from './amendment-api.js';
import { useAmendmentTexts } from './texts.js';
import { sek } from '../../money.js';

const SIDE_FIELDS: { key: DiffField; cell: (a: RevisedActivity) => string; num?: boolean }[] = [
  { key: 'title', cell: (a) => a.title },
  { key: 'start', cell: (a) => a.start ?? '' },
  { key: 'end', cell: (a) => a.end ?? '' },
  { key: 'cost', cell: (a) => sek(a.costOre), num: true },
];

/** A changed cell says so in words as well as by its colour (WCAG 1.4.1: not by colour alone). */
function SideCells({ row, side }: { row: DiffRow; side: 'before' | 'after' }) {
  const t = useAmendmentTexts();
  const a = row[side];
  return (
    <>
      {SIDE_FIELDS.map((f) => {
        // A changed description is shown on the activity's title cell: the plan's long texts are not repeated.
        const changed =
          row.status === 'changed' &&
          (row.changed.includes(f.key) || (f.key === 'title' && row.changed.includes('description')));
        const cls = [f.num ? 'num' : '', f.key !== 'title' ? 'nowrap' : '', changed ? 'diff-changed' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <td key={f.key} className={cls || undefined} data-field={f.key} data-side={side}>
            {a ? f.cell(a) : ''}
            {changed && side === 'after' && <span className="diff-mark"> ({t.changedMark})</span>}
          </td>
        );
      })}
    </>
  );
}

/**
 * The side-by-side diff of two versions of a time and activity plan: one row per activity number, the older
 * version on the left and the newer on the right, changed cells marked, added and removed rows named.
 */
export function PlanDiffTable({ diff, fromLabel, toLabel }: { diff: PlanDiff; fromLabel: string; toLabel: string }) {
  const t = useAmendmentTexts();
  return (
    // A wide table scrolls sideways on a narrow screen: the region takes focus so the keyboard can scroll it.
    <div className="diff-wrap" role="region" aria-label={t.diffCaption(fromLabel, toLabel)} tabIndex={0}>
      <p className="muted" id="diff-counts">
        {t.counts(diff.counts)}
      </p>
      <table className="diff-table" aria-describedby="diff-counts">
        <caption>{t.diffCaption(fromLabel, toLabel)}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={4} className="diff-side">
              {t.before}: {fromLabel}
            </th>
            <th scope="colgroup" colSpan={4} className="diff-side">
              {t.after}: {toLabel}
            </th>
            <td />
          </tr>
          <tr>
            <th scope="col">{t.no}</th>
            {[t.activity, t.start, t.end, t.cost, t.activity, t.start, t.end, t.cost].map((h, i) => (
              <th scope="col" key={i} className={i % 4 === 3 ? 'num' : undefined}>
                {h}
              </th>
            ))}
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {diff.rows.map((row, i) => (
            <tr key={`${row.number}-${i}`} className={`diff-${row.status}`} data-number={row.number}>
              <th scope="row">{row.number}</th>
              <SideCells row={row} side="before" />
              <SideCells row={row} side="after" />
              <td className="diff-status">{t.statusLabel(row.status)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t.totalBefore}
            </th>
            <td className="num nowrap">{sek(diff.totals.before)}</td>
            <th scope="row" colSpan={3}>
              {t.totalAfter}
            </th>
            <td className="num nowrap">{sek(diff.totals.after)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
