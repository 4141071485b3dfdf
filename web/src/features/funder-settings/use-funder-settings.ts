import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { parseOrgNumber } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import {
  APPEAL_KINDS,
  getSettings,
  getSettingsVersions,
  saveSettings,
  type SettingsVersion,
  type SettingsView,
} from './admin-api.js';
import { kronorToOre, sameIds, useFormProblems } from './form-problems.js';
import { appealId, formOf, settingsInput, TEXT_FIELDS, type Form, type Rounding } from './settings-form.js';
import { useAdminTexts } from './texts.js';

/** The settings page's state: the settings as read, the form, the saved versions, and saving. */
export function useFunderSettings(funderId: string | undefined) {
  const at = useAdminTexts();
  const { lang } = useI18n();
  const { opts } = useSession();
  const problems = useFormProblems();
  const [view, setView] = useState<SettingsView | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [rounding, setRounding] = useState<Rounding>('down');
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

  const set = (key: keyof Form) => (value: string) => {
    setSaved('');
    setForm((f) => (f ? { ...f, [key]: value } : f));
  };
  const chooseRounding = (value: Rounding) => {
    setSaved('');
    setRounding(value);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!view || !form) return;
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
    try {
      const result = await saveSettings(view.funderId, settingsInput(view, form, rounding, limit ?? null), opts);
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

  return {
    problems,
    view,
    form,
    rounding,
    versions,
    loadError,
    conflict,
    saved,
    busy,
    load,
    set,
    chooseRounding,
    submit,
  };
}
