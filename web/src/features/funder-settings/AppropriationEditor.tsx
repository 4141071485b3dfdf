import { useState, type FormEvent } from 'react';
import { formatSek, ore } from '../../../../src/domain/index.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { FieldError, TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { saveAppropriation, type AppropriationView } from './admin-api.js';
import { kronorToOre, oreToField, parseYear, useFormProblems } from './form-problems.js';
import { useAdminTexts } from './texts.js';

interface YearRow {
  key: string;
  year: string;
  budget: string;
  /** What grants already commit on the year (from the server); 0 for a year added here. */
  committedOre: number;
}

let nextKey = 0;
const yearsOf = (a: AppropriationView | null): YearRow[] =>
  (a?.years ?? []).map((y) => ({
    key: `y-${y.year}`,
    year: String(y.year),
    budget: oreToField(y.budgetOre),
    committedOre: y.committedOre,
  }));

/**
 * One appropriation with its budget per year, typed in kronor. What grants already commit on each year
 * is shown beside its budget; the server refuses a budget below it and says by how much.
 */
export function AppropriationEditor({
  funderId,
  appropriation,
  prefix,
  onSaved,
  notice = '',
}: {
  funderId: string;
  appropriation: AppropriationView | null;
  prefix: string;
  /** A message to show from the start, e.g. that the item was just created by the form before. */
  notice?: string;
  onSaved: (a: AppropriationView) => void;
}) {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [form, setForm] = useState({
    code: appropriation?.code ?? '',
    name: appropriation?.name ?? '',
    expenditureArea: appropriation?.expenditureArea ?? '',
    item: appropriation?.item ?? '',
  });
  const [years, setYears] = useState<YearRow[]>(() => yearsOf(appropriation));
  const [saved, setSaved] = useState(notice);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${prefix}-${f}`;
  const cellId = (r: YearRow, f: string) => `${prefix}-${r.key}-${f}`;
  const set = (key: keyof typeof form) => (value: string) => {
    setSaved('');
    setForm((f) => ({ ...f, [key]: value }));
  };
  const update = (key: string, patch: Partial<YearRow>) => {
    setSaved('');
    setYears((ys) => ys.map((y) => (y.key === key ? { ...y, ...patch } : y)));
  };
  const add = () => {
    const key = `new-${nextKey++}`;
    const last = Math.max(0, ...years.map((y) => Number(y.year) || 0));
    setYears((ys) => [...ys, { key, year: last ? String(last + 1) : '', budget: '', committedOre: 0 }]);
    requestAnimationFrame(() => document.getElementById(`${prefix}-${key}-year`)?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    if (form.code.trim() === '') found.push({ fieldId: id('code'), message: at.required(at.appropriationCode) });
    if (form.name.trim() === '') found.push({ fieldId: id('name'), message: at.required(at.appropriationName) });
    const parsed = years.map((y, i) => {
      const year = parseYear(y.year);
      const budget = kronorToOre(y.budget);
      if (!year) found.push({ fieldId: cellId(y, 'year'), message: at.rowProblem(i + 1, at.yearInvalid(at.year)) });
      if (budget === null || budget === undefined) {
        found.push({ fieldId: cellId(y, 'budget'), message: at.rowProblem(i + 1, at.amountInvalid(at.budget)) });
      }
      return { year: year ?? 0, budgetOre: budget ?? 0 };
    });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    setBusy(true);
    const fields: Record<string, string> = {
      code: id('code'),
      name: id('name'),
      expenditureArea: id('expenditureArea'),
      item: id('item'),
      years: id('add'),
    };
    years.forEach((y, i) => {
      fields[`years.${i}.year`] = cellId(y, 'year');
      fields[`years.${i}.budgetOre`] = cellId(y, 'budget');
    });
    try {
      const result = await saveAppropriation(
        funderId,
        appropriation ?? null,
        {
          code: form.code,
          name: form.name,
          expenditureArea: form.expenditureArea.trim() || null,
          item: form.item.trim() || null,
          years: parsed,
        },
        opts,
      );
      setYears(yearsOf(result));
      setSaved(at.appropriationSaved);
      onSaved(result);
    } catch (error) {
      problems.fail(problemItems(error, lang, at.error, fields));
    } finally {
      setBusy(false);
    }
  };

  const inline = problems.inline;
  const title = appropriation
    ? [appropriation.expenditureArea, appropriation.code, appropriation.name].filter(Boolean).join(' ')
    : at.newAppropriation;
  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('heading')}>
      <h3 id={id('heading')} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <div className="field-row">
        <TextField
          id={id('expenditureArea')}
          label={at.expenditureArea}
          hint={at.expenditureAreaHint}
          value={form.expenditureArea}
          onChange={set('expenditureArea')}
          width="short"
          error={inline(id('expenditureArea'))}
        />
        <TextField
          id={id('code')}
          label={at.appropriationCode}
          hint={at.appropriationCodeHint}
          value={form.code}
          onChange={set('code')}
          width="short"
          error={inline(id('code'))}
        />
        <TextField
          id={id('item')}
          label={at.item}
          hint={at.itemHint}
          value={form.item}
          onChange={set('item')}
          width="short"
          error={inline(id('item'))}
        />
      </div>
      <TextField
        id={id('name')}
        label={at.appropriationName}
        value={form.name}
        onChange={set('name')}
        error={inline(id('name'))}
      />
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{at.year}</th>
            <th scope="col" className="num">
              {at.budget}
            </th>
            <th scope="col" className="num">
              {at.committed}
            </th>
            <th scope="col">
              <span className="visually-hidden">{at.removeColumn}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((y, i) => (
            <tr key={y.key}>
              <td>
                <label className="visually-hidden" htmlFor={cellId(y, 'year')}>
                  {at.cell(at.year, i + 1)}
                </label>
                <FieldError id={cellId(y, 'year')} error={inline(cellId(y, 'year'))} />
                <input
                  type="text"
                  inputMode="numeric"
                  id={cellId(y, 'year')}
                  className="w-year"
                  value={y.year}
                  aria-invalid={inline(cellId(y, 'year')) ? true : undefined}
                  aria-describedby={inline(cellId(y, 'year')) ? `${cellId(y, 'year')}-error` : undefined}
                  onChange={(e) => update(y.key, { year: e.target.value })}
                />
              </td>
              <td className="num">
                <label className="visually-hidden" htmlFor={cellId(y, 'budget')}>
                  {at.cell(at.budget, i + 1)}
                </label>
                <FieldError id={cellId(y, 'budget')} error={inline(cellId(y, 'budget'))} />
                <input
                  type="text"
                  id={cellId(y, 'budget')}
                  className="w-amount"
                  value={y.budget}
                  aria-invalid={inline(cellId(y, 'budget')) ? true : undefined}
                  aria-describedby={inline(cellId(y, 'budget')) ? `${cellId(y, 'budget')}-error` : undefined}
                  onChange={(e) => update(y.key, { budget: e.target.value })}
                />
              </td>
              <td className="num">{formatSek(ore(y.committedOre))}</td>
              <td>
                {y.committedOre === 0 && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setYears((ys) => ys.filter((x) => x.key !== y.key));
                      requestAnimationFrame(() => document.getElementById(id('add'))?.focus());
                    }}
                  >
                    {at.removeRow(i + 1)}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" id={id('add')} className="secondary" onClick={add}>
          {at.addYear}
        </button>
        <button type="submit" disabled={busy}>
          {at.saveAppropriation}
        </button>
        <p role="status" className="notice-ok">
          {saved}
        </p>
      </div>
    </form>
  );
}
