import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { FieldError, TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { saveStrategy, type StrategyView } from './admin-api.js';
import { parseYear, useFormProblems } from './form-problems.js';
import { useAdminTexts } from './texts.js';

interface Row {
  key: string;
  id?: string;
  code: string;
  title: string;
  parentCode: string;
  active: boolean;
  inUse: boolean;
}

let nextKey = 0;
const rowsOf = (s: StrategyView | null): Row[] =>
  (s?.priorities ?? []).map((p) => ({
    key: p.id,
    id: p.id,
    code: p.code,
    title: p.title,
    parentCode: p.parentCode ?? '',
    active: p.active,
    inUse: p.inUse,
  }));

/**
 * One strategy and its whole list of priorities, saved at once (PUT, or POST for a new one). A row in
 * use cannot be removed, only retired; the server checks codes and parents and links its answer to the
 * cells.
 */
export function StrategyEditor({
  funderId,
  strategy,
  prefix,
  onSaved,
  notice = '',
}: {
  funderId: string;
  strategy: StrategyView | null;
  prefix: string;
  /** A message to show from the start, e.g. that the item was just created by the form before. */
  notice?: string;
  onSaved: (s: StrategyView) => void;
}) {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [name, setName] = useState(strategy?.name ?? '');
  const [yearFrom, setYearFrom] = useState(strategy?.yearFrom?.toString() ?? '');
  const [yearTo, setYearTo] = useState(strategy?.yearTo?.toString() ?? '');
  const [rows, setRows] = useState<Row[]>(() => rowsOf(strategy));
  const [saved, setSaved] = useState(notice);
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `${prefix}-${field}`;
  const cellId = (r: Row, field: string) => `${prefix}-p-${r.key}-${field}`;

  const update = (key: string, patch: Partial<Row>) => {
    setSaved('');
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const add = () => {
    const key = `new-${nextKey++}`;
    setRows((rs) => [...rs, { key, code: '', title: '', parentCode: '', active: true, inUse: false }]);
    requestAnimationFrame(() => document.getElementById(`${prefix}-p-${key}-code`)?.focus());
  };
  const remove = (key: string) => {
    setRows((rs) => rs.filter((r) => r.key !== key));
    requestAnimationFrame(() => document.getElementById(id('add'))?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    if (name.trim() === '') found.push({ fieldId: id('name'), message: at.required(at.strategyName) });
    const from = parseYear(yearFrom);
    const to = parseYear(yearTo);
    if (from === undefined) found.push({ fieldId: id('yearFrom'), message: at.yearInvalid(at.yearFrom) });
    if (to === undefined) found.push({ fieldId: id('yearTo'), message: at.yearInvalid(at.yearTo) });
    rows.forEach((r, i) => {
      if (r.code.trim() === '') {
        found.push({ fieldId: cellId(r, 'code'), message: at.rowProblem(i + 1, at.required(at.code)) });
      }
      if (r.title.trim() === '') {
        found.push({ fieldId: cellId(r, 'title'), message: at.rowProblem(i + 1, at.required(at.title)) });
      }
    });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    setBusy(true);
    const fields: Record<string, string> = { name: id('name'), yearFrom: id('yearFrom'), yearTo: id('yearTo') };
    rows.forEach((r, i) => {
      for (const f of ['code', 'title', 'parentCode']) fields[`priorities.${i}.${f}`] = cellId(r, f);
    });
    try {
      const result = await saveStrategy(
        funderId,
        strategy ?? null,
        {
          name,
          yearFrom: from ?? null,
          yearTo: to ?? null,
          priorities: rows.map((r) => ({
            ...(r.id ? { id: r.id } : {}),
            code: r.code,
            title: r.title,
            parentCode: r.parentCode || null,
            active: r.active,
          })),
        },
        opts,
      );
      setRows(rowsOf(result));
      setSaved(at.strategySaved);
      onSaved(result);
    } catch (error) {
      problems.fail(problemItems(error, lang, error instanceof ApiProblem ? error.detail : at.error, fields));
    } finally {
      setBusy(false);
    }
  };

  const mains = rows.filter((r) => r.parentCode === '' && r.code.trim() !== '');
  const inline = problems.inline;
  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('heading')}>
      <h3 id={id('heading')} tabIndex={-1}>
        {strategy?.name ?? at.newStrategy}
      </h3>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <TextField id={id('name')} label={at.strategyName} value={name} onChange={setName} error={inline(id('name'))} />
      <div className="field-row">
        <TextField
          id={id('yearFrom')}
          label={at.yearFrom}
          value={yearFrom}
          onChange={setYearFrom}
          width="short"
          error={inline(id('yearFrom'))}
        />
        <TextField
          id={id('yearTo')}
          label={at.yearTo}
          value={yearTo}
          onChange={setYearTo}
          width="short"
          error={inline(id('yearTo'))}
        />
      </div>
      <h4>{at.priorities}</h4>
      <p className="hint">{at.prioritiesHint}</p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{at.code}</th>
            <th scope="col">{at.title}</th>
            <th scope="col">{at.parent}</th>
            <th scope="col">{at.active}</th>
            <th scope="col">
              <span className="visually-hidden">{at.removeColumn}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.key}>
              {(['code', 'title'] as const).map((f) => (
                <td key={f}>
                  <label className="visually-hidden" htmlFor={cellId(r, f)}>
                    {at.cell(f === 'code' ? at.code : at.title, i + 1)}
                  </label>
                  <FieldError id={cellId(r, f)} error={inline(cellId(r, f))} />
                  <input
                    type="text"
                    id={cellId(r, f)}
                    className={f === 'code' ? 'w-code' : undefined}
                    value={r[f]}
                    aria-invalid={inline(cellId(r, f)) ? true : undefined}
                    aria-describedby={inline(cellId(r, f)) ? `${cellId(r, f)}-error` : undefined}
                    onChange={(e) => update(r.key, { [f]: e.target.value })}
                  />
                </td>
              ))}
              <td>
                <label className="visually-hidden" htmlFor={cellId(r, 'parentCode')}>
                  {at.cell(at.parent, i + 1)}
                </label>
                <FieldError id={cellId(r, 'parentCode')} error={inline(cellId(r, 'parentCode'))} />
                <select
                  id={cellId(r, 'parentCode')}
                  value={r.parentCode}
                  aria-invalid={inline(cellId(r, 'parentCode')) ? true : undefined}
                  onChange={(e) => update(r.key, { parentCode: e.target.value })}
                >
                  <option value="">{at.mainPriority}</option>
                  {mains
                    .filter((m) => m.key !== r.key)
                    .map((m) => (
                      <option key={m.key} value={m.code.trim()}>
                        {m.code.trim()} {m.title}
                      </option>
                    ))}
                  {r.parentCode !== '' && !mains.some((m) => m.code.trim() === r.parentCode) && (
                    <option value={r.parentCode}>{r.parentCode}</option>
                  )}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  id={cellId(r, 'active')}
                  checked={r.active}
                  aria-label={at.cell(at.active, i + 1)}
                  onChange={(e) => update(r.key, { active: e.target.checked })}
                />
              </td>
              <td>
                {r.inUse ? (
                  <span className="muted">{at.inUse}</span>
                ) : (
                  <button type="button" className="secondary" onClick={() => remove(r.key)}>
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
          {at.addPriority}
        </button>
        <button type="submit" disabled={busy}>
          {at.saveStrategy}
        </button>
        <p role="status" className="notice-ok">
          {saved}
        </p>
      </div>
    </form>
  );
}
