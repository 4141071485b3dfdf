import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { signUp } from './organisations-api.js';
import { ResendLinkForm } from './ResendLinkForm.js';
import { useOrganisationTexts } from './texts.js';

const FIELDS = { displayName: 'name', email: 'email', password: 'password' };

/**
 * /registrera: name, e-mail and a password typed twice. The password rules the browser can check (length,
 * own name or address) are checked before sending; the server also refuses common passwords. After
 * sending, the page says where the link went and offers a new one.
 */
export function SignUpPage() {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const { session } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${sentTo ? ot.checkEmailTitle : ot.signUpTitle} – Bidra`;
  }, [ot, sentTo]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (sentTo) sentHeading.current?.focus();
  }, [sentTo]);

  const check = (): SummaryItem[] => {
    const problems: SummaryItem[] = [];
    if (!name.trim()) problems.push({ fieldId: 'name', message: ot.nameRequired });
    if (!email.trim()) problems.push({ fieldId: 'email', message: ot.emailRequired });
    problems.push(
      ...newPasswordProblems(password, repeat, {
        personal: [email, name],
        lang,
        required: ot.passwordRequired,
        differ: ot.passwordsDiffer,
      }),
    );
    return problems;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = check();
    if (problems.length) return setErrors(problems);
    setBusy(true);
    try {
      const result = await signUp({ email: email.trim(), displayName: name.trim(), password }, { lang });
      setErrors([]);
      setSentTo(result.email);
    } catch (error) {
      setErrors(problemItems(error, lang, ot.error, FIELDS));
    } finally {
      setBusy(false);
    }
  };
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  if (sentTo) {
    return (
      <div className="narrow">
        <h1 tabIndex={-1} ref={sentHeading}>
          {ot.checkEmailTitle}
        </h1>
        <p>{ot.checkEmailText(sentTo)}</p>
        <p>{ot.notArrived}</p>
        <ResendLinkForm initialEmail={sentTo} />
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{ot.signUpTitle}</h1>
      {session && (
        <p>
          {ot.signedInAlready} <Link to="/organisation">{ot.toMyOrganisation}</Link>
        </p>
      )}
      <p>{ot.signUpIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="name"
          label={ot.name}
          value={name}
          onChange={setName}
          autoComplete="name"
          error={inline('name')}
        />
        <TextField
          id="email"
          label={ot.email}
          hint={ot.emailHint}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={inline('email')}
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errorOf={inline}
          labels={{ password: ot.password, hint: ot.passwordHint, repeat: ot.repeatPassword }}
        />
        <button type="submit" disabled={busy}>
          {ot.createAccount}
        </button>
      </form>
      <p>
        {ot.haveAccount} <Link to="/logga-in">{ot.signIn}</Link>
      </p>
    </div>
  );
}
