import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldIssue } from '../../../../src/domain/index.js';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { getApplication, saveApplication, submitApplication, type ApplicationView } from './applications-api.js';
import { fromContent, type ApplicationForm } from './form-model.js';
import { clientChecks, editorIssues, validationIssues } from './issues.js';
import { useApplicationTexts } from './texts.js';
import { toContent } from './to-draft.js';

export type Feedback =
  | { kind: 'none' }
  | { kind: 'saved' }
  | { kind: 'savedExcept'; count: number }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

/** Which summary the page shows at its top: what a save left out, or all that stops a submit. */
export type Summary = { kind: 'notSaved' | 'notSubmittable'; shown: number } | null;

/**
 * The application editor's state and actions (docs/domain/life-of-a-grant.md, "2. Application"): load, save
 * the draft (every field that can be read, always), and submit in two steps: "Skicka in" saves and checks,
 * then only the confirmation sends it.
 */
export function useApplicationEditor(caseId: string) {
  const { t, lang } = useI18n();
  const at = useApplicationTexts();
  const { opts } = useSession();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [form, setForm] = useState<ApplicationForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<Summary>(null);
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitted, setSubmitted] = useState<string | null>(null);

  const show = (view: ApplicationView) => {
    setView(view);
    setServerIssues(view.issues);
  };
  const load = useCallback(
    (signal?: AbortSignal) =>
      getApplication(caseId, { ...opts, signal })
        .then((v) => {
          show(v);
          setForm(fromContent(v.draft));
          setSummary(null);
          setFeedback({ kind: 'none' });
        })
        .catch((e: unknown) => {
          if (!signal?.aborted) setLoadError(e instanceof ApiProblem ? `${t.loadError} ${e.detail}` : t.loadError);
        }),
    // The language only changes the text of a load error; reloading would throw away unsaved typing.
    [caseId, opts.csrfToken],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const converted = useMemo(() => (form ? toContent(form, t, at) : null), [form, t, at]);
  const checks = useMemo(
    () => (converted && view ? clientChecks(converted.content, view.applicant.orgNumber) : []),
    [converted, view],
  );
  const issues = useMemo(
    () => (converted ? editorIssues(converted.inputErrors, checks, serverIssues, lang) : []),
    [converted, checks, serverIssues, lang],
  );

  const update = (change: Partial<ApplicationForm>) => {
    setForm((f) => (f ? { ...f, ...change } : f));
    if (feedback.kind === 'saved' || feedback.kind === 'savedExcept') setFeedback({ kind: 'none' });
  };
  const fail = (e: unknown) => {
    if (e instanceof ApiProblem && e.status === 409) setFeedback({ kind: 'conflict', message: e.detail });
    else if (e instanceof ApiProblem && e.status === 400 && Array.isArray(e.details.errors)) {
      setServerIssues(validationIssues(e.details));
      setSummary((s) => ({ kind: 'notSubmittable', shown: (s?.shown ?? 0) + 1 }));
    } else setFeedback({ kind: 'failed', message: e instanceof ApiProblem ? e.detail : t.error });
  };

  /** Saves every field that can be read; the answer (with the server's checks) or null when it failed. */
  const save = async (): Promise<ApplicationView | null> => {
    if (!view || !converted) return null;
    try {
      const saved = await saveApplication(caseId, view.version, converted.content, opts);
      show(saved);
      return saved;
    } catch (e) {
      fail(e);
      return null;
    }
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    await action();
    setBusy(false);
  };

  const onSave = () =>
    run(async () => {
      if (!(await save()) || !converted) return;
      const unread = Object.keys(converted.inputErrors).length;
      setFeedback(unread ? { kind: 'savedExcept', count: unread } : { kind: 'saved' });
      setSummary((s) => (unread ? { kind: 'notSaved', shown: (s?.shown ?? 0) + 1 } : null));
    });

  /** "Skicka in": saves, then either lists what remains or asks to confirm. */
  const onSubmit = () =>
    run(async () => {
      const saved = await save();
      if (!saved || !converted) return;
      setAttempted(true);
      const now = editorIssues(converted.inputErrors, checks, saved.issues, lang);
      if (now.length > 0) setSummary((s) => ({ kind: 'notSubmittable', shown: (s?.shown ?? 0) + 1 }));
      else {
        setSummary(null);
        setConfirming(true);
      }
    });

  const onConfirm = () =>
    run(async () => {
      if (!view) return;
      try {
        const result = await submitApplication(caseId, view.version, opts);
        show(await getApplication(caseId, opts).catch(() => view));
        setSubmitted(result.diaryNumber);
      } catch (e) {
        setConfirming(false);
        if (e instanceof ApiProblem && e.status === 422) {
          setServerIssues(e.issues);
          setSummary((s) => ({ kind: 'notSubmittable', shown: (s?.shown ?? 0) + 1 }));
        } else fail(e);
      }
    });

  return {
    ...{ view, form, converted, loadError, issues, checks, attempted, summary, feedback, busy },
    ...{ confirming, submitted, load, update, onSave, onSubmit, onConfirm, cancel: () => setConfirming(false) },
  };
}
export type ApplicationEditor = ReturnType<typeof useApplicationEditor>;
