import { useCallback, useEffect, useState } from 'react';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { problemItems } from '../../components/problems.js';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';
import { InviteColleague } from './InviteColleague.js';
import {
  decideJoinRequest,
  inviteColleague,
  listJoinRequests,
  listMembers,
  removeMember,
  setAdministrator,
  type JoinRequest,
  type Member,
} from './organisations-api.js';
import { longDate, useOrganisationTexts } from './texts.js';

interface Props {
  organizationId: string;
  errors: SummaryItem[];
  onErrors: (items: SummaryItem[]) => void;
  onDone: (notice: string) => void;
}

const INVITE_FIELDS = { email: 'invite-email', displayName: 'invite-name' };

/** The applicant organisation's administrator: requests to join, the members, and inviting a colleague. */
export function OrganisationAdmin({ organizationId, errors, onErrors, onDone }: Props) {
  const { lang } = useI18n();
  const ot = useOrganisationTexts();
  const { opts } = useSession();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [requests, setRequests] = useState<JoinRequest[] | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const [m, r] = await Promise.all([listMembers(organizationId, opts), listJoinRequests(organizationId, opts)]);
    setMembers(m.items);
    setRequests(r.items);
  }, [organizationId, opts]);
  useEffect(() => {
    load().catch((error: unknown) => onErrors(problemItems(error, lang, ot.error)));
  }, [load, lang, ot.error, onErrors]);

  /** Runs a change; on success reloads both lists and tells the page; on failure the page shows why. */
  const act = async (change: () => Promise<unknown>, notice: string, fields?: Record<string, string>) => {
    setBusy(true);
    try {
      await change();
      await load();
      onErrors([]);
      onDone(notice);
      return true;
    } catch (error) {
      onErrors(problemItems(error, lang, ot.error, fields));
      // A stale list is the usual reason for a 409: show the current one.
      await load().catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  };

  if (!members || !requests) return <p>{ot.loading}</p>;
  return (
    <>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{ot.requestsHeading}</h2>
        {requests.length === 0 && <p>{ot.noRequests}</p>}
        {requests.map((r) => (
          <div className="box" key={r.id}>
            <h3>{ot.requestFrom(r.displayName, r.email)}</h3>
            <p className="muted">{ot.requestedOn(longDate(r.createdAt, lang))}</p>
            {r.message && <p className="prewrap">{r.message}</p>}
            <div className="field">
              <label htmlFor={`reason-${r.id}`}>{ot.refuseReason(r.displayName)}</label>
              <input
                id={`reason-${r.id}`}
                type="text"
                value={reasons[r.id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })}
              />
            </div>
            <div className="actions">
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void act(
                    () => decideJoinRequest(organizationId, r.id, 'accept', '', opts),
                    ot.acceptedNotice(r.displayName),
                  )
                }
              >
                {ot.accept}
                <span className="visually-hidden">{ot.forPerson(r.displayName)}</span>
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() =>
                  void act(
                    () => decideJoinRequest(organizationId, r.id, 'refuse', reasons[r.id]?.trim() ?? '', opts),
                    ot.refusedNotice(r.displayName),
                  )
                }
              >
                {ot.refuse}
                <span className="visually-hidden">{ot.forPerson(r.displayName)}</span>
              </button>
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{ot.membersHeading}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{ot.memberName}</th>
              <th scope="col">{ot.memberEmail}</th>
              <th scope="col">{ot.memberRoles}</th>
              <th scope="col">{ot.memberState}</th>
              <th scope="col">{ot.lastSignIn}</th>
              <th scope="col">{ot.actions}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const admin = m.roles.includes('applicant_admin');
              return (
                <tr key={m.userId}>
                  <th scope="row">{m.displayName}</th>
                  <td>{m.email}</td>
                  <td>{m.roles.map(ot.roleName).join(', ')}</td>
                  <td>{ot.stateName(m.state)}</td>
                  <td>{m.lastSignedInAt ? longDate(m.lastSignedInAt, lang) : ot.never}</td>
                  <td>
                    <div className="actions">
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() =>
                          void act(
                            () => setAdministrator(organizationId, m, !admin, opts),
                            admin ? ot.unmadeAdminNotice(m.displayName) : ot.madeAdminNotice(m.displayName),
                          )
                        }
                      >
                        {admin ? ot.unmakeAdmin : ot.makeAdmin}
                        <span className="visually-hidden">{ot.forPerson(m.displayName)}</span>
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy}
                        onClick={() =>
                          void act(() => removeMember(organizationId, m, opts), ot.removedNotice(m.displayName))
                        }
                      >
                        {ot.remove}
                        <span className="visually-hidden">{ot.forPerson(m.displayName)}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <InviteColleague
        errors={errors}
        onErrors={onErrors}
        onInvite={(colleague) =>
          act(() => inviteColleague(organizationId, colleague, opts), ot.invitedNotice(colleague.email), INVITE_FIELDS)
        }
      />
    </>
  );
}
