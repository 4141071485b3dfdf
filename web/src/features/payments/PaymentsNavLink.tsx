import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { usePaymentTexts } from './texts.js';

/** "Utbetalningar" in the main menu: beneficiaries' requests, the officer's checks and finance's payments. */
export function PaymentsNavLink() {
  const { session } = useSession();
  const pt = usePaymentTexts();
  if (!session?.user.can.payments) return null;
  return (
    <li>
      <NavLink to="/utbetalningar">{pt.payments}</NavLink>
    </li>
  );
}
