import { formatSek, ore } from '../../../../src/domain/index.js';
import { formatStockholmDateTime } from '../../../../src/domain/stockholm-time.js';
import { useI18n } from '../../i18n.js';
import type { RequiredAttachment } from './calls-api.js';
import { useCallTexts } from './texts.js';

/** An instant as Swedes read it: "2027-03-31 kl. 23.59 svensk tid". */
export function useSwedishTime(): (iso: string) => string {
  const { lang } = useI18n();
  return (iso: string) => formatStockholmDateTime(new Date(iso), lang);
}

/** The facts of a call: when, how much, who may apply, what it serves, what to attach. */
export function CallFacts(p: {
  opensAt: string;
  closesAt: string;
  budgetOre: number | null;
  eligibleOrganizationTypes: string[];
  priorities: { code: string; title: string }[];
  requiredAttachments: RequiredAttachment[];
  funderName?: string;
}) {
  const x = useCallTexts();
  const when = useSwedishTime();
  return (
    <dl className="facts">
      {p.funderName && (
        <>
          <dt>{x.funder}</dt>
          <dd>{p.funderName}</dd>
        </>
      )}
      <dt>{x.opens}</dt>
      <dd>{when(p.opensAt)}</dd>
      <dt>{x.closes}</dt>
      <dd>{when(p.closesAt)}</dd>
      <dt>{x.budget}</dt>
      <dd>{p.budgetOre === null ? x.noBudget : formatSek(ore(p.budgetOre))}</dd>
      <dt>{x.whoMayApply}</dt>
      <dd>
        {p.eligibleOrganizationTypes.length === 0
          ? x.everyone
          : p.eligibleOrganizationTypes.map((t) => x.orgType(t)).join(', ')}
      </dd>
      <dt>{x.priorities}</dt>
      <dd>
        {p.priorities.length === 0 ? (
          x.noPriorities
        ) : (
          <ul className="plain-list">
            {p.priorities.map((pr) => (
              <li key={pr.code}>
                {pr.code} {pr.title}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{x.requiredAttachments}</dt>
      <dd>
        {p.requiredAttachments.length === 0 ? (
          x.noAttachments
        ) : (
          <ul className="plain-list">
            {p.requiredAttachments.map((a) => (
              <li key={a.key}>
                {a.title}
                {a.description && <span className="muted"> – {a.description}</span>}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
