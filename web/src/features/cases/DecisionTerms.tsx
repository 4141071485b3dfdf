import { basisPoints, formatPercent } from '../../../../src/domain/index.js';
import { sek } from '../../money.js';
import type { DecisionView, Workspace } from './case-api.js';
import { useCaseTexts } from './texts.js';

/** The terms of a proposal or a decision made, as the decision maker reads them before approving. */
export function DecisionTerms({ decision: d, workspace: w }: { decision: DecisionView; workspace: Workspace }) {
  const c = useCaseTexts();
  const appropriation = w.options.appropriations.find((a) => a.id === d.appropriationId);
  const decider = w.options.decisionMakers.find((m) => m.id === d.decidedBy);
  const meeting = w.options.meetings.find((m) => m.id === d.meetingId);
  return (
    <dl className="facts">
      <dt>{c.kind}</dt>
      <dd>{d.kind === 'grant' ? c.grant : c.reject}</dd>
      {d.kind === 'grant' && (
        <>
          <dt>{c.amount}</dt>
          <dd>{sek(d.amountOre)}</dd>
          <dt>{c.maxShare}</dt>
          <dd>{d.maxShareBp === null ? '' : formatPercent(basisPoints(d.maxShareBp))}</dd>
          <dt>{c.approvedCosts}</dt>
          <dd>{sek(d.approvedCostsOre)}</dd>
          <dt>{c.periodStart}</dt>
          <dd>{d.period?.start ?? ''}</dd>
          <dt>{c.periodEnd}</dt>
          <dd>{d.period?.end ?? ''}</dd>
          <dt>{c.appropriation}</dt>
          <dd>
            {appropriation
              ? [appropriation.expenditureArea, appropriation.code, appropriation.name].filter(Boolean).join(' ')
              : ''}
          </dd>
        </>
      )}
      <dt>{c.legalBasis}</dt>
      <dd>{d.legalBasis.map((s) => `SFS ${s}`).join(', ')}</dd>
      <dt>{c.reasons}</dt>
      <dd className="prewrap">{d.reasons ?? ''}</dd>
      {d.conditions && (
        <>
          <dt>{c.conditions}</dt>
          <dd className="prewrap">{d.conditions}</dd>
        </>
      )}
      <dt>{c.recipients}</dt>
      <dd>{d.recipients.join(', ')}</dd>
      <dt>{c.decidedBy}</dt>
      <dd>{decider?.displayName ?? ''}</dd>
      <dt>{c.howDecided}</dt>
      <dd>
        {d.delegationPoint
          ? `${c.onDelegation}, ${c.delegationPoint.toLowerCase()} ${d.delegationPoint}`
          : `${c.atMeeting}${meeting ? ` ${meeting.heldOn}` : ''}`}
      </dd>
    </dl>
  );
}
