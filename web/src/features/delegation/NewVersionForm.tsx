import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useSession } from '../../session.js';
import { useFormProblems } from '../funder-settings/form-problems.js';
import { createDelegationOrder, type DelegationOrderView } from './delegation-api.js';
import { PointFieldset } from './PointFieldset.js';
import { checkedPoints, emptyPoint, pointFieldId, pointFieldMap, rowsOf, type PointRow } from './point-rows.js';
import { useDelegationTexts } from './texts.js';

/** A new version of the delegation order, starting from the points in force. */
export function NewVersionForm({
  funderId,
  from,
  lang,
  onEdit,
  onSaved,
}: {
  funderId: string;
  from: DelegationOrderView | undefined;
  lang: 'sv' | 'en';
  onEdit: () => void;
  onSaved: (o: DelegationOrderView) => void;
}) {
  const dt = useDelegationTexts();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [validFrom, setValidFrom] = useState('');
  const [adoptedBy, setAdoptedBy] = useState('');
  const [chair, setChair] = useState(from?.chairCapacity ?? '');
  const [points, setPoints] = useState<PointRow[]>(() => rowsOf(from));
  const [busy, setBusy] = useState(false);
  const update = (key: string, patch: Partial<PointRow>) => {
    onEdit();
    setPoints((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { body, found } = checkedPoints(points, dt);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom.trim()))
      found.unshift({ fieldId: 'dp-validFrom', message: dt.dateInvalid });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    const fields: Record<string, string> = {
      validFrom: 'dp-validFrom',
      adoptedBy: 'dp-adoptedBy',
      chairCapacity: 'dp-chair',
      points: 'dp-add',
      ...pointFieldMap(points),
    };
    setBusy(true);
    try {
      const result = await createDelegationOrder(
        funderId,
        {
          validFrom: validFrom.trim(),
          adoptedBy: adoptedBy.trim() || null,
          chairCapacity: chair.trim() || null,
          points: body,
        },
        opts,
      );
      onSaved(result);
    } catch (error) {
      problems.fail(problemItems(error, lang, dt.error, fields));
    } finally {
      setBusy(false);
    }
  };

  const inline = problems.inline;
  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="dp-heading">
      <h2 id="dp-heading">{dt.newVersion}</h2>
      <p className="hint">{dt.newVersionHint}</p>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <div className="field-row">
        <TextField
          id="dp-validFrom"
          label={dt.validFrom}
          hint={dt.validFromHint}
          value={validFrom}
          onChange={setValidFrom}
          width="short"
          error={inline('dp-validFrom')}
        />
        <TextField
          id="dp-adoptedBy"
          label={dt.adoptedBy}
          hint={dt.adoptedByHint}
          value={adoptedBy}
          onChange={setAdoptedBy}
          error={inline('dp-adoptedBy')}
        />
      </div>
      <TextField
        id="dp-chair"
        label={dt.chair}
        hint={dt.chairHint}
        value={chair}
        onChange={setChair}
        error={inline('dp-chair')}
      />
      {points.map((p, i) => (
        <PointFieldset
          key={p.key}
          p={p}
          index={i}
          inline={inline}
          onChange={(patch) => update(p.key, patch)}
          onRemove={
            points.length > 1
              ? () => {
                  setPoints((ps) => ps.filter((x) => x.key !== p.key));
                  requestAnimationFrame(() => document.getElementById('dp-add')?.focus());
                }
              : undefined
          }
        />
      ))}
      <div className="actions">
        <button
          type="button"
          id="dp-add"
          className="secondary"
          onClick={() => {
            const row = emptyPoint();
            setPoints((ps) => [...ps, row]);
            requestAnimationFrame(() => document.getElementById(pointFieldId(row, 'number'))?.focus());
          }}
        >
          {dt.addPoint}
        </button>
        <button type="submit" disabled={busy}>
          {dt.save}
        </button>
      </div>
    </form>
  );
}
