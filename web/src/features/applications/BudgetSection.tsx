import { COST_CATEGORIES, type CostCategory } from '../../../../src/domain/index.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import { CellInput, replaceAt, Section, useFocusAfterRender, type SectionProps } from './form-parts.js';
import { emptyBudgetRow, fieldId, type BudgetRow } from './form-model.js';

const ADD = 'add-budget-row';

/** The budget: one line per cost category and year. */
export function BudgetSection({ form, update, errorOf }: SectionProps) {
  const { t, lang } = useI18n();
  const focusNext = useFocusAfterRender();
  const set = (i: number, change: Partial<BudgetRow>) => update({ budget: replaceAt(form.budget, i, change) });
  return (
    <Section path="budget" title={t.sectionBudget} errorOf={errorOf}>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.year}</th>
            <th scope="col">{t.amount}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {form.budget.map((b, i) => {
            const row = t.budgetRowN(i + 1);
            const id = fieldId(`budget.${i}.category`);
            return (
              <tr key={b.key}>
                <td>
                  <label htmlFor={id} className="visually-hidden">
                    {t.inRow(t.category, row)}
                  </label>
                  <select
                    id={id}
                    value={b.category}
                    onChange={(e) => set(i, { category: e.target.value as CostCategory })}
                  >
                    {COST_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {COST_CATEGORY_LABELS[c][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput
                    path={`budget.${i}.year`}
                    label={t.inRow(t.year, row)}
                    value={b.year}
                    onChange={(v) => set(i, { year: v })}
                    errorOf={errorOf}
                    className="w-year"
                    inputMode="numeric"
                    maxLength={4}
                  />
                </td>
                <td>
                  <CellInput
                    path={`budget.${i}.amountOre`}
                    label={t.inRow(t.amount, row)}
                    value={b.amount}
                    onChange={(v) => set(i, { amount: v })}
                    errorOf={errorOf}
                    className="w-amount"
                    inputMode="decimal"
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      update({ budget: form.budget.filter((_, j) => j !== i) });
                      focusNext(ADD);
                    }}
                  >
                    {t.removeRow(row)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        id={ADD}
        type="button"
        className="secondary"
        onClick={() => {
          update({ budget: [...form.budget, emptyBudgetRow()] });
          focusNext(fieldId(`budget.${form.budget.length}.category`));
        }}
      >
        {t.addBudgetRow}
      </button>
    </Section>
  );
}
