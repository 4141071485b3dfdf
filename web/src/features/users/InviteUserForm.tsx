import { useState, type FormEvent } from 'react';
import { isTelephoneNumber } from '../../../../src/domain/index.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { emptyRoles, roleFieldMap, RoleFields, roleProblems, toRoleChoices, type RoleDraft } from './RoleFields.js';
import { useUserTexts } from './texts.js';
import { inviteStaff, type StaffMember } from './users-api.js';

const PREFIX = 'invite';

/** Invites a person to the funder: address, name, title, roles. What was typed stays after an error. */
export function InviteUserForm(p: {
  funderId: string;
  onInvited: (m: StaffMember) => void;
  setErrors: (items: SummaryItem[]) => void;
  errorOf: (fieldId: string) => string | undefined;
}) {
  const ut = useUserTexts();
  const { opts } = useSession();
  const { lang } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [phone, setPhone] = useState('');
  const [roles, setRoles] = useState<RoleDraft>(emptyRoles);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    if (!email.trim()) problems.push({ fieldId: `${PREFIX}-email`, message: ut.emailMissing });
    if (!name.trim()) problems.push({ fieldId: `${PREFIX}-name`, message: ut.nameMissing });
    if (phone.trim() && !isTelephoneNumber(phone))
      problems.push({ fieldId: `${PREFIX}-phone`, message: ut.phoneInvalid });
    problems.push(...roleProblems(roles, PREFIX, ut));
    if (problems.length) return p.setErrors(problems);
    setBusy(true);
    try {
      const member = await inviteStaff(
        p.funderId,
        {
          email: email.trim(),
          displayName: name.trim(),
          title: title.trim() || null,
          phone: phone.trim() || null,
          roles: toRoleChoices(roles),
        },
        opts,
      );
      setEmail('');
      setName('');
      setTitle('');
      setPhone('');
      setRoles(emptyRoles);
      p.onInvited(member);
    } catch (error) {
      p.setErrors(
        problemItems(error, lang, ut.error, {
          email: `${PREFIX}-email`,
          displayName: `${PREFIX}-name`,
          title: `${PREFIX}-title`,
          phone: `${PREFIX}-phone`,
          ...roleFieldMap(PREFIX),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{ut.inviteHeading}</h2>
      <p>{ut.inviteIntro}</p>
      <form className="narrow" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id={`${PREFIX}-email`}
          label={ut.inviteEmail}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={p.errorOf(`${PREFIX}-email`)}
        />
        <TextField
          id={`${PREFIX}-name`}
          label={ut.inviteName}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={p.errorOf(`${PREFIX}-name`)}
        />
        <TextField
          id={`${PREFIX}-title`}
          label={ut.inviteTitle}
          hint={ut.inviteTitleHint}
          value={title}
          onChange={setTitle}
          error={p.errorOf(`${PREFIX}-title`)}
        />
        <TextField
          id={`${PREFIX}-phone`}
          label={ut.invitePhone}
          hint={ut.invitePhoneHint}
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={setPhone}
          error={p.errorOf(`${PREFIX}-phone`)}
        />
        <RoleFields prefix={PREFIX} value={roles} onChange={setRoles} errorOf={p.errorOf} />
        <button type="submit" disabled={busy}>
          {ut.inviteSubmit}
        </button>
      </form>
    </section>
  );
}
