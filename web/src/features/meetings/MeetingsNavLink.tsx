import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { useMeetingTexts } from './texts.js';

/** "Sammanträden" for the funder's officers, decision makers and communications; "Pressmeddelanden" for everyone. */
export function MeetingsNavLink() {
  const c = useMeetingTexts();
  const { session } = useSession();
  const seesMeetings =
    session?.user.roles.some((r) => ['case_officer', 'decision_maker', 'communications'].includes(r.role)) ?? false;
  return (
    <>
      {seesMeetings && (
        <li>
          <NavLink to="/sammantraden">{c.meetings}</NavLink>
        </li>
      )}
      <li>
        <NavLink to="/pressmeddelanden">{c.pressReleases}</NavLink>
      </li>
    </>
  );
}
