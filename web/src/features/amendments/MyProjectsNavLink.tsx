import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { useAmendmentTexts } from './texts.js';

/** "Mina projekt" in the main menu, for applicants: where a beneficiary asks for an amendment. */
export function MyProjectsNavLink() {
  const { session } = useSession();
  const t = useAmendmentTexts();
  if (!session?.user.can.myProjects) return null;
  return (
    <li>
      <NavLink to="/mina-projekt">{t.myProjects}</NavLink>
    </li>
  );
}
