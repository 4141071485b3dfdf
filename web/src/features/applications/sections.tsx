import type { ReactNode } from 'react';
import { COST_CATEGORIES, type CostCategory } from '../../../../src/domain/index.js';
import { describedBy, FieldError, TextField } from '../../components/fields.js';
import { COST_CATEGORY_LABELS, useI18n } from '../../i18n.js';
import {
  emptyActivity,
  emptyBudgetRow,
  emptyFinancingRow,
  fieldId,
  type ApplicationForm,
  type ActivityRow,
  type BudgetRow,
  type FinancingRow,
} from './form-model.js';

export interface SectionProps {
  form: ApplicationForm;
  update: (change: Partial<ApplicationForm>) => void;
  /** The message to show beside the field with this API path, if any. */
  errorOf: (path: string) => string | undefined;
}

/** A labelled input inside a table cell: the column header is visible, the label names the row too. */
function CellInput(p: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errorOf: (path: string) => string | undefined;
  type?: 'text' | 'date';
  className?: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const id = fieldId(p.path);
  const error = p.errorOf(p.path);
  return (
    <div className={error ? 'field-invalid' : undefined}>
      <label htmlFor={id} className="visually-hidden">
        {p.label}
      </label>
      <FieldError id={id} error={error} />
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        className={p.className}
        inputMode={p.inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}

/** A section whose own issues (e.g. `financing`) show at its top; the summary links to the heading. */
function Section(p: { path: string; title: string; errorOf: SectionProps['errorOf']; children: ReactNode }) {
  const id = fieldId(p.path);
  const error = p.errorOf(p.path);
  return (
    <section aria-labelledby={`${id}-title`} className={`form-section${error ? ' field-invalid' : ''}`}>
      <h2 id={`${id}-title`}>
        <span id={id} tabIndex={-1}>
          {p.title}
        </span>
      </h2>
      <FieldError id={id} error={error} />
      {p.children}
    </section>
  );
}

const replaceAt = <T,>(rows: T[], i: number, change: Partial<T>): T[] =>
  rows.map((r, j) => (j === i ? { ...r, ...change } : r));

type TextKey =
  'projectName' | 'acronym' | 'ownerOrgNumber' | 'description' | 'purpose' | 'goals' | 'periodStart' | 'periodEnd';

export function ProjectSection({ form, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(key)}
      label={label}
      value={form[key]}
      onChange={(v) => update({ [key]: v })}
      error={errorOf(key)}
      {...extra}
    />
  );
  return (
    <Section path="project" title={t.sectionProject} errorOf={errorOf}>
      {text('projectName', t.projectName)}
      {text('acronym', t.acronym, { width: 'short' })}
      {text('ownerOrgNumber', t.ownerOrgNumber, { hint: t.ownerOrgNumberHint, width: 'medium' })}
      {text('description', t.description, { multiline: true })}
      {text('purpose', t.purpose, { multiline: true })}
      {text('goals', t.goals, { multiline: true })}
      <div className="field-row">
        {text('periodStart', t.periodStart, { type: 'date' })}
        {text('periodEnd', t.periodEnd, { type: 'date' })}
      </div>
      <TextField
        id={fieldId('requestedOre')}
        label={t.requested}
        hint={t.amountHint}
        value={form.requested}
        onChange={(v) => update({ requested: v })}
        error={errorOf('requestedOre')}
        width="medium"
      />
    </Section>
  );
}

export function ActivitiesSection({ form, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const set = (i: number, change: Partial<ActivityRow>) =>
    update({ activities: replaceAt(form.activities, i, change) });
  return (
    <Section path="activities" title={t.sectionActivities} errorOf={errorOf}>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">{t.actNumber}</th>
            <th scope="col">{t.actTitle}</th>
            <th scope="col">{t.actStart}</th>
            <th scope="col">{t.actEnd}</th>
            <th scope="col">{t.actCost}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {form.activities.map((a, i) => {
            const row = t.activityN(i + 1);
            const p = `activities.${i}`;
            return (
              <tr key={a.key}>
                <td>
                  <CellInput
                    path={`${p}.number`}
                    label={t.inRow(t.actNumber, row)}
                    value={a.number}
                    onChange={(v) => set(i, { number: v })}
                    errorOf={errorOf}
                    className="w-tiny"
                  />
                </td>
                <td>
                  <CellInput
                    path={`${p}.title`}
                    label={t.inRow(t.actTitle, row)}
                    value={a.title}
                    onChange={(v) => set(i, { title: v })}
                    errorOf={errorOf}
                  />
                </td>
                <td>
                  <CellInput
                    path={`${p}.start`}
                    type="date"
                    label={t.inRow(t.actStart, row)}
                    value={a.start}
                    onChange={(v) => set(i, { start: v })}
                    errorOf={errorOf}
                  />
                </td>
                <td>
                  <CellInput
                    path={`${p}.end`}
                    type="date"
                    label={t.inRow(t.actEnd, row)}
                    value={a.end}
                    onChange={(v) => set(i, { end: v })}
                    errorOf={errorOf}
                  />
                </td>
                <td>
                  <CellInput
                    path={`${p}.costOre`}
                    label={t.inRow(t.actCost, row)}
                    value={a.cost}
                    onChange={(v) => set(i, { cost: v })}
                    errorOf={errorOf}
                    className="w-amount"
                    inputMode="decimal"
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => update({ activities: form.activities.filter((_, j) => j !== i) })}
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
        type="button"
        className="secondary"
        onClick={() => update({ activities: [...form.activities, emptyActivity(form.activities.length + 1)] })}
      >
        {t.addActivity}
      </button>
    </Section>
  );
}

export function BudgetSection({ form, update, errorOf }: SectionProps) {
  const { t, lang } = useI18n();
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
                    onClick={() => update({ budget: form.budget.filter((_, j) => j !== i) })}
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
        type="button"
        className="secondary"
        onClick={() => update({ budget: [...form.budget, emptyBudgetRow()] })}
      >
        {t.addBudgetRow}
      </button>
    </Section>
  );
}

export function FinancingSection({ form, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const set = (i: number, change: Partial<FinancingRow>) => update({ financing: replaceAt(form.financing, i, change) });
  return (
    <Section path="financing" title={t.sectionFinancing} errorOf={errorOf}>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">{t.financier}</th>
            <th scope="col">{t.amount}</th>
            <th scope="col">{t.isPublic}</th>
            <th scope="col">{t.isInKind}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {form.financing.map((f, i) => {
            const row = t.financierN(i + 1);
            const pub = fieldId(`financing.${i}.isPublic`);
            const kind = fieldId(`financing.${i}.isInKind`);
            return (
              <tr key={f.key}>
                <td>
                  <CellInput
                    path={`financing.${i}.financierName`}
                    label={t.inRow(t.financier, row)}
                    value={f.financierName}
                    onChange={(v) => set(i, { financierName: v })}
                    errorOf={errorOf}
                  />
                </td>
                <td>
                  <CellInput
                    path={`financing.${i}.amountOre`}
                    label={t.inRow(t.amount, row)}
                    value={f.amount}
                    onChange={(v) => set(i, { amount: v })}
                    errorOf={errorOf}
                    className="w-amount"
                    inputMode="decimal"
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    id={pub}
                    checked={f.isPublic}
                    onChange={(e) => set(i, { isPublic: e.target.checked })}
                  />
                  <label htmlFor={pub} className="visually-hidden">
                    {t.inRow(t.isPublic, row)}
                  </label>
                </td>
                <td>
                  <input
                    type="checkbox"
                    id={kind}
                    checked={f.isInKind}
                    onChange={(e) => set(i, { isInKind: e.target.checked })}
                  />
                  <label htmlFor={kind} className="visually-hidden">
                    {t.inRow(t.isInKind, row)}
                  </label>
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => update({ financing: form.financing.filter((_, j) => j !== i) })}
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
        type="button"
        className="secondary"
        onClick={() => update({ financing: [...form.financing, emptyFinancingRow()] })}
      >
        {t.addFinancier}
      </button>
    </Section>
  );
}
