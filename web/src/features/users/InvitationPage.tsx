import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { NewPasswordFields, newPasswordProblems } from '../../components/NewPasswordFields.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { homeOf } from './home.js';
import { useUserTexts } from './texts.js';
import { acceptInvitation, inspectInvitation, type InvitationView } from './users-api.js';

/**
 * /inbjudan?token=…: the invited person sees what they are invited to, chooses a password and is signed
 * in. A used or expired link says so, with what to do instead.
 */
export function InvitationPage() {
  const { lang } = useI18n();
  const ut = useUserTexts();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [invitation, setInvitation] = useState<InvitationView | null>(null);
  const [fatal, setFatal] = useState<string | null>(token ? null : ut.invitationMissingToken);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${ut.invitationTitle} – Bidra`;
  }, [ut]);
  useEffect(() => {
    if (!token) return;
    inspectInvitation(token, { lang }).then(
      (view) => {
        setInvitation(view);
        setName(view.displayName);
      },
      (error: unknown) => setFatal(error instanceof ApiProblem ? error.detail : ut.error),
    );
  }, [token, lang, ut.error]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    problems.push(
      ...newPasswordProblems(password, repeat, {
        personal: invitation ? [invitation.email, name] : [],
        lang,
        required: ut.passwordRequired,
        differ: ut.passwordsDiffer,
      }),
    );
    if (problems.length) return setErrors(problems);
    setBusy(true);
    try {
      const session = await acceptInvitation(token, password, name, { lang });
      setSession(session);
      void navigate(homeOf(session.user), { replace: true });
    } catch (error) {
      setErrors(problemItems(error, lang, ut.error, { password: 'password', displayName: 'name', token: 'password' }));
      setBusy(false);
    }
  };
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  if (fatal) {
    return (
      <div className="narrow">
        <h1>{ut.invitationTitle}</h1>
        <div className="error-summary" role="alert">
          <p>{fatal}</p>
        </div>
      </div>
    );
  }
  if (!invitation) return <p>{ut.invitationLoading}</p>;
  const roles =
    invitation.roles.map((r) => r.capacity ?? ut.roleName(r.role)).join(', ') ||
    (invitation.installationAdmin ? ut.installationAdminRole : '');
  return (
    <div className="narrow">
      <ErrorSummary items={errors} ref={summary} />
      <h1>{ut.invitationTitle}</h1>
      <p>{ut.invitationIntro(invitation.organization, roles)}</p>
      <p>{ut.invitationChoose}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>
          {ut.email}: <strong>{invitation.email}</strong>
        </p>
        <TextField
          id="name"
          label={ut.name}
          value={name}
          onChange={setName}
          autoComplete="name"
          error={inline('name')}
        />
        <NewPasswordFields
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          errorOf={inline}
          labels={{ password: ut.newPassword, hint: ut.newPasswordHint, repeat: ut.repeatPassword }}
        />
        <button type="submit" disabled={busy}>
          {ut.start}
        </button>
      </form>
    </div>
  );
}
