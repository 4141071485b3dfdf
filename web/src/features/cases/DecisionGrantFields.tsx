import { TextField } from '../../components/fields.js';
import { sek } from '../../money.js';
import type { Workspace } from './case-api.js';
import type { DecisionForm, toDecisionInput } from './decision-form.js';
import { useCaseTexts } from './texts.js';

/** What the editor's parts get: the form as typed, its errors, the workspace's choices and a way to change it. */
export interface FieldsProps {
  form: DecisionForm;
  errors: ReturnType<typeof toDecisionInput>['errors'];
  workspace: Workspace;
  update: (change: Partial<DecisionForm>) => void;
}

/** A grant's terms in the decision editor: amount, share, approved costs, period and appropriation. */
export function DecisionGrantFields({ form: f, errors, update, workspace: w }: FieldsProps) {
  const c = useCaseTexts();
  return (
    <>
      <TextField
        id="amount"
        label={c.amount}
        width="medium"
        value={f.amount}
        error={errors.amount}
        onChange={(v) => update({ amount: v })}
      />
      <TextField
        id="max-share"
        label={c.maxShare}
        width="short"
        value={f.maxShare}
        error={errors.maxShare}
        onChange={(v) => update({ maxShare: v })}
      />
      <TextField
        id="approved-costs"
        label={c.approvedCosts}
        width="medium"
        value={f.approvedCosts}
        error={errors.approvedCosts}
        onChange={(v) => update({ approvedCosts: v })}
      />
      <TextField
        id="period-start"
        label={c.periodStart}
        hint={c.dateHint}
        type="date"
        width="medium"
        value={f.periodStart}
        error={errors.periodStart}
        onChange={(v) => update({ periodStart: v })}
      />
      <TextField
        id="period-end"
        label={c.periodEnd}
        hint={c.dateHint}
        type="date"
        width="medium"
        value={f.periodEnd}
        error={errors.periodEnd}
        onChange={(v) => update({ periodEnd: v })}
      />
      <div className="field">
        <label htmlFor="appropriation">{c.appropriation}</label>
        <select
          id="appropriation"
          value={f.appropriationId}
          onChange={(e) => update({ appropriationId: e.target.value })}
        >
          <option value="">{c.chooseAppropriation}</option>
          {w.options.appropriations.map((a) => (
            <option key={a.id} value={a.id}>
              {[a.expenditureArea, a.code, a.name].filter(Boolean).join(' ')} –{' '}
              {c.appropriationLeft(a.year, sek((a.budgetOre ?? 0) - a.committedOre), sek(a.budgetOre ?? 0))}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
