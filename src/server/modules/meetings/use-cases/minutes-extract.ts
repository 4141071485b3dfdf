import { basisPoints, isAdjusted, ore, type Clock, type LocalDate } from '../../../../domain/index.js';
import type { Db } from '../../../db/client.js';
import type { DocumentStore } from '../../../documents/document-store.js';
import {
  DELEGATION_REPORT_CLAUSE,
  extractNote,
  minutesDecisionClause,
} from '../../../documents/minutes/minutes-text.js';
import { produceMinutesExtract } from '../../../documents/minutes/produce-minutes-extract.js';
import { letterheadLine, loadLetterhead } from '../../../documents/letterhead.js';
import type { MinutesExtractData } from '../../../documents/minutes/render-minutes-extract.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { findDecision } from '../../decisions/decisions.repository.js';
import { agendaOf, decisionsAtMeeting } from '../meetings.repository.js';
import { loadVisibleMeeting, type MeetingScope } from '../meetings.policy.js';
import { delegationReportOf } from './delegation-report.js';
import { DELEGATION_REPORT_ITEM } from './plan-meeting.js';

type Deps = { db: Db; clock: Clock; store: DocumentStore };

const notHeld = (): AppError =>
  new AppError('meeting.not_held', 409, {
    sv: 'Protokollsutdrag finns först när sammanträdet är hållet.',
    en: 'Minutes extracts exist once the meeting has been held.',
  });

const extractNotFound = (): AppError => AppError.notFound({ sv: 'Beslutet', en: 'The decision' });

async function base(
  db: Db,
  scope: MeetingScope,
): Promise<
  Omit<
    MinutesExtractData,
    'paragraph' | 'itemTitle' | 'diaryNumber' | 'clause' | 'presentedBy' | 'reasons' | 'reported' | 'extractTo'
  >
> {
  const m = scope.meeting;
  return {
    funderName: scope.funderName,
    committeeName: m.committeeName,
    meetingDate: m.heldOn as LocalDate,
    location: m.location,
    adjusters: m.adjusters,
    adjustedOn: m.adjustedOn as LocalDate | null,
    certifier: m.certifierName && m.certifierTitle ? { name: m.certifierName, title: m.certifierTitle } : null,
    note: extractNote(scope.funderName, isAdjusted({ ...m, adjustedOn: m.adjustedOn as LocalDate | null })),
    letterhead: letterheadLine(await loadLetterhead(db, scope.funder.id)),
  };
}

/** GET /decisions/:id/minutes-extract.pdf: the § of the minutes where the committee took the decision. */
export async function decisionMinutesExtract(deps: Deps, p: Principal, decisionId: string) {
  const meetingId = (await findDecision(deps.db, decisionId))?.meetingId ?? null;
  if (!meetingId) throw extractNotFound();
  // Whoever may not see the meeting learns nothing of the decision either: the same 404.
  const scope = await loadVisibleMeeting(deps.db, p, meetingId).catch(() => {
    throw extractNotFound();
  });
  if (scope.meeting.status !== 'held') throw notHeld();
  const decisions = await decisionsAtMeeting(deps.db, meetingId, { approvedOnly: true });
  const d = decisions.find((x) => x.id === decisionId);
  if (!d) throw extractNotFound();
  const agenda = await agendaOf(deps.db, meetingId);
  const item = agenda.find((a) => a.decisionId === d.id) ?? agenda.find((a) => a.caseId === d.caseId) ?? null;
  const projectName = d.projectName ?? d.caseTitle;
  const data: MinutesExtractData = {
    ...(await base(deps.db, scope)),
    paragraph: item ? (item.paragraph ?? item.position) : null,
    itemTitle: item?.title ?? projectName,
    diaryNumber: d.diaryNumber,
    clause: minutesDecisionClause({
      kind: d.kind,
      ownerName: d.ownerName,
      projectName,
      amount: d.amountOre === null ? null : ore(d.amountOre),
      maxShare: d.maxShareBp === null ? null : basisPoints(d.maxShareBp),
      approvedCosts: d.approvedCostsOre === null ? null : ore(d.approvedCostsOre),
      periodStart: d.periodStart as LocalDate | null,
      periodEnd: d.periodEnd as LocalDate | null,
      decisionText: typeof d.body.decision === 'string' ? d.body.decision : null,
    }),
    presentedBy: d.presentedByName
      ? `${d.presentedByName}${d.presentedByCapacity ? `, ${d.presentedByCapacity}` : ''}`
      : null,
    reasons: d.reasons,
    reported: null,
    extractTo: item?.extractTo ?? [],
  };
  return deps.db.transaction((tx) =>
    produceMinutesExtract(tx, deps.store, deps.clock, actorOf(p), data, {
      subject: d.projectAcronym ?? projectName,
      caseId: d.caseId,
      projectId: d.projectId,
    }),
  );
}

/** GET /meetings/:id/delegation-report/minutes-extract.pdf: the § where delegated decisions were reported. */
export async function reportMinutesExtract(deps: Deps, p: Principal, meetingId: string) {
  const scope = await loadVisibleMeeting(deps.db, p, meetingId);
  if (scope.meeting.status !== 'held') throw notHeld();
  const report = await delegationReportOf(deps.db, scope.meeting);
  const agenda = await agendaOf(deps.db, meetingId);
  const item = agenda.find((a) => a.title.trim().toLowerCase() === DELEGATION_REPORT_ITEM.toLowerCase()) ?? null;
  const data: MinutesExtractData = {
    ...(await base(deps.db, scope)),
    paragraph: item ? (item.paragraph ?? item.position) : null,
    itemTitle: item?.title ?? DELEGATION_REPORT_ITEM,
    diaryNumber: null,
    clause: DELEGATION_REPORT_CLAUSE,
    presentedBy: null,
    reasons: null,
    reported: report.map((r) => ({
      decisionDate: r.decidedAt,
      diaryNumber: r.diaryNumber,
      title: r.projectName ?? r.caseTitle,
      decidedBy: [r.decidedByName, r.capacity].filter(Boolean).join(', '),
      delegationPoint: r.delegationPoint ?? '',
      amount: r.amountOre === null ? null : ore(r.amountOre),
      late: r.missedEarlierReport,
    })),
    extractTo: item?.extractTo ?? [],
  };
  return deps.db.transaction((tx) =>
    produceMinutesExtract(tx, deps.store, deps.clock, actorOf(p), data, { subject: DELEGATION_REPORT_ITEM }),
  );
}
