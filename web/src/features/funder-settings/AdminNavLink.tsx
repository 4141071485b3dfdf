import { NavLink } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';

/** "Administration" in the main menu: a funder's administrators, and the installation's first administrator. */
export function AdminNavLink() {
  const { session } = useSession();
  const { lang } = useI18n();
  const user = session?.user;
  if (!user || !(user.installationAdmin || user.roles.some((r) => r.role === 'administrator'))) return null;
  return (
    <li>
      <NavLink to="/admin">{lang === 'sv' ? 'Administration' : 'Administration'}</NavLink>
    </li>
  );
}
