import { formatSek, ore } from '../../../../src/domain/index.js';
import type { SummaryItem } from '../../components/ErrorSummary.js';
import { kronorToOre } from '../funder-settings/form-problems.js';
import { DECISION_KINDS, type DecisionKind, type DelegationOrderView } from './delegation-api.js';
import type { useDelegationTexts } from './texts.js';

// The points of a new version of the delegation order as the form holds them, and what is sent.

export interface PointRow {
  key: string;
  number: string;
  text: string;
  kinds: DecisionKind[];
  capacity: string;
  limit: string;
  report: boolean;
}

let nextKey = 0;
export const emptyPoint = (): PointRow => ({
  key: `p-${nextKey++}`,
  number: '',
  text: '',
  kinds: [],
  capacity: '',
  limit: '',
  report: true,
});
/** A new version starts from the points in force, to be changed where the committee changed them. */
export const rowsOf = (o: DelegationOrderView | undefined): PointRow[] =>
  o
    ? o.points.map((p) => ({
        key: `p-${nextKey++}`,
        number: p.number,
        text: p.text,
        kinds: p.decisionKinds.filter((k): k is DecisionKind => (DECISION_KINDS as readonly string[]).includes(k)),
        capacity: p.deciderCapacity ?? '',
        limit: p.amountLimitOre === null ? '' : formatSek(ore(p.amountLimitOre)),
        report: p.reportToCommittee,
      }))
    : [emptyPoint()];

/** The id of a point's field, for labels and for linking an error to it. */
export const pointFieldId = (p: PointRow, field: string) => `dp-${p.key}-${field}`;

type Texts = ReturnType<typeof useDelegationTexts>;

/** The points as the API takes them, and what is missing or wrong, each linked to its field. */
export function checkedPoints(points: PointRow[], dt: Texts) {
  const found: SummaryItem[] = [];
  const body = points.map((p, i) => {
    const limit = kronorToOre(p.limit);
    const missing = (field: string, message: string) =>
      found.push({ fieldId: pointFieldId(p, field), message: `${dt.pointHeading(i + 1)}: ${message}` });
    if (p.number.trim() === '') missing('number', dt.required(dt.number.toLowerCase()));
    if (p.text.trim() === '') missing('text', dt.required(dt.text.toLowerCase()));
    if (p.kinds.length === 0) missing('kinds', dt.kindsRequired);
    if (limit === undefined) missing('limit', dt.amountInvalid);
    return {
      number: p.number.trim(),
      text: p.text.trim(),
      decisionKinds: p.kinds,
      deciderCapacity: p.capacity.trim() || null,
      amountLimitOre: limit ?? null,
      reportToCommittee: p.report,
    };
  });
  return { body, found };
}

/** Where the server's complaint about a field of a point is shown: the API's field path → the field's id. */
export function pointFieldMap(points: PointRow[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const idOf: Record<string, string> = {
    decisionKinds: 'kinds',
    deciderCapacity: 'capacity',
    amountLimitOre: 'limit',
    deciderRole: 'capacity',
  };
  points.forEach((p, i) => {
    for (const f of ['number', 'text', 'decisionKinds', 'deciderCapacity', 'amountLimitOre', 'deciderRole']) {
      fields[`points.${i}.${f}`] = pointFieldId(p, idOf[f] ?? f);
    }
  });
  return fields;
}
