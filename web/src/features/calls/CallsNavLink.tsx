import { NavLink } from 'react-router';
import { useI18n } from '../../i18n.js';

/** "Utlysningar" in the main menu, for everyone: the open calls for proposals. */
export function CallsNavLink() {
  const { lang } = useI18n();
  return (
    <li>
      <NavLink to="/utlysningar">{lang === 'sv' ? 'Utlysningar' : 'Calls'}</NavLink>
    </li>
  );
}
