import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useUserTexts } from './texts.js';
import { completePasswordReset } from './users-api.js';

/**
 * /nytt-losenord?token=…: the person chooses a new password twice. A weak password is shown at the
 * field (the link still works); a used, expired or broken link is said plainly with a way to a new one.
 */
export function ResetPasswordPage() {
  const { lang } = useI18n();
  const ut = useUserTexts();
  const { session, setSession } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [linkProblem, setLinkProblem] = useState<string | null>(token ? null : ut.resetMissingToken);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${done ? ut.resetDoneTitle : ut.resetTitle} – Bidra`;
  }, [ut, done]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (done || linkProblem) heading.current?.focus();
  }, [done, linkProblem]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = newPasswordProblems(password, repeat, {
      personal: [],
      lang,
      required: ut.passwordRequired,
      differ: ut.passwordsDiffer,
    });
    if (problems.length) return setErrors(problems);
    setBusy(true);
    try {
      await completePasswordReset(token, password, { lang });
      // Every session of the account has ended, this browser's too if it was signed in as them.
      if (session) setSession(null);
      setDone(true);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 410) setLinkProblem(error.detail);
      else setErrors(problemItems(error, lang, ut.error, { password: 'password', token: 'password' }));
    } finally {
      setBusy(false);
    }
  };
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  if (done) {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {ut.resetDoneTitle}
        </h1>
        <p role="status">{ut.resetDone}</p>
        <p>
          <Link to="/logga-in">{ut.backToSignIn}</Link>
        </p>
      </div>
    );
  }
  if (linkProblem) {
    return (
      <div className="narrow">
        <h1 ref={heading} tabIndex={-1}>
          {ut.resetTitle}
        </h1>
        <div className="error-summary" role="alert">
          <p>{linkProblem}</p>
        </div>
        <p>
          <Link to="/glomt-losenord">{ut.askNewLink}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{ut.resetTitle}</h1>
      <p>{ut.resetIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errorOf={inline}
          labels={{ password: ut.newPassword, hint: ut.newPasswordHint, repeat: ut.repeatPassword }}
        />
        <button type="submit" disabled={busy}>
          {ut.resetSubmit}
        </button>
      </form>
    </div>
  );
}
