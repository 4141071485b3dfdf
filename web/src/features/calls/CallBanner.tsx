import type { paths } from '../../api/client.js';
import { useSwedishTime } from './CallFacts.js';
import { useCallTexts } from './texts.js';
import './calls.css';

/** The call an application is made to, as the application's answer names it. */
type CallRef = Pick<
  NonNullable<paths['/api/v1/applications/{caseId}']['get']['responses'][200]['content']['application/json']['call']>,
  'id' | 'title' | 'closesAt'
>;

/**
 * In the application editor: the call the application is made to and when it closes. Its id is the
 * field id of the server's "call" issue (field-call), so the error summary's link lands here.
 */
export function CallBanner({ application }: { application: { caseId: string; call?: CallRef | null } }) {
  const x = useCallTexts();
  const when = useSwedishTime();
  const call = application.call;
  if (!call) return null;
  const closed = Date.parse(call.closesAt) <= new Date().getTime();
  return (
    <section id="field-call" className="box" tabIndex={-1} aria-labelledby="call-banner-heading">
      <h2 id="call-banner-heading">{x.bannerHeading}</h2>
      <p>{closed ? x.bannerClosed(call.title, when(call.closesAt)) : x.bannerOpen(call.title, when(call.closesAt))}</p>
    </section>
  );
}
