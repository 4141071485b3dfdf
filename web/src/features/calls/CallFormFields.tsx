import type { ReactNode } from 'react';
import { describedBy, FieldError, TextField } from '../../components/fields.js';
import { attachmentFieldId, FIELD_IDS, type CallForm } from './call-form.js';
import type { CallOptions } from './calls-api.js';
import { useCallTexts } from './texts.js';

export interface FieldsProps {
  form: CallForm;
  update: (change: Partial<CallForm>) => void;
  errorOf: (fieldId: string) => string | undefined;
  options: CallOptions;
  /** Priorities already on the call: kept even when retired since. */
  chosenBefore: readonly string[];
}

const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** The call's fields: GOV.UK patterns, each with its label, hint and inline error. */
export function CallFormFields({ form, update, errorOf, options, chosenBefore }: FieldsProps) {
  const x = useCallTexts();
  const priorities = options.priorities.filter((p) => p.active || chosenBefore.includes(p.id));
  return (
    <>
      <TextField
        id={FIELD_IDS.title!}
        label={x.titleLabel}
        value={form.title}
        onChange={(title) => update({ title })}
        error={errorOf(FIELD_IDS.title!)}
      />
      <TextField
        id={FIELD_IDS.description!}
        label={x.description}
        hint={x.descriptionHint}
        value={form.description}
        onChange={(description) => update({ description })}
        error={errorOf(FIELD_IDS.description!)}
        multiline
      />
      <WhenFields which="opens" form={form} update={update} error={errorOf(FIELD_IDS.opensAt!)} />
      <WhenFields which="closes" form={form} update={update} error={errorOf(FIELD_IDS.closesAt!)} />
      <Checkboxes
        id={FIELD_IDS.eligibleOrganizationTypes!}
        legend={x.eligibleLegend}
        hint={x.eligibleHint}
        error={errorOf(FIELD_IDS.eligibleOrganizationTypes!)}
        items={options.organizationTypes.map((t) => ({ value: t, label: x.orgType(t) }))}
        chosen={form.eligible}
        onChange={(eligible) => update({ eligible })}
      />
      <TextField
        id={FIELD_IDS.budgetOre!}
        label={x.budgetLabel}
        hint={x.budgetHint}
        value={form.budget}
        onChange={(budget) => update({ budget })}
        error={errorOf(FIELD_IDS.budgetOre!)}
        width="medium"
      />
      <div className={`field${errorOf(FIELD_IDS.appropriationId!) ? ' field-invalid' : ''}`}>
        <label htmlFor={FIELD_IDS.appropriationId}>{x.appropriation}</label>
        <FieldError id={FIELD_IDS.appropriationId!} error={errorOf(FIELD_IDS.appropriationId!)} />
        <select
          id={FIELD_IDS.appropriationId}
          value={form.appropriationId}
          aria-describedby={describedBy(FIELD_IDS.appropriationId!, undefined, errorOf(FIELD_IDS.appropriationId!))}
          onChange={(e) => update({ appropriationId: e.target.value })}
        >
          <option value="">{x.noAppropriation}</option>
          {options.appropriations.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      {priorities.length === 0 ? (
        <fieldset>
          <legend>{x.prioritiesLegend}</legend>
          <p>{x.noStrategy}</p>
        </fieldset>
      ) : (
        <Checkboxes
          id={FIELD_IDS.priorityIds!}
          legend={x.prioritiesLegend}
          error={errorOf(FIELD_IDS.priorityIds!)}
          items={priorities.map((p) => ({
            value: p.id,
            label: `${p.code} ${p.title}${p.active ? '' : ` ${x.retired}`}`,
          }))}
          chosen={form.priorityIds}
          onChange={(priorityIds) => update({ priorityIds })}
        />
      )}
      <AttachmentRows form={form} update={update} errorOf={errorOf} />
    </>
  );
}

function WhenFields(p: {
  which: 'opens' | 'closes';
  form: CallForm;
  update: (c: Partial<CallForm>) => void;
  error?: string | undefined;
}) {
  const x = useCallTexts();
  const dateKey = p.which === 'opens' ? 'opensDate' : 'closesDate';
  const timeKey = p.which === 'opens' ? 'opensTime' : 'closesTime';
  const id = p.which === 'opens' ? FIELD_IDS.opensAt! : FIELD_IDS.closesAt!;
  const timeId = `call-${p.which}-time`;
  return (
    <fieldset
      className={p.error ? 'field-invalid' : undefined}
      aria-describedby={[`${id}-hint`, p.error ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend>{p.which === 'opens' ? x.opensLegend : x.closesLegend}</legend>
      <p id={`${id}-hint`} className="hint">
        {x.timesHint}
      </p>
      <FieldError id={id} error={p.error} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={id}>{x.date}</label>
          <p id={`${id}-format`} className="hint">
            {x.dateHint}
          </p>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            className="w-short"
            value={p.form[dateKey]}
            aria-describedby={`${id}-format`}
            aria-invalid={p.error ? true : undefined}
            onChange={(e) => p.update({ [dateKey]: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={timeId}>{x.time}</label>
          <p id={`${timeId}-hint`} className="hint">
            {x.timeHint}
          </p>
          <input
            id={timeId}
            type="text"
            inputMode="numeric"
            className="w-short"
            value={p.form[timeKey]}
            aria-describedby={`${timeId}-hint`}
            aria-invalid={p.error ? true : undefined}
            onChange={(e) => p.update({ [timeKey]: e.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}

function Checkboxes<T extends string>(p: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  items: { value: T; label: string }[];
  chosen: T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset className={p.error ? 'field-invalid' : undefined} aria-describedby={describedBy(p.id, p.hint, p.error)}>
      <legend>{p.legend}</legend>
      {p.hint && (
        <p id={`${p.id}-hint`} className="hint">
          {p.hint}
        </p>
      )}
      <FieldError id={p.id} error={p.error} />
      {p.items.map((item, i) => {
        // The first box carries the group's id, so the error summary's link lands in the group.
        const boxId = i === 0 ? p.id : `${p.id}-${item.value}`;
        return (
          <div className="checkbox" key={item.value}>
            <input
              type="checkbox"
              id={boxId}
              checked={p.chosen.includes(item.value)}
              onChange={(e) => p.onChange(toggle(p.chosen, item.value, e.target.checked))}
            />
            <label htmlFor={boxId}>{item.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

function AttachmentRows({ form, update, errorOf }: Pick<FieldsProps, 'form' | 'update' | 'errorOf'>) {
  const x = useCallTexts();
  const set = (i: number, change: Partial<CallForm['attachments'][number]>) =>
    update({ attachments: form.attachments.map((a, j) => (j === i ? { ...a, ...change } : a)) });
  return (
    <fieldset aria-describedby="call-attachments-hint">
      <legend>{x.attachmentsLegend}</legend>
      <p id="call-attachments-hint" className="hint">
        {x.attachmentsHint}
      </p>
      {form.attachments.map((a, i) => (
        <div className="attachment-row" key={a.key ?? `new-${i}`}>
          <TextField
            id={attachmentFieldId(i, 'title')}
            label={x.attachmentTitle(i + 1)}
            value={a.title}
            onChange={(title) => set(i, { title })}
            error={errorOf(attachmentFieldId(i, 'title'))}
          />
          <TextField
            id={attachmentFieldId(i, 'description')}
            label={x.attachmentDescription(i + 1)}
            value={a.description}
            onChange={(description) => set(i, { description })}
            error={errorOf(attachmentFieldId(i, 'description'))}
          />
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => update({ attachments: form.attachments.filter((_, j) => j !== i) })}
            >
              {x.removeAttachment(i + 1)}
            </button>
          </p>
        </div>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => update({ attachments: [...form.attachments, { title: '', description: '' }] })}
        >
          {x.addAttachment}
        </button>
      </p>
    </fieldset>
  );
}
