import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../../api.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { useMyFunders } from '../funder-settings/my-funders.js';
import { InviteApplicantAdminForm } from './InviteApplicantAdminForm.js';
import { InviteUserForm } from './InviteUserForm.js';
import { editFieldMap, MemberPanel, type PanelKind } from './MemberPanel.js';
import { toRoleChoices, type RoleDraft } from './RoleFields.js';
import { useUserTexts } from './texts.js';
import { UsersTable } from './UsersTable.js';
import { changeContact, changeRoles, listStaff, resendInvitation, setActive, type StaffMember } from './users-api.js';

/**
 * /admin/anvandare: a funder's administrator keeps its staff — the table of people, an invitation form,
 * and per person: change roles, title and telephone, disable or enable (confirmed first), send a new invitation. Someone who
 * administers several funders chooses which.
 */
export function UsersAdminPage() {
  const { lang } = useI18n();
  const ut = useUserTexts();
  const { opts, session } = useSession();
  const funders = useMyFunders()?.filter((f) => f.roles.includes('administrator'));
  const [chosen, setChosen] = useState<string | null>(null);
  const funder = funders?.find((f) => f.id === chosen) ?? funders?.[0];
  const [members, setMembers] = useState<StaffMember[] | null>(null);
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [panel, setPanel] = useState<{ kind: PanelKind; member: StaffMember } | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    document.title = `${ut.usersTitle} – Bidra`;
  }, [ut]);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const funderId = funder?.id;
  const reload = useCallback(async () => {
    if (!funderId) return;
    try {
      setMembers((await listStaff(funderId, opts)).items);
    } catch (error) {
      setErrors(problemItems(error, lang, ut.error));
    }
  }, [funderId, opts, lang, ut.error]);
  useEffect(() => {
    setMembers(null);
    setPanel(null);
    void reload();
  }, [reload]);

  /** Runs a change; on success says so and refreshes the list, on a stale version refreshes and says why. */
  const act = async (work: () => Promise<unknown>, done: string, fieldMap: Record<string, string> = {}) => {
    setBusy(true);
    setErrors([]);
    setNotice(null);
    try {
      await work();
      setPanel(null);
      setNotice(done);
      await reload();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409 && error.details.currentVersion !== undefined) {
        setPanel(null);
        await reload();
        setErrors([{ message: ut.stale }]);
      } else {
        setErrors(problemItems(error, lang, ut.error, fieldMap));
      }
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const open = (kind: PanelKind, member: StaffMember) => {
    setErrors([]);
    setNotice(null);
    setPanel({ kind, member });
  };

  if (funders === undefined) return <p>{ut.loading}</p>;
  if (!funder) {
    return (
      <>
        <h1>{ut.usersTitle}</h1>
        <p>{ut.notAdministrator}</p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary items={errors} ref={summary} />
      <h1>{ut.usersTitle}</h1>
      <p className="lead">{ut.usersIntro}</p>
      {funders.length > 1 && (
        <div className="field">
          <label htmlFor="funder">{ut.chooseFunder}</label>
          <select id="funder" value={funder.id} onChange={(e) => setChosen(e.target.value)}>
            {funders.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {notice && (
        <p className="notice-ok" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      <h2>{ut.staffHeading}</h2>
      {panel && (
        <MemberPanel
          key={`${panel.kind}-${panel.member.id}`}
          kind={panel.kind}
          member={panel.member}
          busy={busy}
          errorOf={errorOf}
          setErrors={setErrors}
          onCancel={() => {
            setPanel(null);
            setErrors([]);
          }}
          onSaveRoles={(draft: RoleDraft) =>
            void act(
              () => changeRoles(funder.id, panel.member, toRoleChoices(draft), opts),
              ut.rolesSaved(panel.member.displayName),
              editFieldMap,
            )
          }
          onSaveContact={(contact) =>
            void act(
              () => changeContact(funder.id, panel.member, contact, opts),
              ut.contactSaved(panel.member.displayName),
              editFieldMap,
            )
          }
          onConfirm={() =>
            void act(
              () => setActive(funder.id, panel.member, panel.kind === 'enable', opts),
              panel.kind === 'enable' ? ut.enabled(panel.member.displayName) : ut.disabled(panel.member.displayName),
            )
          }
        />
      )}
      {members === null ? (
        <p>{ut.loading}</p>
      ) : (
        <UsersTable
          caption={ut.staffCaption(funder.name)}
          members={members}
          selfId={session?.user.id}
          busy={busy}
          onOpen={open}
          onResend={(m) => void act(() => resendInvitation(funder.id, m.id, opts), ut.resent(m.email))}
        />
      )}
      <InviteUserForm
        funderId={funder.id}
        errorOf={errorOf}
        setErrors={(items) => {
          setNotice(null);
          setErrors(items);
        }}
        onInvited={(m) => {
          setErrors([]);
          setNotice(ut.invited(m.email));
          void reload();
        }}
      />
      <InviteApplicantAdminForm
        funderId={funder.id}
        errorOf={errorOf}
        setErrors={(items) => {
          setNotice(null);
          setErrors(items);
        }}
        onInvited={(text) => {
          setErrors([]);
          setNotice(text);
        }}
      />
    </>
  );
}
