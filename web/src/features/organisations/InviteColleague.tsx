import { useState, type FormEvent } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { useOrganisationTexts } from './texts.js';

interface Props {
  errors: SummaryItem[];
  onErrors: (items: SummaryItem[]) => void;
  /** Sends the invitation; resolves true when it went, so the form can be emptied. */
  onInvite: (colleague: { email: string; displayName: string; admin: boolean }) => Promise<boolean>;
}

/** The administrator invites a colleague by name and address, optionally as another administrator. */
export function InviteColleague({ errors, onErrors, onInvite }: Props) {
  const ot = useOrganisationTexts();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [admin, setAdmin] = useState(false);
  const [busy, setBusy] = useState(false);
  const inline = (id: string) => errors.find((x) => x.fieldId === id)?.message;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    if (!name.trim()) problems.push({ fieldId: 'invite-name', message: ot.inviteNameRequired });
    if (!email.trim()) problems.push({ fieldId: 'invite-email', message: ot.inviteEmailRequired });
    if (problems.length) return onErrors(problems);
    setBusy(true);
    const sent = await onInvite({ email: email.trim(), displayName: name.trim(), admin });
    setBusy(false);
    if (sent) {
      setName('');
      setEmail('');
      setAdmin(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{ot.inviteHeading}</h2>
      <p>{ot.inviteIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="invite-name"
          label={ot.inviteName}
          value={name}
          onChange={setName}
          error={inline('invite-name')}
        />
        <TextField
          id="invite-email"
          label={ot.inviteEmail}
          type="email"
          value={email}
          onChange={setEmail}
          error={inline('invite-email')}
        />
        <div className="checkbox">
          <input id="invite-admin" type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} />
          <label htmlFor="invite-admin">{ot.inviteAdmin}</label>
        </div>
        <button type="submit" disabled={busy}>
          {ot.invite}
        </button>
      </form>
    </section>
  );
}
