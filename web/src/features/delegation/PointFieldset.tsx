import { FieldError, TextField } from '../../components/fields.js';
import { DECISION_KINDS } from './delegation-api.js';
import { pointFieldId, type PointRow } from './point-rows.js';
import { useDelegationTexts } from './texts.js';

/** One point of a new version of the delegation order: its number, delegate, limit, text and kinds. */
export function PointFieldset({
  p,
  index,
  inline,
  onChange,
  onRemove,
}: {
  p: PointRow;
  index: number;
  /** The error shown at a field, by its id. */
  inline: (fieldId: string) => string | undefined;
  onChange: (patch: Partial<PointRow>) => void;
  /** Absent while this is the only point. */
  onRemove?: () => void;
}) {
  const dt = useDelegationTexts();
  return (
    <fieldset className="box">
      <legend>{dt.pointHeading(index + 1)}</legend>
      <div className="field-row">
        <TextField
          id={pointFieldId(p, 'number')}
          label={dt.number}
          value={p.number}
          onChange={(v) => onChange({ number: v })}
          width="short"
          error={inline(pointFieldId(p, 'number'))}
        />
        <TextField
          id={pointFieldId(p, 'capacity')}
          label={dt.decider}
          hint={dt.capacityHint}
          value={p.capacity}
          onChange={(v) => onChange({ capacity: v })}
          error={inline(pointFieldId(p, 'capacity'))}
        />
        <TextField
          id={pointFieldId(p, 'limit')}
          label={dt.limit}
          hint={dt.limitHint}
          value={p.limit}
          onChange={(v) => onChange({ limit: v })}
          width="short"
          error={inline(pointFieldId(p, 'limit'))}
        />
      </div>
      <TextField
        id={pointFieldId(p, 'text')}
        label={dt.text}
        value={p.text}
        onChange={(v) => onChange({ text: v })}
        multiline
        error={inline(pointFieldId(p, 'text'))}
      />
      <fieldset
        id={pointFieldId(p, 'kinds')}
        tabIndex={-1}
        aria-describedby={inline(pointFieldId(p, 'kinds')) ? `${pointFieldId(p, 'kinds')}-error` : undefined}
      >
        <legend>{dt.kinds}</legend>
        <FieldError id={pointFieldId(p, 'kinds')} error={inline(pointFieldId(p, 'kinds'))} />
        {DECISION_KINDS.map((k) => (
          <label key={k} className="checkbox">
            <input
              type="checkbox"
              checked={p.kinds.includes(k)}
              onChange={(e) => onChange({ kinds: e.target.checked ? [...p.kinds, k] : p.kinds.filter((x) => x !== k) })}
            />{' '}
            {dt.kind[k]}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={p.report} onChange={(e) => onChange({ report: e.target.checked })} />{' '}
        {dt.report}
      </label>
      {onRemove && (
        <p>
          <button type="button" className="secondary" onClick={onRemove}>
            {dt.removePoint(index + 1)}
          </button>
        </p>
      )}
    </fieldset>
  );
}
