import { TextField } from '../../components/fields.js';
import type { Extraction } from './import-api.js';
import { useImportTexts } from './texts.js';

type DateField = 'requisitionDeadlines' | 'accountDeadlines' | 'repaymentDeadlines';

/** A state allocation's money per recipient and year, its years and its deadlines, as read out. */
export function ImportAllocationFields({
  allocation,
  setAllocationDates,
  numbers,
  setNumbers,
  numberErrors,
}: {
  allocation: NonNullable<Extraction['allocation']>;
  setAllocationDates: (field: DateField, value: string) => void;
  numbers: Record<string, string>;
  setNumbers: (numbers: Record<string, string>) => void;
  numberErrors: Record<string, string>;
}) {
  const x = useImportTexts();
  return (
    <fieldset>
      <legend>{x.allocation}</legend>
      {(
        [
          ['perRecipientPerYearSek', x.perYear],
          ['yearFrom', x.yearFrom],
          ['yearTo', x.yearTo],
        ] as const
      ).map(([f, label]) => (
        <TextField
          key={f}
          id={`allocation-${f}`}
          label={label}
          width="medium"
          value={numbers[f] ?? ''}
          error={numberErrors[f]}
          onChange={(v) => setNumbers({ ...numbers, [f]: v })}
        />
      ))}
      {(
        [
          ['requisitionDeadlines', x.requisitionDeadlines],
          ['accountDeadlines', x.accountDeadlines],
          ['repaymentDeadlines', x.repaymentDeadlines],
        ] as const
      ).map(([f, label]) => (
        <TextField
          key={f}
          id={`allocation-${f}`}
          label={label}
          multiline
          value={allocation[f].join('\n')}
          onChange={(v) => setAllocationDates(f, v)}
        />
      ))}
    </fieldset>
  );
}
