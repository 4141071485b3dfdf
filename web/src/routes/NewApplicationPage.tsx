import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ApiProblem, createApplication, listFunders, type Funder } from '../api.js';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.js';
import { FieldError } from '../components/fields.js';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';
import { applyToCall } from '../features/calls/calls-api.js';
import { callChoiceId, OpenCallChoice } from '../features/calls/OpenCallChoice.js';

/** Choosing the funder (and an open call of it, if any); the draft is created on "Continue". */
export function NewApplicationPage() {
  const { t, lang } = useI18n();
  const { opts } = useSession();
  const navigate = useNavigate();
  const [funders, setFunders] = useState<Funder[] | null>(null);
  const [choice, setChoice] = useState('');
  const [callId, setCallId] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${t.chooseFunderTitle} – ${t.appName}`;
  }, [t]);
  useEffect(() => {
    listFunders(opts)
      .then((r) => {
        setFunders(r.items);
        if (r.items.length === 1) setChoice(r.items[0]!.id);
      })
      .catch((e: unknown) => setErrors([{ message: e instanceof ApiProblem ? e.detail : t.error }]));
  }, [opts, t]);
  useEffect(() => {
    if (errors.length) summary.current?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) return setErrors([{ fieldId: `funder-${funders?.[0]?.id ?? ''}`, message: t.funderRequired }]);
    try {
      const created = callId ? await applyToCall(choice, callId, opts) : await createApplication(choice, {}, opts);
      void navigate(`/ansokan/${created.caseId}`, { replace: true });
    } catch (error) {
      const issue = error instanceof ApiProblem ? error.issues.find((i) => i.path === 'callId') : undefined;
      if (issue) setErrors([{ fieldId: callChoiceId(callId), message: issue.message[lang] }]);
      else setErrors([{ message: error instanceof ApiProblem ? error.detail : t.error }]);
    }
  };
  const choiceError = errors.find((x) => x.fieldId?.startsWith('funder-'))?.message;
  const callError = errors.find((x) => x.fieldId?.startsWith('call-choice-'))?.message;

  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{t.chooseFunderTitle}</h1>
      {!funders && <p>{t.loadingPage}</p>}
      {funders && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <fieldset aria-describedby={choiceError ? 'funder-error' : undefined}>
            <legend>{t.chooseFunder}</legend>
            <FieldError id="funder" error={choiceError} />
            {funders.map((f) => (
              <div className="radio" key={f.id}>
                <input
                  type="radio"
                  id={`funder-${f.id}`}
                  name="funder"
                  value={f.id}
                  checked={choice === f.id}
                  onChange={() => {
                    setChoice(f.id);
                    setCallId('');
                  }}
                />
                <label htmlFor={`funder-${f.id}`}>
                  {f.name} <span className="muted">({f.committee})</span>
                </label>
              </div>
            ))}
          </fieldset>
          <OpenCallChoice funderId={choice} value={callId} onChange={setCallId} error={callError} />
          <button type="submit">{t.continue}</button>
        </form>
      )}
    </div>
  );
}
