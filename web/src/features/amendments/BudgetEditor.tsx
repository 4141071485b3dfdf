import { COST_CATEGORIES, COST_CATEGORY_NAMES, type CostCategory } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import type { BudgetLine } from './amendment-api.js';
import { budgetSums, cellKey, signedSek, type BudgetCells } from './budget-form.js';
import { useAmendmentTexts } from './texts.js';
import { sek } from '../../money.js';

interface Props {
  /** Prefix of the table's and the inputs' ids. */
  id: string;
  caption: string;
  years: readonly number[];
  /** The budget in force, which the change is shown against. */
  current: readonly BudgetLine[];
  /** The revised budget as read (cells that cannot be read count as 0 until they can). */
  revised: readonly BudgetLine[];
  inPeriod: (year: number) => boolean;
  /** Given: an editor of the cells, with an inline error per cell. Left out: the revised budget as text. */
  edit?: { cells: BudgetCells; errors: Record<string, string>; onChange: (cells: BudgetCells) => void };
}

/**
 * A revised budget, cost category × year of the project period (docs/domain/life-of-a-grant.md, "5. Amendment"), with
 * live totals per category, per year and overall, and the change against the budget in force, by the domain's totals
 * (project income reduces the cost). Every input is labelled "Personal, 2025"; errors sit inline.
 */
export function BudgetEditor({ id, caption, years, current, revised, inPeriod, edit }: Props) {
  const t = useAmendmentTexts();
  const { lang } = useI18n();
  const now = budgetSums(current);
  const after = budgetSums(revised);
  const name = (c: CostCategory) => COST_CATEGORY_NAMES[c][lang];

  const cell = (c: CostCategory, year: number) => {
    const key = cellKey(c, year);
    const cid = `${id}-${c}-${year}`;
    const error = edit?.errors[key];
    const delta = error ? 0 : after.cell(c, year) - now.cell(c, year);
    const change = delta !== 0 && (
      <span id={`${cid}-change`} className="budget-delta block">
        {t.cellChange(signedSek(delta))}
      </span>
    );
    if (!edit) {
      return (
        <td key={year} className={`num${delta !== 0 ? ' budget-changed' : ''}`} data-year={year}>
          {after.cell(c, year) === 0 && now.cell(c, year) === 0 ? '' : sek(after.cell(c, year))}
          {change}
        </td>
      );
    }
    const described = [error ? `${cid}-error` : '', delta !== 0 ? `${cid}-change` : ''].filter(Boolean).join(' ');
    return (
      <td key={year} className={`num${error ? ' field-invalid' : ''}`} data-year={year}>
        <label htmlFor={cid} className="visually-hidden">
          {t.budgetCell(name(c), year)}
        </label>
        {error && (
          <p id={`${cid}-error`} className="field-error">
            {error}
          </p>
        )}
        <input
          id={cid}
          type="text"
          inputMode="decimal"
          className="w-amount"
          value={edit.cells[key] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(e) => edit.onChange({ ...edit.cells, [key]: e.target.value })}
        />
        {change}
      </td>
    );
  };

  return (
    <div className="diff-wrap">
      <table className="budget-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.costCategory}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
                {!inPeriod(y) && <span className="muted block">{t.outsidePeriod}</span>}
              </th>
            ))}
            <th scope="col" className="num">
              {t.budgetTotal}
            </th>
          </tr>
        </thead>
        <tbody>
          {COST_CATEGORIES.map((c) => (
            <tr key={c} data-category={c}>
              <th scope="row">{name(c)}</th>
              {years.map((y) => cell(c, y))}
              <td className="num" data-year="all">
                {sek(after.byCategory(c))}
                {after.byCategory(c) !== now.byCategory(c) && (
                  <span className="budget-delta block">
                    {t.cellChange(signedSek(after.byCategory(c) - now.byCategory(c)))}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-row="total">
            <th scope="row">{t.budgetRevisedTotal}</th>
            {years.map((y) => (
              <td key={y} className="num" data-year={y}>
                {sek(after.byYear(y))}
              </td>
            ))}
            <td className="num" data-year="all">
              {sek(after.total)}
            </td>
          </tr>
          <tr data-row="current">
            <th scope="row">{t.budgetNow}</th>
            {years.map((y) => (
              <td key={y} className="num" data-year={y}>
                {sek(now.byYear(y))}
              </td>
            ))}
            <td className="num" data-year="all">
              {sek(now.total)}
            </td>
          </tr>
          <tr data-row="change">
            <th scope="row">{t.budgetChange}</th>
            {years.map((y) => (
              <td key={y} className="num" data-year={y}>
                {signedSek(after.byYear(y) - now.byYear(y))}
              </td>
            ))}
            <td className="num" data-year="all">
              {signedSek(after.total - now.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The "Revidera budgeten" checkbox and, when it is ticked, the budget editor with its hint. */
export function BudgetRevision({
  revise,
  onRevise,
  ...editor
}: Props & { revise: boolean; onRevise: (revise: boolean) => void }) {
  const t = useAmendmentTexts();
  return (
    <>
      <div className="field checkbox">
        <input
          type="checkbox"
          id={`${editor.id}-revise`}
          checked={revise}
          onChange={(e) => onRevise(e.target.checked)}
        />
        <label htmlFor={`${editor.id}-revise`}>{t.reviseBudget}</label>
      </div>
      {revise && (
        <>
          <p className="hint">{t.budgetHint}</p>
          <BudgetEditor {...editor} />
        </>
      )}
    </>
  );
}
