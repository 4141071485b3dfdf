import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { CallFacts, useSwedishTime } from './CallFacts.js';
import { applyToCall, checkApplication, getPublicCall, type ApplicationCheck, type PublicCall } from './calls-api.js';
import { useCallTexts } from './texts.js';
import './calls.css';

/** /utlysningar/:callId: a published call for everyone, and "Ansök" for those who may apply. */
export function PublicCallPage() {
  const { callId = '' } = useParams();
  const { t } = useI18n();
  const x = useCallTexts();
  const { opts } = useSession();
  const [call, setCall] = useState<PublicCall | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${call?.title ?? x.calls} – ${t.appName}`;
  }, [call, x, t]);
  useEffect(() => {
    const abort = new AbortController();
    getPublicCall(callId, { lang: opts.lang, signal: abort.signal })
      .then(setCall)
      .catch((e: unknown) => {
        if (abort.signal.aborted) return;
        setError(e instanceof ApiProblem && e.status === 404 ? x.notFound : x.loadError);
      });
    return () => abort.abort();
  }, [callId, opts.lang, x]);

  if (error) {
    return (
      <>
        <h1>{x.calls}</h1>
        <div role="alert" className="error-summary">
          {error}
        </div>
        <p>
          <Link to="/utlysningar">{x.allCalls}</Link>
        </p>
      </>
    );
  }
  if (!call) return <p>{t.loadingPage}</p>;
  return (
    <>
      <p>
        <Link to="/utlysningar">{x.allCalls}</Link>
      </p>
      <h1>{call.title}</h1>
      <p className="lead">{x.phase(call.phase)}</p>
      <CallFacts {...call} funderName={`${call.funder.name} (${call.funder.committee})`} />
      <h2>{x.aboutCall}</h2>
      <p className="prewrap">{call.description}</p>
      <ApplySection call={call} />
    </>
  );
}

function ApplySection({ call }: { call: PublicCall }) {
  const x = useCallTexts();
  const when = useSwedishTime();
  const { session, opts } = useSession();
  const { lang } = useI18n();
  const navigate = useNavigate();
  const [check, setCheck] = useState<ApplicationCheck | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!session || call.phase !== 'open') return;
    const abort = new AbortController();
    checkApplication(call.id, { ...opts, signal: abort.signal }).then(setCheck, () => {
      // The server checks again when applying; an unanswered check only leaves the button there.
      if (!abort.signal.aborted) setCheck({ canApply: true, issue: null });
    });
    return () => abort.abort();
  }, [call, session, opts]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  const apply = async () => {
    setBusy(true);
    try {
      const created = await applyToCall(call.funder.id, call.id, opts);
      void navigate(`/ansokan/${created.caseId}`);
    } catch (e) {
      setErrors(
        e instanceof ApiProblem && e.issues.length > 0
          ? e.issues.map((i) => ({ message: i.message[lang] }))
          : [{ message: e instanceof ApiProblem ? e.detail : x.error }],
      );
      setBusy(false);
    }
  };

  let body;
  if (call.phase === 'upcoming') body = <p>{x.opensLater(when(call.opensAt))}</p>;
  else if (call.phase === 'closed') body = <p>{x.closedText(when(call.closesAt))}</p>;
  else if (session === null) {
    body = (
      <>
        <p>{x.openUntil(when(call.closesAt))}</p>
        <p>
          <Link className="button-link" to={`/logga-in?next=${encodeURIComponent(`/utlysningar/${call.id}`)}`}>
            {x.signInToApply}
          </Link>
        </p>
        <p>
          {x.noAccount} <Link to="/registrera">{x.register}</Link>
        </p>
      </>
    );
  } else if (!check) body = <p>{x.checking}</p>;
  else if (!check.canApply && check.issue) {
    body = (
      <div className="box" role="status">
        <h3>{x.cannotApply}</h3>
        <p>{check.issue.message[lang]}</p>
      </div>
    );
  } else {
    body = (
      <>
        <p>{x.openUntil(when(call.closesAt))}</p>
        <p className="hint">{x.applyHint}</p>
        <button type="button" disabled={busy} onClick={() => void apply()}>
          {busy ? x.applying : x.applyButton}
        </button>
      </>
    );
  }
  return (
    <section aria-labelledby="apply-heading">
      <ErrorSummary items={errors} ref={summary} />
      <h2 id="apply-heading">{x.applyHeading}</h2>
      {body}
    </section>
  );
}
