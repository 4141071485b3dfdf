import { eq } from 'drizzle-orm';
import { formatPressContacts, type LocalDate } from '../../domain/index.js';
import * as s from '../db/schema/index.js';
import { composePressRelease } from '../documents/press-release/press-release-text.js';
import { pressReleaseLines } from '../modules/meetings/use-cases/press-release.js';
import * as d from './demo-data.js';
import { atNoon, type SeedWriter } from './seed-writer.js';

/**
 * Seed 004: the meeting's press release, published on the meeting day with its two contact persons.
 * Its lines and text are composed by the same code that publishing uses (the meeting's approved grants,
 * 25 421 501 kr in all, "25,4 miljoner kronor" in the headline), and fixed as published. The demo has
 * no document store, so no PDF is stored for it: its PDF is rendered from this fixed record.
 */
export async function loadDemoPressRelease(w: SeedWriter, meeting: s.Meeting): Promise<s.PressRelease> {
  const [funder] = await w.tx
    .select({ name: s.organizations.name })
    .from(s.funders)
    .innerJoin(s.organizations, eq(s.organizations.id, s.funders.organizationId))
    .where(eq(s.funders.id, meeting.funderId));
  const lines = await pressReleaseLines(w.tx, meeting.id);
  const contactPersons = d.pressReleaseContacts;
  const release = composePressRelease({
    funderName: funder!.name,
    committeeName: meeting.committeeName,
    meetingDate: meeting.heldOn as LocalDate,
    lines,
    intro: d.pressReleaseIntro,
    contacts: formatPressContacts(contactPersons),
  });
  const row = await w.insert(
    s.pressReleases,
    {
      meetingId: meeting.id,
      title: release.title,
      headlineTotalOre: release.total,
      body: release.paragraphs.join('\n\n'),
      contacts: release.contacts,
      contactPersons,
      publishedAt: atNoon(meeting.heldOn),
    },
    'press_release',
  );
  for (const it of release.items) {
    await w.insert(
      s.pressReleaseItems,
      {
        pressReleaseId: row.id,
        position: it.position,
        decisionId: it.decisionId ?? null,
        projectId: it.projectId ?? null,
        projectName: it.projectName,
        ownerName: it.ownerName,
        amountOre: it.amount,
        purpose: it.description,
        periodStart: it.periodStart,
        periodEnd: it.periodEnd,
      },
      'press_release_item',
    );
  }
  return row;
}
