import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { useStateAllocationTexts } from './texts.js';

/** The main menu's entry, for those who may read the region's state allocations. */
export function StateAllocationsNavLink() {
  const { session } = useSession();
  const t = useStateAllocationTexts();
  if (!session?.user.can.stateAllocations) return null;
  return (
    <li>
      <NavLink to="/statliga-medel">{t.nav}</NavLink>
    </li>
  );
}
