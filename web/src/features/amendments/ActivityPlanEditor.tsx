import { useAmendmentTexts } from './texts.js';

/** One row as typed: every field a string until it is read (the cost in kronor as written). */
export interface PlanRow {
  number: string;
  title: string;
  start: string;
  end: string;
  cost: string;
}

/** A revised time and activity plan, row by row; every input is labelled with its field and row. */
export function ActivityPlanEditor({ rows, onChange }: { rows: PlanRow[]; onChange: (rows: PlanRow[]) => void }) {
  const t = useAmendmentTexts();
  const set = (i: number, change: Partial<PlanRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const input = (i: number, key: keyof PlanRow, label: string, type = 'text', cls?: string) => (
    <input
      type={type}
      aria-label={t.rowLabel(label, i)}
      className={cls}
      value={rows[i]![key]}
      onChange={(e) => set(i, { [key]: e.target.value })}
    />
  );
  return (
    <div className="diff-wrap">
      <table className="form-table">
        <caption>{t.revisedPlan}</caption>
        <thead>
          <tr>
            <th scope="col">{t.no}</th>
            <th scope="col">{t.activity}</th>
            <th scope="col">{t.start}</th>
            <th scope="col">{t.end}</th>
            <th scope="col">{t.cost}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{input(i, 'number', t.no, 'text', 'w-tiny')}</td>
              <td>{input(i, 'title', t.activity)}</td>
              <td>{input(i, 'start', t.start, 'date')}</td>
              <td>{input(i, 'end', t.end, 'date')}</td>
              <td>{input(i, 'cost', t.cost, 'text', 'w-amount')}</td>
              <td>
                <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                  {t.removeActivity(r.number)}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="secondary"
        onClick={() => onChange([...rows, { number: '', title: '', start: '', end: '', cost: '' }])}
      >
        {t.addActivity}
      </button>
    </div>
  );
}
