import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { formatSek, validateApplicationForSubmit, type FieldIssue } from '../../../../src/domain/index.js';
import { ApiProblem, getApplication, saveApplication, submitApplication, type ApplicationView } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { statusLabel } from '../../labels.js';
import { useSession } from '../../session.js';
import { fieldId, fromContent, toContent, type ApplicationForm } from './form-model.js';
import { ActivitiesSection, BudgetSection, FinancingSection, ProjectSection } from './sections.js';
import { TotalsBox } from './TotalsBox.js';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.js';
import { CompletionAnswerPanel } from '../messages/CompletionAnswerPanel.js';
import { CallBanner } from '../calls/CallBanner.js';

type Feedback =
  { kind: 'none' } | { kind: 'saved' } | { kind: 'conflict'; message: string } | { kind: 'failed'; message: string };

/**
 * The application editor (docs/domain/life-of-a-grant.md, "2. Application"): draft, live totals, submit with per-field
 * errors.
 */
export function ApplicationEditorPage() {
  const { caseId = '' } = useParams();
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [form, setForm] = useState<ApplicationForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [blocking, setBlocking] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [showSummary, setShowSummary] = useState(0);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) =>
      getApplication(caseId, { ...opts, signal })
        .then((v) => {
          setView(v);
          setForm(fromContent(v.content));
          setServerIssues([]);
          setBlocking({});
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
  useEffect(() => {
    document.title = `${submitted ? t.submittedTitle : t.editorTitle} – ${t.appName}`;
  }, [t, submitted]);
  useEffect(() => {
    if (showSummary) summary.current?.focus();
  }, [showSummary]);
  useEffect(() => {
    if (feedback.kind === 'conflict' || feedback.kind === 'failed') alertRef.current?.focus();
  }, [feedback]);
  useEffect(() => {
    if (submitted) confirmation.current?.focus();
  }, [submitted]);

  const converted = useMemo(() => (form ? toContent(form, t) : null), [form, t]);
  const liveIssues = useMemo(
    () => (converted ? validateApplicationForSubmit(converted.content, formatSek) : []),
    [converted],
  );

  if (loadError)
    return (
      <div role="alert" className="error-summary">
        {loadError}
      </div>
    );
  if (!view || !form || !converted) return <p>{t.loadingPage}</p>;

  if (submitted || view.status !== 'draft') {
    return (
      <div className="narrow">
        <div className="panel">
          <h1 ref={confirmation} tabIndex={-1}>
            {submitted ? t.submittedTitle : form.projectName || t.editorTitle}
          </h1>
          <p>
            {t.yourDiaryNumber}
            <br />
            <strong className="diary-number">{submitted ?? view.diaryNumber}</strong>
          </p>
        </div>
        <p>{submitted ? t.submittedNext : `${t.status}: ${statusLabel(view.status, lang)}. ${t.submittedView}`}</p>
        <AttachmentsPanel caseId={caseId} />
        <p>
          <Link to="/mina-arenden">{t.backToCases}</Link>
        </p>
      </div>
    );
  }

  const update = (change: Partial<ApplicationForm>) => {
    setForm((f) => (f ? { ...f, ...change } : f));
    if (feedback.kind === 'saved') setFeedback({ kind: 'none' });
  };
  // Inline messages: unreadable text (live), then what blocked the last save, then the server's issues.
  const messagesByPath = new Map<string, string[]>();
  const add = (path: string, message: string) =>
    messagesByPath.set(path, [...(messagesByPath.get(path) ?? []), message]);
  for (const [path, message] of Object.entries(converted.inputErrors)) add(path, message);
  for (const [path, message] of Object.entries(blocking)) if (!converted.inputErrors[path]) add(path, message);
  for (const i of serverIssues) if (i.severity === 'error') add(i.path, i.message[lang]);
  const errorOf = (path: string) => messagesByPath.get(path)?.join(' ');

  const summaryItems: SummaryItem[] = showSummary
    ? [
        ...Object.entries({ ...blocking }).map(([path, message]) => ({ fieldId: fieldId(path), message })),
        ...serverIssues
          .filter((i) => i.severity === 'error')
          .map((i) => ({ fieldId: fieldId(i.path), message: i.message[lang] })),
      ]
    : [];

  /** Saves the draft; returns the new version, or null when it could not be saved (and says why). */
  const save = async (): Promise<number | null> => {
    const blockers = { ...converted.missing, ...converted.inputErrors };
    setBlocking(blockers);
    if (Object.keys(blockers).length > 0) {
      setServerIssues([]);
      setShowSummary((n) => n + 1);
      return null;
    }
    try {
      const saved = await saveApplication(caseId, view.version, converted.content, opts);
      setView(saved);
      return saved.version;
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 409) setFeedback({ kind: 'conflict', message: e.detail });
      else setFeedback({ kind: 'failed', message: e instanceof ApiProblem ? e.detail : t.error });
      return null;
    }
  };

  const onSave = async () => {
    setBusy(true);
    const version = await save();
    if (version !== null) {
      setServerIssues([]);
      setShowSummary(0);
      setFeedback({ kind: 'saved' });
    }
    setBusy(false);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const version = await save();
    if (version !== null) {
      try {
        const result = await submitApplication(caseId, version, opts);
        setSubmitted(result.diaryNumber);
      } catch (err) {
        if (err instanceof ApiProblem && err.status === 422) {
          setServerIssues(err.issues);
          setShowSummary((n) => n + 1);
        } else if (err instanceof ApiProblem && err.status === 409) {
          setFeedback({ kind: 'conflict', message: err.detail });
        } else setFeedback({ kind: 'failed', message: err instanceof ApiProblem ? err.detail : t.error });
      }
    }
    setBusy(false);
  };

  return (
    <>
      <ErrorSummary items={summaryItems} ref={summary} />
      {(feedback.kind === 'conflict' || feedback.kind === 'failed') && (
        <div role="alert" className="error-summary" tabIndex={-1} ref={alertRef}>
          <p>{feedback.message}</p>
          {feedback.kind === 'conflict' && (
            <button type="button" onClick={() => void load()}>
              {t.reload}
            </button>
          )}
        </div>
      )}
      <h1>{form.projectName || t.editorTitle}</h1>
      <p className="lead">{t.editorIntro}</p>
      <CallBanner application={view} />
      <div className="editor">
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="editor-form">
          <CompletionAnswerPanel caseId={caseId} />
          <ProjectSection form={form} update={update} errorOf={errorOf} />
          <ActivitiesSection form={form} update={update} errorOf={errorOf} />
          <BudgetSection form={form} update={update} errorOf={errorOf} />
          <FinancingSection form={form} update={update} errorOf={errorOf} />
          <AttachmentsPanel caseId={caseId} />
          <div className="actions">
            <button type="button" className="secondary" disabled={busy} onClick={() => void onSave()}>
              {t.saveDraft}
            </button>
            <button type="submit" disabled={busy}>
              {t.submit}
            </button>
            <p role="status" className="status">
              {busy ? t.saving : feedback.kind === 'saved' ? t.saved : ''}
            </p>
          </div>
        </form>
        <TotalsBox content={converted.content} issues={liveIssues} />
      </div>
    </>
  );
}
