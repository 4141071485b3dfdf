import { and, eq } from 'drizzle-orm';
import * as s from '../db/schema/index.js';
import type { SeedWriter } from './seed-writer.js';

/**
 * demo: the minutes record of the demo's held meetings — justerare, the justering day a week after the
 * meeting, the certifier of extracts — and "Utdrag till" of each decision's paragraph (its applicant and
 * the finance unit). Fictional people; the seed documents give none.
 */
export const demoMinutes = {
  adjusters: ['Lars Exempelsson (S)', 'Erik Påhittsson (M)'],
  certifierName: 'Siv Sekretesson',
  certifierTitle: 'nämndsekreterare',
  adjustedAfterDays: 7,
};

export async function recordDemoMinutes(w: SeedWriter, funderId: string): Promise<void> {
  const held = await w.tx
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.funderId, funderId), eq(s.meetings.status, 'held')));
  for (const m of held) {
    const adjustedOn = new Date(Date.parse(`${m.heldOn}T00:00:00Z`) + demoMinutes.adjustedAfterDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const record = {
      adjusters: demoMinutes.adjusters,
      adjustedOn,
      certifierName: demoMinutes.certifierName,
      certifierTitle: demoMinutes.certifierTitle,
    };
    await w.tx.update(s.meetings).set(record).where(eq(s.meetings.id, m.id));
    const items = await w.tx
      .select({ id: s.agendaItems.id, owner: s.organizations.name })
      .from(s.agendaItems)
      .innerJoin(s.cases, eq(s.cases.id, s.agendaItems.caseId))
      .innerJoin(s.organizations, eq(s.organizations.id, s.cases.applicantOrganizationId))
      .where(eq(s.agendaItems.meetingId, m.id));
    for (const it of items) {
      await w.tx
        .update(s.agendaItems)
        .set({ extractTo: [it.owner, 'Ekonomienheten'] })
        .where(eq(s.agendaItems.id, it.id));
    }
    await w.audit('meeting.minutes_recorded', 'meeting', m.id, { ...record, extractTo: items.length });
  }
}
