import { NavLink } from 'react-router';
import { useSession } from '../../session.js';
import { useMeetingTexts } from './texts.js';

/** "Sammanträden" for the funder's officers, decision makers and communications; "Pressmeddelanden" for everyone. */
export function MeetingsNavLink() {
  const c = useMeetingTexts();
  const { session } = useSession();
  return (
    <>
      {session?.user.can.meetings && (
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
