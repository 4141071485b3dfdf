import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { parseOrgNumber } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  APPEAL_KINDS,
  getSettings,
  getSettingsVersions,
  saveSettings,
  type AppealKind,
  type SettingsVersion,
  type SettingsView,
} from './admin-api.js';
import { FunderPicker, useAdminFunders } from './admin-funder.js';
import { diaryExample } from './CreateFunderPage.js';
import { kronorToOre, oreToField, sameIds, useFormProblems } from './form-problems.js';
import { LetterheadPreview, SettingsVersions } from './SettingsParts.js';
import { useAdminTexts } from './texts.js';
import './funder-settings.css';

const TEXT_FIELDS = [
  'name',
  'orgNumber',
  'postalAddress',
  'phone',
  'email',
  'website',
  'committeeName',
  'diaryNumberFormat',
  'standardConditions',
  'paymentDetails',
  'contact',
] as const;
/** The field of each decision kind's appeal notice, e.g. appealNotice-withdraw. */
const appealId = (kind: AppealKind) => `appealNotice-${kind}` as const;
type AppealField = ReturnType<typeof appealId>;
type Form = Record<(typeof TEXT_FIELDS)[number] | AppealField | 'delegationLimit' | 'defaultContactUserId', string>;

const formOf = (s: SettingsView): Form => ({
  ...(Object.fromEntries(TEXT_FIELDS.map((k) => [k, s[k] ?? ''])) as Record<(typeof TEXT_FIELDS)[number], string>),
  ...(Object.fromEntries(APPEAL_KINDS.map((k) => [appealId(k), s.appealNotices[k] ?? ''])) as Record<
    AppealField,
    string
  >),
  delegationLimit: oreToField(s.delegationLimitOre),
  defaultContactUserId: s.defaultContactUserId ?? '',
});

/** /admin/installningar: the funder's settings, a preview of its letterhead, and every saved version. */
export function FunderSettingsPage() {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const admin = useAdminFunders();
  const funderId = admin.funder?.id;
  const problems = useFormProblems();
  const [view, setView] = useState<SettingsView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [rounding, setRounding] = useState<'down' | 'half_up'>('down');
  const [versions, setVersions] = useState<SettingsVersion[]>([]);
  const [loadError, setLoadError] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${at.settingsTitle} – Bidra`;
  }, [at]);
  const load = useCallback(async () => {
    if (!funderId) return;
    try {
      const [s, v] = await Promise.all([getSettings(funderId, opts), getSettingsVersions(funderId, opts)]);
      setView(s);
      setForm(formOf(s));
      setRounding(s.shareCapRounding);
      setVersions(v);
      setConflict(false);
    } catch {
      setLoadError(true);
    }
  }, [funderId, opts]);
  useEffect(() => {
    void load();
  }, [load]);

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <div className="narrow">
        <h1>{at.settingsTitle}</h1>
        <p>{at.notAdmin}</p>
      </div>
    );
  }
  if (loadError) return <p>{at.loadError}</p>;
  if (!view || !form) return <p>{at.loading}</p>;

  const set = (key: keyof Form) => (value: string) => {
    setSaved('');
    setForm((f) => (f ? { ...f, [key]: value } : f));
  };
  const example = diaryExample(form.diaryNumberFormat.trim(), view.diaryYear, view.nextDiarySequence);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: SummaryItem[] = [];
    for (const [id, label] of [
      ['name', at.funderName],
      ['committeeName', at.committeeName],
      ['diaryNumberFormat', at.diaryFormat],
    ] as const) {
      if (form[id].trim() === '') found.push({ fieldId: id, message: at.required(label) });
    }
    const org = parseOrgNumber(form.orgNumber);
    if (!org.ok) found.push({ fieldId: 'orgNumber', message: org.error.message[lang] });
    const limit = kronorToOre(form.delegationLimit);
    if (limit === undefined) found.push({ fieldId: 'delegationLimit', message: at.amountInvalid(at.delegationLimit) });
    if (found.length > 0) return problems.fail(found);
    problems.clear();
    setBusy(true);
    const text = (k: (typeof TEXT_FIELDS)[number] | AppealField) => (form[k].trim() === '' ? null : form[k]);
    try {
      const result = await saveSettings(
        view.funderId,
        {
          version: view.version,
          name: form.name,
          orgNumber: form.orgNumber,
          postalAddress: text('postalAddress'),
          phone: text('phone'),
          email: text('email'),
          website: text('website'),
          committeeName: form.committeeName,
          diaryNumberFormat: form.diaryNumberFormat,
          delegationLimitOre: limit ?? null,
          standardConditions: text('standardConditions'),
          defaultContactUserId: form.defaultContactUserId || null,
          paymentDetails: text('paymentDetails'),
          appealNotices: Object.fromEntries(APPEAL_KINDS.map((k) => [k, text(appealId(k))])),
          contact: text('contact'),
          shareCapRounding: rounding,
        },
        opts,
      );
      setView(result);
      setForm(formOf(result));
      setRounding(result.shareCapRounding);
      setVersions(await getSettingsVersions(result.funderId, opts));
      setSaved(at.saved(result.version));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409 && error.issues.length === 0) setConflict(true);
      problems.fail(
        problemItems(error, lang, at.error, {
          ...sameIds(TEXT_FIELDS.slice()),
          ...Object.fromEntries(APPEAL_KINDS.map((k) => [`appealNotices.${k}`, appealId(k)])),
          delegationLimitOre: 'delegationLimit',
          defaultContactUserId: 'defaultContactUserId',
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const field = (
    id: (typeof TEXT_FIELDS)[number] | AppealField | 'delegationLimit',
    label: string,
    extra: { hint?: string; multiline?: boolean; width?: 'short' | 'medium'; type?: 'email' } = {},
  ) => <TextField id={id} label={label} value={form[id]} onChange={set(id)} error={problems.inline(id)} {...extra} />;

  return (
    <div className="narrow">
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <h1>{at.settingsTitle}</h1>
      <FunderPicker admin={admin} />
      {conflict && (
        <p>
          <button type="button" className="secondary" onClick={() => void load()}>
            {at.reload}
          </button>
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <section className="form-section" aria-labelledby="funder-heading">
          <h2 id="funder-heading">{at.sectionFunder}</h2>
          {field('name', at.funderName)}
          {field('orgNumber', at.orgNumber, { hint: at.orgNumberHint, width: 'short' })}
          {field('committeeName', at.committeeName, { hint: at.committeeHint })}
        </section>
        <section className="form-section" aria-labelledby="letterhead-heading">
          <h2 id="letterhead-heading">{at.sectionLetterhead}</h2>
          <p className="hint">{at.letterheadIntro}</p>
          {field('postalAddress', at.postalAddress, { hint: at.postalAddressHint, multiline: true })}
          {field('phone', at.phone, { width: 'medium' })}
          {field('email', at.email, { type: 'email' })}
          {field('website', at.website, { hint: at.websiteHint })}
          <LetterheadPreview form={form} />
        </section>
        <section className="form-section" aria-labelledby="diary-heading">
          <h2 id="diary-heading">{at.sectionDiary}</h2>
          {field('diaryNumberFormat', at.diaryFormat, { hint: at.diaryFormatHint, width: 'medium' })}
          <p aria-live="polite">{example ? at.diaryExample(example) : at.diaryExampleMissing}</p>
        </section>
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
                  checked={rounding === value}
                  onChange={() => {
                    setSaved('');
                    setRounding(value);
                  }}
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
        <section className="form-section" aria-labelledby="contact-heading">
          <h2 id="contact-heading">{at.sectionContact}</h2>
          <div className={`field${problems.inline('defaultContactUserId') ? ' field-invalid' : ''}`}>
            <label htmlFor="defaultContactUserId">{at.defaultContact}</label>
            <p id="defaultContactUserId-hint" className="hint">
              {at.defaultContactHint}
            </p>
            {problems.inline('defaultContactUserId') && (
              <p id="defaultContactUserId-error" className="field-error">
                {problems.inline('defaultContactUserId')}
              </p>
            )}
            <select
              id="defaultContactUserId"
              value={form.defaultContactUserId}
              aria-describedby="defaultContactUserId-hint"
              onChange={(e) => set('defaultContactUserId')(e.target.value)}
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
        <div className="actions">
          <button type="submit" disabled={busy}>
            {at.save}
          </button>
          <p role="status" className="notice-ok">
            {saved}
          </p>
        </div>
      </form>
      <SettingsVersions versions={versions} />
      <p>
        <Link to="/admin">{at.toAdmin}</Link>
      </p>
    </div>
  );
}
