import { NavLink } from 'react-router';
import { useI18n } from '../../i18n.js';
import { useSession } from '../../session.js';

/**
 * "Skapa konto" for visitors; "Min organisation" for a signed-in person who has no organisation yet
 * (to register or join one) and for an applicant organisation's administrator (members and requests).
 */
export function OrganisationNavLink() {
  const { session } = useSession();
  const { lang } = useI18n();
  if (session === undefined) return null;
  if (session === null) {
    return (
      <li>
        <NavLink to="/registrera">{lang === 'sv' ? 'Skapa konto' : 'Create an account'}</NavLink>
      </li>
    );
  }
  if (!session.user.can.organisation) return null;
  return (
    <li>
      <NavLink to="/organisation">{lang === 'sv' ? 'Min organisation' : 'My organisation'}</NavLink>
    </li>
  );
}
