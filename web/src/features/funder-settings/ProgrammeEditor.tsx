import { useState, type FormEvent } from 'react';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { saveProgramme, type ProgrammeView } from './admin-api.js';
import { parseYear, useFormProblems } from './form-problems.js';
import { useAdminTexts } from './texts.js';

const formOf = (p: ProgrammeView | null) => ({
  name: p?.name ?? '',
  shortName: p?.shortName ?? '',
  fund: p?.fund ?? '',
  mainFunderName: p?.mainFunder?.name ?? '',
  mainFunderOrgNumber: p?.mainFunder?.orgNumber ?? '',
  yearFrom: p?.yearFrom?.toString() ?? '',
  yearTo: p?.yearTo?.toString() ?? '',
  cci: p?.cci ?? '',
});
type Form = ReturnType<typeof formOf>;

/** One programme projects may be co-financed by, with its main funder found or added by organisation number. */
export function ProgrammeEditor({
  funderId,
  programme,
  prefix,
  onSaved,
  notice = '',
}: {
  funderId: string;
  programme: ProgrammeView | null;
  prefix: string;
  /** A message to show from the start, e.g. that the item was just created by the form before. */
  notice?: string;
  onSaved: (p: ProgrammeView) => void;
}) {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [form, setForm] = useState<Form>(() => formOf(programme));
  const [saved, setSaved] = useState(notice);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${prefix}-${f}`;
  const set = (key: keyof Form) => (value: string) => {
    setSaved('');
    setForm((f) => ({ ...f, [key]: value }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    if (form.name.trim() === '') found.push({ fieldId: id('name'), message: at.required(at.programmeName) });
    const yearFrom = parseYear(form.yearFrom);
    const yearTo = parseYear(form.yearTo);
    if (yearFrom === undefined) found.push({ fieldId: id('yearFrom'), message: at.yearInvalid(at.yearFrom) });
    if (yearTo === undefined) found.push({ fieldId: id('yearTo'), message: at.yearInvalid(at.yearTo) });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    setBusy(true);
    const text = (k: keyof Form) => form[k].trim() || null;
    const hasMainFunder = form.mainFunderName.trim() !== '' || form.mainFunderOrgNumber.trim() !== '';
    try {
      const result = await saveProgramme(
        funderId,
        programme ?? null,
        {
          name: form.name,
          shortName: text('shortName'),
          fund: text('fund'),
          mainFunder: hasMainFunder ? { name: form.mainFunderName, orgNumber: form.mainFunderOrgNumber } : null,
          yearFrom: yearFrom ?? null,
          yearTo: yearTo ?? null,
          cci: text('cci'),
        },
        opts,
      );
      setForm(formOf(result));
      setSaved(at.programmeSaved);
      onSaved(result);
      if (!programme) setForm(formOf(null));
    } catch (error) {
      problems.fail(
        problemItems(error, lang, at.error, {
          name: id('name'),
          shortName: id('shortName'),
          fund: id('fund'),
          'mainFunder.name': id('mainFunderName'),
          'mainFunder.orgNumber': id('mainFunderOrgNumber'),
          yearFrom: id('yearFrom'),
          yearTo: id('yearTo'),
          cci: id('cci'),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof Form, label: string, extra: { hint?: string; width?: 'short' | 'medium' } = {}) => (
    <TextField
      id={id(key)}
      label={label}
      value={form[key]}
      onChange={set(key)}
      error={problems.inline(id(key))}
      {...extra}
    />
  );
  return (
    <form className="box" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('heading')}>
      <h3 id={id('heading')} tabIndex={-1}>
        {programme?.name ?? at.newProgramme}
      </h3>
      <ErrorSummary items={problems.items} ref={problems.ref} />
      {field('name', at.programmeName)}
      <div className="field-row">
        {field('shortName', at.shortName, { width: 'medium' })}
        {field('fund', at.fund, { hint: at.fundHint, width: 'short' })}
      </div>
      <p className="hint">{at.mainFunderHint}</p>
      <div className="field-row">
        {field('mainFunderName', at.mainFunderName, { width: 'medium' })}
        {field('mainFunderOrgNumber', at.mainFunderOrgNumber, { width: 'short' })}
      </div>
      <div className="field-row">
        {field('yearFrom', at.yearFrom, { width: 'short' })}
        {field('yearTo', at.yearTo, { width: 'short' })}
        {field('cci', at.cci, { hint: at.cciHint, width: 'medium' })}
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {at.saveProgramme}
        </button>
        <p role="status" className="notice-ok">
          {saved}
        </p>
      </div>
    </form>
  );
}
