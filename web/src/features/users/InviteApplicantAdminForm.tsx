import { useState, type FormEvent } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/fields.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useUserTexts } from './texts.js';
import { inviteApplicantAdministrator } from './users-api.js';

const PREFIX = 'applicant-admin';

/**
 * Invites the first administrator of an applicant organisation that has cases with the funder but nobody
 * in Bidra acting for it. Folded away until asked for: most visits to the page are about staff.
 */
export function InviteApplicantAdminForm(p: {
  funderId: string;
  onInvited: (notice: string) => void;
  setErrors: (items: SummaryItem[]) => void;
  errorOf: (fieldId: string) => string | undefined;
}) {
  const ut = useUserTexts();
  const { opts } = useSession();
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [orgNumber, setOrgNumber] = useState('');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: SummaryItem[] = [];
    if (!orgNumber.trim()) problems.push({ fieldId: `${PREFIX}-org`, message: ut.applicantAdminOrgMissing });
    if (!email.trim()) problems.push({ fieldId: `${PREFIX}-email`, message: ut.emailMissing });
    if (!name.trim()) problems.push({ fieldId: `${PREFIX}-name`, message: ut.nameMissing });
    if (problems.length) return p.setErrors(problems);
    setBusy(true);
    try {
      const made = await inviteApplicantAdministrator(
        p.funderId,
        { orgNumber: orgNumber.trim(), email: email.trim(), displayName: name.trim() },
        opts,
      );
      p.onInvited(ut.applicantAdminInvited(email.trim(), made.organization));
      setOrgNumber('');
      setEmail('');
      setName('');
      setOpen(false);
    } catch (error) {
      p.setErrors(
        problemItems(error, lang, ut.error, {
          orgNumber: `${PREFIX}-org`,
          email: `${PREFIX}-email`,
          displayName: `${PREFIX}-name`,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${PREFIX}-heading`}>
      <h2 id={`${PREFIX}-heading`}>{ut.applicantAdminHeading}</h2>
      <p>{ut.applicantAdminIntro}</p>
      {!open ? (
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          {ut.applicantAdminOpen}
        </button>
      ) : (
        <form className="narrow" onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            id={`${PREFIX}-org`}
            label={ut.applicantAdminOrgNumber}
            width="medium"
            value={orgNumber}
            onChange={setOrgNumber}
            error={p.errorOf(`${PREFIX}-org`)}
          />
          <TextField
            id={`${PREFIX}-email`}
            label={ut.applicantAdminEmail}
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            error={p.errorOf(`${PREFIX}-email`)}
          />
          <TextField
            id={`${PREFIX}-name`}
            label={ut.applicantAdminName}
            autoComplete="off"
            value={name}
            onChange={setName}
            error={p.errorOf(`${PREFIX}-name`)}
          />
          <button type="submit" disabled={busy}>
            {ut.applicantAdminSubmit}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {ut.applicantAdminCancel}
          </button>
        </form>
      )}
    </section>
  );
}
