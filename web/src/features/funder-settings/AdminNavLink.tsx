import { NavLink } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';

/** "Administration" in the main menu: a funder's administrators, and the installation's first administrator. */
export function AdminNavLink() {
  const { session } = useSession();
  const { lang } = useI18n();
  if (!session?.user.can.admin) return null;
  return (
    <li>
      <NavLink to="/admin">{lang === 'sv' ? 'Administration' : 'Administration'}</NavLink>
    </li>
  );
}
