import { useEffect } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { FunderPicker, useAdminFunders } from './admin-funder.js';
import { useAdminTexts } from './texts.js';
import './funder-settings.css';

/**
 * /admin: what a funder's administrator keeps, section by section. An installation administrator
 * without a funder is shown one thing first: setting up their funder.
 */
export function AdminHomePage() {
  const at = useAdminTexts();
  const { session } = useSession();
  const admin = useAdminFunders();
  useEffect(() => {
    document.title = `${at.adminTitle} – Bidra`;
  }, [at]);

  const installer = session?.user.installationAdmin === true;
  if (admin.funders === undefined) return <p>{at.loading}</p>;
  if (!admin.funder) {
    return (
      <div className="narrow">
        <h1>{at.adminTitle}</h1>
        {installer ? (
          <div className="box">
            <p>{at.createFunderLead}</p>
            <p>
              <Link className="start-button" to="/admin/ny-stodgivare">
                {at.createFunderLink}
              </Link>
            </p>
          </div>
        ) : (
          <p>{at.notAdmin}</p>
        )}
      </div>
    );
  }
  const sections = [
    { to: '/admin/installningar', title: at.sectionSettings, text: at.sectionSettingsText },
    { to: '/admin/strategi', title: at.sectionStrategy, text: at.sectionStrategyText },
    { to: '/admin/anslag', title: at.sectionBudget, text: at.sectionBudgetText },
    { to: '/admin/delegationsordning', title: at.sectionDelegation, text: at.sectionDelegationText },
    { to: '/admin/anvandare', title: at.sectionUsers, text: at.sectionUsersText },
    { to: '/admin/utlysningar', title: at.sectionCalls, text: at.sectionCallsText },
  ];
  return (
    <div className="narrow">
      <h1>{at.adminTitle}</h1>
      <p className="lead">
        {admin.funder.name}, {admin.funder.committee}
      </p>
      <FunderPicker admin={admin} />
      <h2>{at.sections}</h2>
      <ul className="plain-list">
        {sections.map((s) => (
          <li key={s.to}>
            <Link to={s.to}>
              <strong>{s.title}</strong>
            </Link>
            <br />
            {s.text}
          </li>
        ))}
      </ul>
      {installer && (
        <p>
          <Link to="/admin/ny-stodgivare">{at.createAnotherFunder}</Link>
        </p>
      )}
    </div>
  );
}
