import type { FormEvent } from 'react';
import { addMonths, type LocalDate } from '../../../../src/domain/index.js';
import { TextField } from '../../components/fields.js';
import { ActivityPlanEditor } from './ActivityPlanEditor.js';
import type { RequestView } from './amendment-api.js';
import type { ConvertedRequest, RequestForm } from './amendment-request-form.js';
import { BudgetRevision } from './BudgetEditor.js';
import { useAmendmentTexts } from './texts.js';

/** The beneficiary's editable request: new end, amount, motivation, revised plan and budget; save, submit. */
export function AmendmentRequestForm({
  view,
  form,
  converted,
  update,
  years,
  inPeriod,
  busy,
  onSave,
  onSubmit,
}: {
  view: RequestView;
  form: RequestForm;
  converted: ConvertedRequest;
  update: (change: Partial<RequestForm>) => void;
  years: number[];
  inPeriod: (year: number) => boolean;
  busy: boolean;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const t = useAmendmentTexts();
  // The example counts from this project's own end date.
  const end = (view.inForce.period?.end ?? null) as LocalDate | null;
  const onFormSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form onSubmit={onFormSubmit} noValidate>
      <TextField
        id="extend-months"
        label={t.extendMonths}
        hint={t.extendHint(end, end && addMonths(end, 6))}
        width="short"
        value={form.extendMonths}
        error={converted.errors.months}
        onChange={(v) => update({ extendMonths: v })}
      />
      <TextField
        id="new-end"
        label={t.newEnd}
        type="date"
        width="medium"
        value={form.newEnd}
        onChange={(v) => update({ newEnd: v })}
      />
      <TextField
        id="new-amount"
        label={t.newAmount}
        hint={t.newAmountHint}
        width="medium"
        value={form.amount}
        error={converted.errors.amount}
        onChange={(v) => update({ amount: v })}
      />
      <TextField
        id="motivation"
        label={t.motivation}
        hint={t.motivationHint}
        multiline
        value={form.motivation}
        onChange={(v) => update({ motivation: v })}
      />
      <div className="field checkbox">
        <input
          type="checkbox"
          id="revise-plan"
          checked={form.revise}
          onChange={(e) => update({ revise: e.target.checked })}
        />
        <label htmlFor="revise-plan">{t.revisePlan}</label>
      </div>
      {form.revise && <ActivityPlanEditor rows={form.rows} onChange={(rows) => update({ rows })} />}
      <BudgetRevision
        revise={form.reviseBudget}
        onRevise={(reviseBudget) => update({ reviseBudget })}
        id="budget"
        caption={t.budgetCaption}
        years={years}
        current={view.currentBudget.lines}
        revised={converted.budgetLines}
        inPeriod={inPeriod}
        edit={{
          cells: form.budgetCells,
          errors: converted.budgetErrors,
          onChange: (budgetCells) => update({ budgetCells }),
        }}
      />
      <div className="actions">
        <button type="submit" className="secondary" disabled={busy}>
          {t.save}
        </button>
        <button type="button" disabled={busy} onClick={onSubmit}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
