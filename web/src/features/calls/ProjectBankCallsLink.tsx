import { Link } from 'react-router';
import { useCallTexts } from './texts.js';

/** In the project bank: where to find the calls for proposals. */
export function ProjectBankCallsLink() {
  const x = useCallTexts();
  return (
    <p>
      {x.projectBankCalls} <Link to="/utlysningar">{x.projectBankCallsLink}</Link>
    </p>
  );
}
