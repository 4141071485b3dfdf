import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  formatPressContacts,
  ore,
  pressContactIssues,
  today,
  type Clock,
  type LocalDate,
  type PressContactPerson,
} from '../../../../domain/index.js';
import { appendAudit } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import { pressReleaseItems, pressReleases, type PressRelease } from '../../../db/schema/index.js';
import type { DocumentStore } from '../../../documents/document-store.js';
import {
  assemblePressRelease,
  composePressRelease,
  DEFAULT_INTRO,
  paragraphsOf,
  type ComposedPressRelease,
  type PressReleaseLine,
} from '../../../documents/press-release/press-release-text.js';
import { renderPressReleasePdf } from '../../../documents/press-release/render-press-release.js';
import { letterheadLine, loadLetterhead } from '../../../documents/letterhead.js';
import { storeDocument } from '../../../documents/store-document.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { actorOf } from '../../auth/actor.js';
import { decisionsAtMeeting, pressReleaseItemsOf, pressReleaseOfMeeting } from '../meetings.repository.js';
import { loadVisibleMeeting, requireCommunications, type MeetingScope } from '../meetings.policy.js';

export interface PressReleaseState {
  row: PressRelease | null;
  release: ComposedPressRelease;
  /** Communications' editable parts (a published release's are part of its fixed text). */
  intro: string;
  contacts: string | null;
  /** The release's contact persons (publishing needs at least one; the domain's pressContactIssues). */
  contactPersons: PressContactPerson[];
}

/** What the release prints under its list: the contact persons, then any free contact text. */
const contactText = (persons: readonly PressContactPerson[], free: string | null): string | null =>
  [formatPressContacts(persons), free?.trim() || null].filter((x): x is string => x !== null).join('\n\n') || null;

/** The meeting's approved grants as the release lists them, in agenda order. */
export async function pressReleaseLines(db: Executor, meetingId: string): Promise<PressReleaseLine[]> {
  const rows = await decisionsAtMeeting(db, meetingId, { approvedOnly: true });
  return rows
    .filter((r) => r.kind === 'grant' && r.amountOre !== null)
    .map((r) => ({
      decisionId: r.id,
      projectId: r.projectId,
      projectName: r.projectName ?? r.caseTitle,
      ownerName: r.ownerName,
      amount: ore(r.amountOre!),
      periodStart: r.periodStart as LocalDate | null,
      periodEnd: r.periodEnd as LocalDate | null,
      description: r.projectSummary,
    }));
}

const defaultContacts = (scope: MeetingScope): string | null =>
  scope.funder.contact ? `För mer information: ${scope.funder.contact}` : null;

/**
 * The meeting's press release: once published, exactly what was published (stored lines and text); before
 * that, the draft the meeting's decisions give today with communications' intro and contacts.
 */
export async function pressReleaseState(db: Executor, scope: MeetingScope): Promise<PressReleaseState> {
  const row = await pressReleaseOfMeeting(db, scope.meeting.id);
  if (row?.publishedAt) {
    const items = await pressReleaseItemsOf(db, row.id);
    const release = assemblePressRelease({
      title: row.title,
      paragraphs: paragraphsOf(row.body),
      lines: items.map((it) => ({
        projectName: it.projectName,
        ownerName: it.ownerName,
        amount: ore(it.amountOre),
        periodStart: it.periodStart as LocalDate | null,
        periodEnd: it.periodEnd as LocalDate | null,
        description: it.purpose,
      })),
      contacts: row.contacts,
    });
    return { row, release, intro: '', contacts: row.contacts, contactPersons: row.contactPersons };
  }
  const intro = row?.body ?? DEFAULT_INTRO;
  const contacts = row ? row.contacts : defaultContacts(scope);
  const contactPersons = row?.contactPersons ?? [];
  const release = composePressRelease({
    funderName: scope.funderName,
    committeeName: scope.meeting.committeeName,
    meetingDate: scope.meeting.heldOn as LocalDate,
    lines: await pressReleaseLines(db, scope.meeting.id),
    intro,
    contacts: contactText(contactPersons, contacts),
  });
  return { row, release, intro, contacts, contactPersons };
}

export const pressReleasePublished = (): AppError =>
  new AppError('press_release.published', 409, {
    sv: 'Pressmeddelandet är publicerat och kan inte ändras.',
    en: 'The press release has been published and cannot be changed.',
  });

const stalePressRelease = (): AppError =>
  AppError.conflict({
    sv: 'Pressmeddelandet har ändrats av någon annan. Ladda om sidan och försök igen.',
    en: 'The press release was changed by someone else. Reload the page and try again.',
  });

/** The version a write must name: that of the stored draft, or none (null) when there is no draft yet. */
function checkVersion(row: PressRelease | null, version: number | null): void {
  if (row?.publishedAt) throw pressReleasePublished();
  if ((row?.version ?? null) !== version) throw stalePressRelease();
}

export interface SavePressReleaseInput {
  version: number | null;
  intro: string;
  contacts: string | null;
  /** Left out: kept as stored. */
  contactPersons?: PressContactPerson[] | undefined;
}

/** PUT /meetings/:id/press-release: communications edit the intro and contacts of the draft. */
export async function savePressReleaseDraft(
  deps: { db: Db; clock: Clock },
  p: Principal,
  meetingId: string,
  input: SavePressReleaseInput,
): Promise<PressReleaseState> {
  const scope = await loadVisibleMeeting(deps.db, p, meetingId);
  requireCommunications(p, scope.funder);
  return deps.db.transaction(async (tx) => {
    const row = await lockedRelease(tx, meetingId);
    checkVersion(row, input.version);
    const draft = await pressReleaseState(tx, scope);
    const contactPersons = (input.contactPersons ?? draft.contactPersons).map(cleanPerson);
    const release = composePressRelease({
      funderName: scope.funderName,
      committeeName: scope.meeting.committeeName,
      meetingDate: scope.meeting.heldOn as LocalDate,
      lines: draft.release.items,
      intro: input.intro,
      contacts: contactText(contactPersons, input.contacts),
    });
    const now = deps.clock.now();
    const values = {
      title: release.title,
      headlineTotalOre: release.total,
      body: input.intro.trim(),
      contacts: input.contacts?.trim() || null,
      contactPersons,
      updatedAt: now,
    };
    const [saved] = row
      ? await tx
          .update(pressReleases)
          .set({ ...values, version: sql`${pressReleases.version} + 1` })
          .where(and(eq(pressReleases.id, row.id), eq(pressReleases.version, row.version)))
          .returning()
      : await tx
          .insert(pressReleases)
          .values({ ...values, meetingId, createdAt: now })
          .returning();
    if (!saved) throw stalePressRelease();
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'press_release.draft_saved',
      entityType: 'press_release',
      entityId: saved.id,
      before: row
        ? { body: row.body, contacts: row.contacts, contactPersons: row.contactPersons, version: row.version }
        : null,
      after: {
        body: saved.body,
        contacts: saved.contacts,
        contactPersons: saved.contactPersons,
        version: saved.version,
      },
    });
    return pressReleaseState(tx, scope);
  });
}

const cleanPerson = (p: PressContactPerson): PressContactPerson => ({
  name: p.name.trim(),
  title: p.title?.trim() || null,
  phone: p.phone?.trim() || null,
  email: p.email?.trim() || null,
});

async function lockedRelease(tx: Executor, meetingId: string): Promise<PressRelease | null> {
  const row = await pressReleaseOfMeeting(tx, meetingId);
  if (!row) return null;
  const [locked] = await tx.select().from(pressReleases).where(eq(pressReleases.id, row.id)).for('update');
  return locked ?? null;
}

/**
 * POST /meetings/:id/press-release/publish. The meeting must be held and have granted something; no
 * figure of the text may disagree with the lines (422 with the findings). In one transaction the lines,
 * the title with its total and the text are fixed, the PDF is stored with its sha256, and the release is
 * published — after which every write is refused (409).
 */
export async function publishPressRelease(
  deps: { db: Db; clock: Clock; store: DocumentStore },
  p: Principal,
  meetingId: string,
  version: number | null,
): Promise<PressReleaseState> {
  const scope = await loadVisibleMeeting(deps.db, p, meetingId);
  requireCommunications(p, scope.funder);
  if (scope.meeting.status !== 'held') {
    throw new AppError('press_release.meeting_not_held', 409, {
      sv: 'Pressmeddelandet kan publiceras först när sammanträdet är hållet.',
      en: 'The press release can be published once the meeting has been held.',
    });
  }
  return deps.db.transaction(async (tx) => {
    const row = await lockedRelease(tx, meetingId);
    checkVersion(row, version);
    const { release, intro, contactPersons } = await pressReleaseState(tx, scope);
    if (release.items.length === 0) {
      throw new AppError('press_release.no_grants', 422, {
        sv: 'Sammanträdet har inga beviljade projekt att berätta om.',
        en: 'The meeting granted no projects to announce.',
      });
    }
    if (release.findings.length > 0) {
      const f = release.findings[0]!;
      throw new AppError(f.code, 422, f.message, { findings: release.findings });
    }
    const contactIssues = pressContactIssues(contactPersons);
    if (contactIssues.length > 0) {
      const first = contactIssues[0]!;
      throw new AppError(first.code, 422, first.message, { issues: contactIssues });
    }
    const now = deps.clock.now();
    const date = today(deps.clock);
    const letterhead = letterheadLine(await loadLetterhead(tx, scope.funder.id));
    const bytes = await renderPressReleasePdf({ release, funderName: scope.funderName, date, letterhead });
    const document = await storeDocument(tx, deps.store, deps.clock, actorOf(p), {
      bytes,
      filename: `Pressmeddelande ${scope.meeting.committeeName} ${scope.meeting.heldOn}.pdf`,
      mediaType: 'application/pdf',
      kind: 'press_release',
      createdBy: p.userId,
    });
    const values = {
      title: release.title,
      headlineTotalOre: release.total,
      body: release.paragraphs.join('\n\n'),
      // As printed: the contact persons' block and any free text, fixed with the release.
      contacts: release.contacts,
      contactPersons,
      publishedAt: now,
      documentId: document.id,
      updatedAt: now,
    };
    const [published] = row
      ? await tx
          .update(pressReleases)
          .set({ ...values, version: sql`${pressReleases.version} + 1` })
          .where(and(eq(pressReleases.id, row.id), isNull(pressReleases.publishedAt)))
          .returning()
      : await tx
          .insert(pressReleases)
          .values({ ...values, meetingId, createdAt: now })
          .returning();
    if (!published) throw pressReleasePublished();
    await tx.insert(pressReleaseItems).values(
      release.items.map((it) => ({
        pressReleaseId: published.id,
        position: it.position,
        decisionId: it.decisionId ?? null,
        projectId: it.projectId ?? null,
        projectName: it.projectName,
        ownerName: it.ownerName,
        amountOre: it.amount,
        purpose: it.description,
        periodStart: it.periodStart,
        periodEnd: it.periodEnd,
      })),
    );
    await appendAudit(tx, deps.clock, actorOf(p), {
      action: 'press_release.published',
      entityType: 'press_release',
      entityId: published.id,
      before: row ? { version: row.version, publishedAt: null } : null,
      after: {
        title: published.title,
        headlineTotalOre: published.headlineTotalOre,
        intro,
        items: release.items.map((it) => ({ projectName: it.projectName, amountOre: it.amount })),
        documentId: document.id,
        documentSha256: document.sha256,
      },
    });
    return pressReleaseState(tx, scope);
  });
}
