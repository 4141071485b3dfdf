import { TextField } from '../../components/fields.js';
import type { ExtractedProject } from './import-api.js';
import { nullable, numberKey } from './import-review.js';
import { useImportTexts } from './texts.js';

/** One project a legacy document names, as read out; its amounts and share are typed as text until imported. */
export function ImportProjectFields({
  i,
  p,
  setProject,
  numbers,
  setNumbers,
  numberErrors,
}: {
  i: number;
  p: ExtractedProject;
  setProject: (i: number, change: Partial<ExtractedProject>) => void;
  numbers: Record<string, string>;
  setNumbers: (numbers: Record<string, string>) => void;
  numberErrors: Record<string, string>;
}) {
  const x = useImportTexts();
  return (
    <fieldset>
      <legend>{x.project(i + 1)}</legend>
      <TextField id={`p${i}-name`} label={x.name} value={p.name} onChange={(v) => setProject(i, { name: v })} />
      <TextField
        id={`p${i}-acronym`}
        label={x.acronym}
        width="short"
        value={p.acronym ?? ''}
        onChange={(v) => setProject(i, { acronym: nullable(v) })}
      />
      <TextField
        id={`p${i}-owner`}
        label={x.owner}
        value={p.owner ?? ''}
        onChange={(v) => setProject(i, { owner: nullable(v) })}
      />
      <TextField
        id={`p${i}-org`}
        label={x.orgNumber}
        width="medium"
        value={p.ownerOrgNumber ?? ''}
        onChange={(v) => setProject(i, { ownerOrgNumber: nullable(v) })}
      />
      {(
        [
          ['amountSek', x.amount],
          ['maxSharePercent', x.share],
          ['approvedCostsSek', x.approvedCosts],
        ] as const
      ).map(([f, label]) => (
        <TextField
          key={f}
          id={`p${i}-${f}`}
          label={label}
          width="medium"
          value={numbers[numberKey(i, f)] ?? ''}
          error={numberErrors[numberKey(i, f)]}
          onChange={(v) => setNumbers({ ...numbers, [numberKey(i, f)]: v })}
        />
      ))}
      <TextField
        id={`p${i}-start`}
        label={x.periodStart}
        width="medium"
        value={p.periodStart ?? ''}
        onChange={(v) => setProject(i, { periodStart: nullable(v) })}
      />
      <TextField
        id={`p${i}-end`}
        label={x.periodEnd}
        width="medium"
        value={p.periodEnd ?? ''}
        onChange={(v) => setProject(i, { periodEnd: nullable(v) })}
      />
      {p.activities.length > 0 && <p className="hint">{x.activities(p.activities.length)}</p>}
    </fieldset>
  );
}
