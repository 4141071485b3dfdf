import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDiaryNumber, parseOrgNumber } from '../../../../src/domain/index.js';
import { fetchMe } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { FieldError, TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { createFunder, type NewFunder, type OrganizationType } from './admin-api.js';
import { rememberAdminFunder } from './admin-funder.js';
import { sameIds, useFormProblems } from './form-problems.js';
import { useAdminTexts } from './texts.js';
import './funder-settings.css';

const ORG_TYPES = [
  'region',
  'municipality',
  'state_agency',
  'university',
  'company',
  'association',
  'other',
] as const satisfies readonly OrganizationType[];
// Every kind the contract knows is offered above.
const _allTypes: OrganizationType extends (typeof ORG_TYPES)[number] ? true : never = true;

/** The next diary number a format would give this year, or null while the format cannot number cases. */
export function diaryExample(format: string, year: number, seq: number): string | null {
  if (!format.includes('{year}')) return null;
  try {
    return formatDiaryNumber(format, year, seq);
  } catch {
    return null;
  }
}

/**
 * /admin/ny-stodgivare: the installation's administrator sets up a funder (POST /api/v1/funders) and
 * becomes its administrator; the session is read again so the new role shows at once.
 */
export function CreateFunderPage() {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { session, opts, setSession } = useSession();
  const navigate = useNavigate();
  const problems = useFormProblems();
  const [form, setForm] = useState<Required<NewFunder>>({
    name: '',
    orgNumber: '',
    organizationType: 'region',
    committeeName: '',
    diaryNumberFormat: '',
  });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    document.title = `${at.createTitle} – Bidra`;
  }, [at]);

  if (!session?.user.installationAdmin) {
    return (
      <div className="narrow">
        <h1>{at.createTitle}</h1>
        <p>{at.onlyInstallationAdmin}</p>
        <p>
          <Link to="/admin">{at.toAdmin}</Link>
        </p>
      </div>
    );
  }

  const set = (key: Exclude<keyof typeof form, 'organizationType'>) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const example = diaryExample(form.diaryNumberFormat.trim(), new Date().getFullYear(), 1);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    const need = (id: keyof typeof form, label: string) => {
      if (form[id].trim() === '') found.push({ fieldId: id, message: at.required(label) });
    };
    need('name', at.funderName);
    if (form.orgNumber.trim() === '') found.push({ fieldId: 'orgNumber', message: at.required(at.orgNumber) });
    else {
      const parsed = parseOrgNumber(form.orgNumber);
      if (!parsed.ok) found.push({ fieldId: 'orgNumber', message: parsed.error.message[lang] });
    }
    need('committeeName', at.committeeName);
    need('diaryNumberFormat', at.diaryFormat);
    if (found.length > 0) return problems.fail(found);
    setBusy(true);
    try {
      const created = await createFunder(form, opts);
      rememberAdminFunder(created.funderId);
      setSession(await fetchMe(opts));
      void navigate('/admin/installningar');
    } catch (error) {
      problems.fail(problemItems(error, lang, at.error, sameIds(Object.keys(form))));
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <h1>{at.createTitle}</h1>
      <p>{at.createIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="name"
          label={at.funderName}
          hint={at.funderNameHint}
          value={form.name}
          onChange={set('name')}
          error={problems.inline('name')}
        />
        <TextField
          id="orgNumber"
          label={at.orgNumber}
          hint={at.orgNumberHint}
          value={form.orgNumber}
          onChange={set('orgNumber')}
          width="short"
          error={problems.inline('orgNumber')}
        />
        <div className="field">
          <label htmlFor="organizationType">{at.orgType}</label>
          <FieldError id="organizationType" error={problems.inline('organizationType')} />
          <select
            id="organizationType"
            value={form.organizationType}
            onChange={(e) =>
              setForm((f) => ({
                ...f,
                organizationType: ORG_TYPES.find((t) => t === e.target.value) ?? f.organizationType,
              }))
            }
          >
            {ORG_TYPES.map((t) => (
              <option key={t} value={t}>
                {at.orgTypeName(t)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="committeeName"
          label={at.committeeName}
          hint={at.committeeHint}
          value={form.committeeName}
          onChange={set('committeeName')}
          error={problems.inline('committeeName')}
        />
        <TextField
          id="diaryNumberFormat"
          label={at.diaryFormat}
          hint={at.diaryFormatHint}
          value={form.diaryNumberFormat}
          onChange={set('diaryNumberFormat')}
          width="medium"
          error={problems.inline('diaryNumberFormat')}
        />
        <p aria-live="polite">
          {form.diaryNumberFormat.trim() === '' ? '' : example ? at.diaryExample(example) : at.diaryExampleMissing}
        </p>
        <button type="submit" disabled={busy}>
          {at.createSubmit}
        </button>
      </form>
    </div>
  );
}
