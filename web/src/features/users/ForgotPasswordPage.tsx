import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useUserTexts } from './texts.js';
import { requestPasswordReset } from './users-api.js';

/**
 * /glomt-losenord: asks for a reset link. The confirmation is the same whether or not the address has
 * an account, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const { lang } = useI18n();
  const ut = useUserTexts();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${sentTo ? ut.forgotSentTitle : ut.forgotTitle} – Bidra`;
  }, [ut, sentTo]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (sentTo) confirmation.current?.focus();
  }, [sentTo]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const address = email.trim();
    if (!address) return setErrors([{ fieldId: 'email', message: ut.emailRequired }]);
    setBusy(true);
    try {
      await requestPasswordReset(address, { lang });
      setErrors([]);
      setSentTo(address);
    } catch (error) {
      setErrors(problemItems(error, lang, ut.error, { email: 'email' }));
    } finally {
      setBusy(false);
    }
  };
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  if (sentTo) {
    return (
      <div className="narrow">
        <h1 ref={confirmation} tabIndex={-1}>
          {ut.forgotSentTitle}
        </h1>
        <p role="status">{ut.forgotSent(sentTo)}</p>
        <p>{ut.forgotNoMail}</p>
        <p>
          <button type="button" className="secondary" onClick={() => setSentTo(null)}>
            {ut.forgotAgain}
          </button>
        </p>
        <p>
          <Link to="/logga-in">{ut.backToSignIn}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{ut.forgotTitle}</h1>
      <p>{ut.forgotIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="email"
          label={ut.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={inline('email')}
        />
        <button type="submit" disabled={busy}>
          {ut.forgotSubmit}
        </button>
      </form>
      <p>
        <Link to="/logga-in">{ut.backToSignIn}</Link>
      </p>
    </div>
  );
}
