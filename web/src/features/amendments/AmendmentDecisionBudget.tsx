import type { AmendmentDecisionView } from './amendment-api.js';
import { BudgetEditor } from './BudgetEditor.js';
import { budgetYears, cellsFromLines, yearInPeriod } from './budget-form.js';
import { useAmendmentTexts } from './texts.js';

/** The budget an amendment decision approves beside the one in force, or that it keeps the budget (read only). */
export function AmendmentDecisionBudget({ view }: { view: AmendmentDecisionView }) {
  const t = useAmendmentTexts();
  return (
    <section aria-labelledby="budget-heading">
      <h2 id="budget-heading">{t.budgetTitle}</h2>
      {view.budget ? (
        <BudgetEditor
          id="budget"
          caption={t.budgetCaptionFor(t.decisionTitle)}
          years={budgetYears(view.after.period, view.budgetBefore.lines, cellsFromLines(view.budget))}
          current={view.budgetBefore.lines}
          revised={view.budget}
          inPeriod={yearInPeriod(view.after.period?.start, view.after.period?.end)}
        />
      ) : (
        <p>{t.budgetKept}</p>
      )}
    </section>
  );
}
