import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, getOidcStatus, login, type OidcStatus } from '../api.js';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary.js';
import { TextField } from '../components/fields.js';
import { useI18n } from '../i18n.js';
import { useSession } from '../session.js';
import { homeOf } from '../features/users/home.js';

/** Only paths inside the app are followed after sign-in, so a link cannot send people elsewhere. */
// Only same-site paths; without one, people land where their work is (features/users/home.ts).
const safeNext = (next: string | null, home: string) => (next && /^\/(?!\/)/.test(next) ? next : home);

export function SignInPage() {
  const { t, lang } = useI18n();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The provider sends people back here with ?fel=oidc when their sign-in there was refused.
  const [errors, setErrors] = useState<SummaryItem[]>(() =>
    params.get('fel') === 'oidc' ? [{ message: t.oidcFailed }] : [],
  );
  const [busy, setBusy] = useState(false);
  const [oidc, setOidc] = useState<OidcStatus | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    getOidcStatus(lang, abort.signal).then(setOidc, () => setOidc(null));
    return () => abort.abort();
  }, [lang]);

  useEffect(() => {
    document.title = `${t.signInTitle} – ${t.appName}`;
  }, [t]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: SummaryItem[] = [];
    if (!email.trim()) missing.push({ fieldId: 'email', message: t.emailRequired });
    if (!password) missing.push({ fieldId: 'password', message: t.passwordRequired });
    if (missing.length) return setErrors(missing);
    setBusy(true);
    try {
      const session = await login(email.trim(), password, { lang });
      setSession(session);
      void navigate(safeNext(params.get('next'), homeOf(session.user)), { replace: true });
    } catch (error) {
      // 401 (wrong e-mail or password) and 429 (too many attempts) come with a plain-language `detail`.
      setErrors([{ fieldId: 'email', message: error instanceof ApiProblem ? error.detail : t.error }]);
      setBusy(false);
    }
  };
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{t.signInTitle}</h1>
      <p>{t.signInIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="email"
          label={t.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={inline('email')}
        />
        <TextField
          id="password"
          label={t.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={inline('password')}
        />
        <button type="submit" disabled={busy}>
          {t.signIn}
        </button>
      </form>
      <p>
        <Link to="/glomt-losenord">{t.forgotPassword}</Link>
      </p>
      <p>
        {t.noAccount} <Link to="/registrera">{t.createAccount}</Link>
      </p>
      {oidc?.configured && oidc.label && oidc.startUrl && (
        <p>
          {t.otherSignIn} <a href={oidc.startUrl}>{t.signInWith(oidc.label)}</a>
        </p>
      )}
    </div>
  );
}
