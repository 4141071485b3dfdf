import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { verifyEmail } from './organisations-api.js';
import { ResendLinkForm } from './ResendLinkForm.js';
import { useOrganisationTexts } from './texts.js';

/**
 * /verifiera-epost?token=…: confirms the address as soon as the page opens, signs the person in and
 * takes them to their organisation. A used, expired or broken link is explained, with a form for a new one.
 */
export function VerifyEmailPage() {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [problem, setProblem] = useState<string | null>(token ? null : ot.verifyMissingToken);
  // The link works once: a second effect run (React's development double-mount) must not spend it again.
  const started = useRef(false);
  const problemBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${ot.verifyTitle} – Bidra`;
  }, [ot]);
  // Waits for the app's first "who am I" to answer: arriving after the sign-in, its 401 would undo it.
  const sessionKnown = session !== undefined;
  useEffect(() => {
    if (!token || !sessionKnown || started.current) return;
    started.current = true;
    verifyEmail(token, { lang }).then(
      (session) => {
        setSession(session);
        void navigate('/organisation', { replace: true });
      },
      (error: unknown) => setProblem(error instanceof ApiProblem ? error.detail : ot.error),
    );
  }, [token, sessionKnown, lang, ot.error, setSession, navigate]);
  useEffect(() => {
    if (problem) problemBox.current?.focus();
  }, [problem]);

  return (
    <div className="narrow">
      <h1>{ot.verifyTitle}</h1>
      {problem ? (
        <>
          <div className="error-summary" role="alert" tabIndex={-1} ref={problemBox}>
            <p>{problem}</p>
          </div>
          <ResendLinkForm />
        </>
      ) : (
        <p role="status">{ot.verifying}</p>
      )}
    </div>
  );
}
