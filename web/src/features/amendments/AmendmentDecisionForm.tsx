import type { FormEvent } from 'react';
import { TextField } from '../../components/fields.js';
import { letterPreviewUrl, type Workspace } from '../cases/case-api.js';
import { ActivityPlanEditor } from './ActivityPlanEditor.js';
import type { AmendmentDecisionView, BudgetLine } from './amendment-api.js';
import type { DecisionForm } from './amendment-decision-form.js';
import { BudgetRevision } from './BudgetEditor.js';
import { budgetYears } from './budget-form.js';
import { useAmendmentTexts } from './texts.js';

/** The officer's editable draft: new end and amount, texts, decision maker, revised plan and budget; save, propose. */
export function AmendmentDecisionForm({
  view,
  form,
  update,
  decisionMakers,
  period,
  inPeriod,
  budget,
  busy,
  onSave,
  onPropose,
}: {
  view: AmendmentDecisionView;
  form: DecisionForm;
  update: (change: Partial<DecisionForm>) => void;
  decisionMakers: Workspace['options']['decisionMakers'];
  period: { start: string; end: string } | null;
  inPeriod: (year: number) => boolean;
  budget: { lines: BudgetLine[]; errors: Record<string, string> } | null;
  busy: boolean;
  onSave: () => void;
  onPropose: () => void;
}) {
  const t = useAmendmentTexts();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSave();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>{t.decisionIntro}</p>
      <TextField
        id="period-end"
        label={t.newPeriodEnd}
        type="date"
        width="medium"
        value={form.periodEnd}
        onChange={(v) => update({ periodEnd: v })}
      />
      <TextField
        id="amount"
        label={t.newAmount}
        width="medium"
        value={form.amount}
        onChange={(v) => update({ amount: v })}
      />
      <TextField
        id="background"
        label={t.background}
        multiline
        value={form.background}
        onChange={(v) => update({ background: v })}
      />
      <TextField
        id="reasons"
        label={t.reasons}
        multiline
        value={form.reasons}
        onChange={(v) => update({ reasons: v })}
      />
      <TextField
        id="recipients"
        label={t.recipients}
        multiline
        value={form.recipients}
        onChange={(v) => update({ recipients: v })}
      />
      <div className="field">
        <label htmlFor="decided-by">{t.decidedBy}</label>
        <select id="decided-by" value={form.decidedBy} onChange={(e) => update({ decidedBy: e.target.value })}>
          <option value="">{t.chooseDecider}</option>
          {decisionMakers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.displayName}
              {d.title ? `, ${d.title}` : ''}
            </option>
          ))}
        </select>
      </div>
      <TextField
        id="delegation-point"
        label={t.delegationPoint}
        width="short"
        value={form.delegationPoint}
        onChange={(v) => update({ delegationPoint: v })}
      />
      <ActivityPlanEditor rows={form.rows} onChange={(rows) => update({ rows })} />
      <BudgetRevision
        revise={form.reviseBudget}
        onRevise={(reviseBudget) => update({ reviseBudget })}
        id="budget"
        caption={t.budgetCaption}
        years={budgetYears(period, view.budgetBefore.lines, form.reviseBudget ? form.budgetCells : {})}
        current={view.budgetBefore.lines}
        revised={budget?.lines ?? []}
        inPeriod={inPeriod}
        edit={{
          cells: form.budgetCells,
          errors: budget?.errors ?? {},
          onChange: (budgetCells) => update({ budgetCells }),
        }}
      />
      <div className="actions">
        <button type="submit" className="secondary" disabled={busy}>
          {t.save}
        </button>
        <a href={letterPreviewUrl(view.decision.id)} target="_blank" rel="noreferrer">
          {t.preview}
        </a>
        <button type="button" disabled={busy} onClick={onPropose}>
          {t.propose}
        </button>
      </div>
    </form>
  );
}
