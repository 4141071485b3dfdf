import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { emptyForm, fieldOfPath, fromCall, toInput, type CallForm } from './call-form.js';
import { CallFacts } from './CallFacts.js';
import { CallFormFields } from './CallFormFields.js';
import {
  createCall,
  getCall,
  getCallOptions,
  publishCall,
  saveCall,
  type Call,
  type CallOptions,
} from './calls-api.js';
import { useCallTexts } from './texts.js';
import { useCallFunders } from './use-call-funders.js';
import './calls.css';

type Feedback = 'none' | 'saved' | 'published';

/** /admin/utlysningar/:callId (and /admin/utlysningar/ny): a call's form, saving and publishing. */
export function CallEditPage() {
  const { callId = '' } = useParams();
  const isNew = callId === 'ny';
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { t, lang } = useI18n();
  const x = useCallTexts();
  const { opts } = useSession();
  const funders = useCallFunders();
  const [call, setCall] = useState<Call | null>(null);
  const [options, setOptions] = useState<CallOptions | null>(null);
  const [form, setForm] = useState<CallForm>(emptyForm);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);
  const [feedback, setFeedback] = useState<Feedback>('none');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const funderId = isNew ? (params.get('stodgivare') ?? funders?.[0]?.id ?? '') : (call?.funderId ?? '');

  const load = useCallback(
    (signal?: AbortSignal) => {
      if (isNew) return Promise.resolve();
      return getCall(callId, { ...opts, signal }).then(
        (c) => {
          setCall(c);
          setForm(fromCall(c));
          setFieldErrors({});
          setSummary([]);
          setProblem(null);
        },
        (e: unknown) => {
          if (!signal?.aborted)
            setProblem({ message: e instanceof ApiProblem ? e.detail : x.loadError, conflict: false });
        },
      );
    },
    // Reloading on a change of language would throw away what was typed.
    [callId, isNew, opts.csrfToken],
  );
  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);
  useEffect(() => {
    if (!funderId) return;
    const abort = new AbortController();
    getCallOptions(funderId, { ...opts, signal: abort.signal }).then(setOptions, () => undefined);
    return () => abort.abort();
  }, [funderId, opts.csrfToken]);
  useEffect(() => {
    document.title = `${isNew ? x.newTitle : (call?.title ?? x.calls)} – ${t.appName}`;
  }, [isNew, call, x, t]);
  useEffect(() => {
    if (summary.length > 0) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // A new call comes here once it is saved, with word of it.
  useEffect(() => {
    if ((location.state as { saved?: boolean } | null)?.saved) setFeedback('saved');
  }, [location.state]);

  const update = (change: Partial<CallForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setFeedback('none');
  };
  const showProblems = (e: unknown) => {
    if (e instanceof ApiProblem && e.status === 422 && e.issues.length > 0) {
      const errs: Record<string, string> = {};
      const items: SummaryItem[] = [];
      for (const i of e.issues.filter((i) => i.severity === 'error')) {
        const fieldId = fieldOfPath(i.path);
        if (fieldId) errs[fieldId] = [errs[fieldId], i.message[lang]].filter(Boolean).join(' ');
        items.push({ fieldId, message: i.message[lang] });
      }
      setFieldErrors(errs);
      setSummary(items);
    } else {
      setProblem({
        message: e instanceof ApiProblem ? e.detail : x.error,
        conflict: e instanceof ApiProblem && e.status === 409,
      });
    }
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const { input, errors } = toInput(form, x);
    if (!input) {
      setFieldErrors(errors);
      setSummary(Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message })));
      return;
    }
    setBusy(true);
    try {
      if (isNew) {
        const created = await createCall(funderId, input, opts);
        void navigate(`/admin/utlysningar/${created.id}`, { replace: true, state: { saved: true } });
      } else {
        const saved = await saveCall(callId, call!.version, input, opts);
        setCall(saved);
        setForm(fromCall(saved));
        setFieldErrors({});
        setSummary([]);
        setFeedback('saved');
      }
    } catch (err) {
      showProblems(err);
    }
    setBusy(false);
  };

  const dirty = call !== null && JSON.stringify(fromCall(call)) !== JSON.stringify(form);
  const askPublish = () => {
    if (dirty) return setSummary([{ message: x.unsavedBeforePublish }]);
    setConfirming(true);
  };
  const onPublish = async () => {
    setBusy(true);
    try {
      const published = await publishCall(callId, call!.version, opts);
      setCall(published);
      setForm(fromCall(published));
      setConfirming(false);
      setFeedback('published');
    } catch (err) {
      setConfirming(false);
      showProblems(err);
    }
    setBusy(false);
  };

  if (!funders || (!isNew && !call && !problem)) return <p>{t.loadingPage}</p>;
  if (isNew && !funderId) {
    return (
      <>
        <h1>{x.newTitle}</h1>
        <p>{x.noFunder}</p>
      </>
    );
  }
  const heading = isNew ? x.newTitle : (call?.title ?? x.calls);
  const back = (
    <p>
      <Link to={`/admin/utlysningar${funderId ? `?stodgivare=${funderId}` : ''}`}>{x.backToAdmin}</Link>
    </p>
  );
  const alert = problem && (
    <div role="alert" className="error-summary" tabIndex={-1} ref={problemRef}>
      <p>{problem.message}</p>
      {problem.conflict && (
        <button type="button" onClick={() => void load()}>
          {x.reload}
        </button>
      )}
    </div>
  );
  if (!isNew && !call) {
    return (
      <>
        {back}
        <h1>{heading}</h1>
        {alert}
      </>
    );
  }
  if (call && !call.canEdit) {
    return (
      <>
        {back}
        <h1>{heading}</h1>
        <p className="lead">{x.status(call.status, call.phase)}</p>
        <p>{x.readOnly}</p>
        <CallFacts {...call} />
        <h2>{x.aboutCall}</h2>
        <p className="prewrap">{call.description}</p>
      </>
    );
  }
  return (
    <>
      {back}
      <ErrorSummary items={summary} ref={summaryRef} />
      {alert}
      <h1>{heading}</h1>
      {call && <p className="lead">{x.status(call.status, call.phase)}</p>}
      {call?.status === 'published' && (
        <p>
          {x.publishedNote} <Link to={`/utlysningar/${call.id}`}>{x.viewPublic}</Link>
        </p>
      )}
      <p role="status" className="notice-ok">
        {busy ? x.saving : feedback === 'saved' ? x.saved : feedback === 'published' ? x.published : ''}
      </p>
      {!options && <p>{t.loadingPage}</p>}
      {options && (
        <form onSubmit={(e) => void onSave(e)} noValidate className="narrow">
          <CallFormFields
            form={form}
            update={update}
            errorOf={(id) => fieldErrors[id]}
            options={options}
            chosenBefore={call?.priorities.map((p) => p.id) ?? []}
          />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {x.save}
            </button>
            {call?.status === 'draft' && !confirming && (
              <button type="button" className="secondary" disabled={busy} onClick={askPublish}>
                {x.publish}
              </button>
            )}
          </div>
        </form>
      )}
      {confirming && (
        <section className="box" aria-labelledby="publish-confirm">
          <h2 id="publish-confirm" tabIndex={-1} ref={confirmRef}>
            {x.publishConfirmTitle}
          </h2>
          <p>{x.publishConfirmText}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void onPublish()}>
              {x.confirmPublish}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {x.cancel}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
