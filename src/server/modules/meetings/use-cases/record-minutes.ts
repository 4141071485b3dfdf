import { and, eq, inArray, sql } from 'drizzle-orm';
import { checkMinutesRecord, today, type Clock, type LocalDate } from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db } from '../../../db/client.js';
import { agendaItems, meetings, type Meeting } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import type { RecordMinutesInput } from '../meeting-schema.js';
import { loadVisibleMeeting, meetingNotFound, requirePlanner } from '../meetings.policy.js';
import { staleMeeting } from './hold-meeting.js';

const clean = (names: readonly string[]) => names.map((n) => n.trim()).filter((n) => n !== '');

/**
 * PUT /meetings/:id/minutes: the justerare and the justering day, the certifier of extracts, and per
 * paragraph whom an extract goes to ("Utdrag till"). Planners of the funder's meetings; the domain's
 * rules (checkMinutesRecord) refuse with 422 and the issues; a stale version is 409. One transaction
 * with the change and its audit event.
 */
export async function recordMinutes(
  deps: { db: Db; clock: Clock },
  p: Principal,
  meetingId: string,
  input: RecordMinutesInput,
): Promise<Meeting> {
  const scope = await loadVisibleMeeting(deps.db, p, meetingId);
  requirePlanner(p, scope.funder);
  const record = {
    adjusters: clean(input.adjusters),
    adjustedOn: input.adjustedOn as LocalDate | null,
    certifierName: input.certifierName?.trim() || null,
    certifierTitle: input.certifierTitle?.trim() || null,
  };
  return deps.db.transaction(async (tx) => {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
    if (!meeting) throw meetingNotFound();
    if (meeting.version !== input.version) throw staleMeeting();
    const issues = checkMinutesRecord(record, {
      heldOn: meeting.heldOn as LocalDate,
      held: meeting.status === 'held',
      today: today(deps.clock),
    });
    if (issues.length > 0) {
      const first = issues[0]!;
      throw new AppError(first.code, 422, first.message, { issues });
    }
    const itemIds = input.extractTo.map((x) => x.agendaItemId);
    const items =
      itemIds.length === 0
        ? []
        : await tx
            .select()
            .from(agendaItems)
            .where(and(eq(agendaItems.meetingId, meetingId), inArray(agendaItems.id, itemIds)));
    if (items.length !== new Set(itemIds).size)
      throw AppError.notFound({ sv: 'Ärendet på föredragningslistan', en: 'The agenda item' });
    const [saved] = await tx
      .update(meetings)
      .set({ ...record, updatedAt: deps.clock.now(), version: sql`${meetings.version} + 1` })
      .where(and(eq(meetings.id, meetingId), eq(meetings.version, input.version)))
      .returning();
    if (!saved) throw staleMeeting();
    const changedItems: { id: string; before: string[]; after: string[] }[] = [];
    for (const x of input.extractTo) {
      const item = items.find((i) => i.id === x.agendaItemId)!;
      const after = clean(x.recipients);
      if (after.join('\n') === item.extractTo.join('\n')) continue;
      await tx.update(agendaItems).set({ extractTo: after }).where(eq(agendaItems.id, item.id));
      changedItems.push({ id: item.id, before: item.extractTo, after });
    }
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'meeting.minutes_recorded',
      entityType: 'meeting',
      entityId: meetingId,
      before: {
        adjusters: meeting.adjusters,
        adjustedOn: meeting.adjustedOn,
        certifierName: meeting.certifierName,
        certifierTitle: meeting.certifierTitle,
        version: meeting.version,
      },
      after: { ...record, version: saved.version, extractTo: changedItems },
    });
    return saved;
  });
}
