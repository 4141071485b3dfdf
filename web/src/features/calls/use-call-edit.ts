import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useSession } from '../../session.js';
import { emptyForm, fromCall, toInput, type CallForm } from './call-form.js';
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
import { useCallProblems } from './use-call-problems.js';

type Feedback = 'none' | 'saved' | 'published';

/** The call edit page's state: the call, its form and options, what the server said, saving and publishing. */
export function useCallEdit() {
  const { callId = '' } = useParams();
  const isNew = callId === 'ny';
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const x = useCallTexts();
  const { opts } = useSession();
  const funders = useCallFunders();
  const problems = useCallProblems();
  const { setFieldErrors, setSummary, setProblem, showProblems } = problems;
  const [call, setCall] = useState<Call | null>(null);
  const [options, setOptions] = useState<CallOptions | null>(null);
  const [form, setForm] = useState<CallForm>(emptyForm);
  const [feedback, setFeedback] = useState<Feedback>('none');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
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
  // A new call comes here once it is saved, with word of it.
  useEffect(() => {
    if ((location.state as { saved?: boolean } | null)?.saved) setFeedback('saved');
  }, [location.state]);

  const update = (change: Partial<CallForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setFeedback('none');
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

  return {
    isNew,
    funders,
    funderId,
    call,
    options,
    form,
    problems,
    feedback,
    confirming,
    busy,
    load,
    update,
    onSave,
    askPublish,
    onPublish,
    setConfirming,
  };
}

export type CallEdit = ReturnType<typeof useCallEdit>;
