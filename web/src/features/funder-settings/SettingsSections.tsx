import type { JSX } from 'react';
import { TextField } from '../../components/fields.js';
import { APPEAL_KINDS, type SettingsView } from './admin-api.js';
import { appealId, type AppealField, type Form, type TextKey } from './settings-form.js';
import { useAdminTexts } from './texts.js';
import type { useFunderSettings } from './use-funder-settings.js';

type Settings = ReturnType<typeof useFunderSettings>;
type FieldId = TextKey | AppealField | 'delegationLimit';
type FieldExtra = { hint?: string; multiline?: boolean; width?: 'short' | 'medium'; type?: 'email' };
/** One text field of the settings form, by its id (which is also the form's key). */
export type Field = (id: FieldId, label: string, extra?: FieldExtra) => JSX.Element;

export const fieldOf =
  (s: Settings, form: Form): Field =>
  (id, label, extra = {}) => (
    <TextField id={id} label={label} value={form[id]} onChange={s.set(id)} error={s.problems.inline(id)} {...extra} />
  );

/** Decisions: the delegation limit, how share caps round, standard conditions, payment details, appeal notices. */
export function DecisionsSection({ s, view, field }: { s: Settings; view: SettingsView; field: Field }) {
  const at = useAdminTexts();
  return (
    <section className="form-section" aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{at.sectionDecisions}</h2>
      {field('delegationLimit', at.delegationLimit, { hint: at.delegationLimitHint, width: 'medium' })}
      <fieldset id="shareCapRounding" aria-describedby="shareCapRounding-hint">
        <legend>{at.shareCapRounding}</legend>
        <p className="hint" id="shareCapRounding-hint">
          {at.shareCapRoundingHint}
        </p>
        {(
          [
            ['down', at.roundDown],
            ['half_up', at.roundHalfUp],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="shareCapRounding"
              value={value}
              checked={s.rounding === value}
              onChange={() => s.chooseRounding(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {field('standardConditions', at.standardConditions, { hint: at.standardConditionsHint, multiline: true })}
      {field('paymentDetails', at.paymentDetails, { hint: at.paymentDetailsHint, multiline: true })}
      <fieldset id="appealNotices" aria-describedby="appealNotices-hint">
        <legend>{at.appealNotices}</legend>
        <p className="hint" id="appealNotices-hint">
          {at.appealNoticesHint}
        </p>
        {APPEAL_KINDS.map((kind) => (
          <div key={kind}>
            {field(appealId(kind), at.appealKind(kind), {
              hint: at.appealDefault(view.defaultAppealNotices[kind]),
              multiline: true,
            })}
          </div>
        ))}
      </fieldset>
    </section>
  );
}

/** Contact: the default contact person named in letters, and the contact lines. */
export function ContactSection({
  s,
  view,
  form,
  field,
}: {
  s: Settings;
  view: SettingsView;
  form: Form;
  field: Field;
}) {
  const at = useAdminTexts();
  return (
    <section className="form-section" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{at.sectionContact}</h2>
      <div className={`field${s.problems.inline('defaultContactUserId') ? ' field-invalid' : ''}`}>
        <label htmlFor="defaultContactUserId">{at.defaultContact}</label>
        <p id="defaultContactUserId-hint" className="hint">
          {at.defaultContactHint}
        </p>
        {s.problems.inline('defaultContactUserId') && (
          <p id="defaultContactUserId-error" className="field-error">
            {s.problems.inline('defaultContactUserId')}
          </p>
        )}
        <select
          id="defaultContactUserId"
          value={form.defaultContactUserId}
          aria-describedby="defaultContactUserId-hint"
          onChange={(e) => s.set('defaultContactUserId')(e.target.value)}
        >
          <option value="">{at.noContact}</option>
          {view.contactPeople.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName} ({p.email})
            </option>
          ))}
        </select>
      </div>
      {field('contact', at.contactLines, { hint: at.contactLinesHint, multiline: true })}
    </section>
  );
}
