import type { FormEvent } from 'react';
import { TextField } from '../../components/fields.js';
import { DecisionAuthorityFields } from './DecisionAuthorityFields.js';
import { DecisionGrantFields, type FieldsProps } from './DecisionGrantFields.js';
import { useCaseTexts } from './texts.js';

/** The officer's decision draft: kind, a grant's terms, legal basis, reasons, recipients, who decides and how. */
export function DecisionEditor(p: FieldsProps & { onSubmit: (e: FormEvent) => void; busy: boolean }) {
  const c = useCaseTexts();
  const { form: f, errors, update, workspace: w } = p;
  const grant = f.kind === 'grant';
  return (
    <form onSubmit={p.onSubmit} noValidate>
      <fieldset>
        <legend>{c.kind}</legend>
        <div className="radios-inline">
          {(['grant', 'reject'] as const).map((k) => (
            <span key={k}>
              <input
                type="radio"
                id={`kind-${k}`}
                name="kind"
                checked={f.kind === k}
                onChange={() => update({ kind: k })}
              />
              <label htmlFor={`kind-${k}`}>{k === 'grant' ? c.grant : c.reject}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {grant && <DecisionGrantFields form={f} errors={errors} workspace={w} update={update} />}
      <fieldset>
        <legend>{c.legalBasis}</legend>
        {w.options.legalBases.map((l) => (
          <div className="field checkbox" key={l.sfs}>
            <input
              type="checkbox"
              id={`legal-${l.sfs.replace(':', '-')}`}
              checked={f.legalBasis.includes(l.sfs)}
              onChange={(e) =>
                update({
                  legalBasis: e.target.checked ? [...f.legalBasis, l.sfs] : f.legalBasis.filter((x) => x !== l.sfs),
                })
              }
            />
            <label htmlFor={`legal-${l.sfs.replace(':', '-')}`}>
              SFS {l.sfs} {l.title}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField id="reasons" label={c.reasons} multiline value={f.reasons} onChange={(v) => update({ reasons: v })} />
      {grant && (
        <TextField
          id="conditions"
          label={c.conditions}
          multiline
          value={f.conditions}
          onChange={(v) => update({ conditions: v })}
        />
      )}
      <TextField
        id="recipients"
        label={c.recipients}
        multiline
        value={f.recipients}
        error={errors.recipients}
        onChange={(v) => update({ recipients: v })}
      />
      <div className="field">
        <label htmlFor="decided-by">{c.decidedBy}</label>
        <select id="decided-by" value={f.decidedBy} onChange={(e) => update({ decidedBy: e.target.value })}>
          <option value="">{c.chooseDecider}</option>
          {w.options.decisionMakers.map((d) => (
            <option key={d.id} value={d.id}>
              {d.displayName}
              {d.title ? `, ${d.title}` : ''}
            </option>
          ))}
        </select>
      </div>
      <DecisionAuthorityFields form={f} workspace={w} update={update} />
      <div className="actions">
        <button type="submit" className="secondary" disabled={p.busy}>
          {c.saveDraft}
        </button>
      </div>
    </form>
  );
}
