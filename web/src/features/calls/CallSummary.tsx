import type { PublicCall } from './calls-api.js';
import { useSwedishTime } from './CallFacts.js';
import { useCallTexts } from './texts.js';

/** One line on when a call takes applications, and one on who may apply, for lists of calls. */
export function CallFactsShort({
  call,
}: {
  call: Pick<PublicCall, 'phase' | 'opensAt' | 'closesAt' | 'eligibleOrganizationTypes'>;
}) {
  const x = useCallTexts();
  const when = useSwedishTime();
  const times =
    call.phase === 'upcoming'
      ? `${x.opens} ${when(call.opensAt)}, ${x.closes.toLowerCase()} ${when(call.closesAt)}`
      : call.phase === 'open'
        ? `${x.closes} ${when(call.closesAt)}`
        : `${x.closed} ${when(call.closesAt)}`;
  return (
    <>
      <p>{times}</p>
      <p>
        {x.whoMayApply}:{' '}
        {call.eligibleOrganizationTypes.length === 0
          ? x.everyone.toLowerCase()
          : call.eligibleOrganizationTypes.map((t) => x.orgType(t).toLowerCase()).join(', ')}
      </p>
    </>
  );
}
