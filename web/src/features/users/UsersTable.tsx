import { useUserTexts } from './texts.js';
import type { StaffMember } from './users-api.js';
import type { PanelKind } from './MemberPanel.js';

/** The funder's people: name and title, address, roles in words, status, last sign-in, and what can be done. */
export function UsersTable(p: {
  caption: string;
  members: StaffMember[];
  /** The administrator's own row offers no "disable": someone else must do that (the server refuses too). */
  selfId: string | undefined;
  busy: boolean;
  onOpen: (kind: PanelKind, m: StaffMember) => void;
  onResend: (m: StaffMember) => void;
}) {
  const ut = useUserTexts();
  const status = (m: StaffMember) =>
    !m.active
      ? ut.statusDisabled
      : m.invitation.state === 'pending' && m.invitation.expiresAt
        ? ut.statusPending(ut.dateTime(m.invitation.expiresAt))
        : m.invitation.state === 'expired'
          ? ut.statusExpired
          : ut.statusActive;
  return (
    <table>
      <caption className="visually-hidden">{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{ut.colName}</th>
          <th scope="col">{ut.colEmail}</th>
          <th scope="col">{ut.colRoles}</th>
          <th scope="col">{ut.colStatus}</th>
          <th scope="col">{ut.colLastSignIn}</th>
          <th scope="col">{ut.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {p.members.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              {m.displayName}
              {m.title && <span className="block muted">{m.title}</span>}
              {m.phone && <span className="block muted">{m.phone}</span>}
            </th>
            <td>{m.email}</td>
            <td>
              {m.roles.length === 0 ? (
                <span className="muted">{ut.noRoles}</span>
              ) : (
                <ul className="plain-list">
                  {m.roles.map((r) => (
                    <li key={r.role}>
                      {ut.roleName(r.role)}
                      {r.capacity && ` (${r.capacity})`}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td>{status(m)}</td>
            <td className="nowrap">{m.lastSignedInAt ? ut.dateTime(m.lastSignedInAt) : ut.never}</td>
            <td>
              <ul className="plain-list">
                <li>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={ut.forPerson(ut.editRoles, m.displayName)}
                    onClick={() => p.onOpen('roles', m)}
                  >
                    {ut.editRoles}
                  </button>
                </li>
                <li>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={ut.forPerson(ut.editContact, m.displayName)}
                    onClick={() => p.onOpen('contact', m)}
                  >
                    {ut.editContact}
                  </button>
                </li>
                {m.active && m.invitation.state !== 'accepted' && (
                  <li>
                    <button
                      type="button"
                      className="secondary"
                      disabled={p.busy}
                      aria-label={ut.forPerson(ut.resend, m.displayName)}
                      onClick={() => p.onResend(m)}
                    >
                      {ut.resend}
                    </button>
                  </li>
                )}
                {m.id !== p.selfId && (
                  <li>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={ut.forPerson(m.active ? ut.disable : ut.enable, m.displayName)}
                      onClick={() => p.onOpen(m.active ? 'disable' : 'enable', m)}
                    >
                      {m.active ? ut.disable : ut.enable}
                    </button>
                  </li>
                )}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
