import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { useStateAllocationTexts } from './texts.js';

const READERS = ['finance_officer', 'administrator', 'case_officer'];

/** The main menu's entry, for those who may read the region's state allocations. */
export function StateAllocationsNavLink() {
  const { session } = useSession();
  const t = useStateAllocationTexts();
  if (!session?.user.roles.some((r) => READERS.includes(r.role))) return null;
  return (
    <li>
      <NavLink to="/statliga-medel">{t.nav}</NavLink>
    </li>
  );
}
