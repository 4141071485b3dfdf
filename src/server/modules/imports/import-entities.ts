import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { parseOrgNumber, today } from '../../../domain/index.js';
import type { Tx } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { nextDiaryNumber } from '../cases/diary.repository.js';
import type { ExtractedProject } from '../../../import/contract.js';
import type { ImportWriter } from './import-writer.js';

/*
 * Finding what an imported document refers to, or creating it: organisations by organisation number (else
 * by name), projects by owner and name or acronym, cases by external case id or diary number. Names are
 * compared as printed but without regard to case and spacing ("REGION VÄSTERBOTTEN" is "Region
 * Västerbotten"); nothing is matched by similarity, which a reviewer should decide.
 */

/** An external case id whose system the document does not name; a reviewer may rename it. */
export const EXTERNAL_CASE_SYSTEM = 'extern';

const tidy = (name: string): string => name.replace(/\s+/g, ' ').trim();
/** The same text as printed, without regard to case and spacing. */
export const sameText = (column: AnyPgColumn, value: string) =>
  sql`lower(btrim(regexp_replace(${column}, '\\s+', ' ', 'g'))) = lower(${tidy(value)})`;

/** The organisation's type from how Swedish organisations are named; 'other' when the name does not say. */
export function organizationTypeOf(name: string): s.Organization['type'] {
  const n = name.toLowerCase();
  if (/^region\b/.test(n)) return 'region';
  if (/\bkommun$/.test(n)) return 'municipality';
  if (/universitet|högskola/.test(n)) return 'university';
  if (/\bab\b|aktiebolag/.test(n)) return 'company';
  return 'other';
}

export async function findOrCreateOrganization(
  w: ImportWriter,
  input: { name: string | null; orgNumber: string | null },
): Promise<s.Organization | null> {
  const orgNumber = input.orgNumber === null ? null : parseOrgNumber(input.orgNumber);
  if (orgNumber && !orgNumber.ok) {
    w.note(
      `organisationsnumret ${input.orgNumber} är ogiltigt och används inte`,
      `organisation number ${input.orgNumber} is invalid and not used`,
    );
  }
  const number = orgNumber?.ok ? orgNumber.value : null;
  const name = input.name ? tidy(input.name) : null;
  if (number) {
    const [byNumber] = await w.tx.select().from(s.organizations).where(eq(s.organizations.orgNumber, number));
    if (byNumber) return byNumber;
  }
  if (name) {
    const [byName] = await w.tx
      .select()
      .from(s.organizations)
      .where(sameText(s.organizations.name, name))
      .orderBy(asc(s.organizations.createdAt))
      .limit(1);
    if (byName) {
      if (number && byName.orgNumber === null) {
        await w.tx
          .update(s.organizations)
          .set({ orgNumber: number, updatedAt: w.clock.now(), version: sql`${s.organizations.version} + 1` })
          .where(eq(s.organizations.id, byName.id));
        await w.audit('organization.updated', 'organization', byName.id, { orgNumber: null }, { orgNumber: number });
        return { ...byName, orgNumber: number };
      }
      return byName;
    }
  }
  if (!name && !number) return null;
  const shownName = name ?? number!;
  return w.insert(
    s.organizations,
    { name: shownName, orgNumber: number, type: organizationTypeOf(shownName) },
    'organization',
  );
}

export async function findOrCreateProject(
  w: ImportWriter,
  owner: s.Organization,
  p: ExtractedProject,
): Promise<s.Project> {
  const acronym = p.acronym ? tidy(p.acronym) : null;
  const [found] = await w.tx
    .select()
    .from(s.projects)
    .where(
      and(
        eq(s.projects.ownerOrganizationId, owner.id),
        acronym
          ? or(
              sameText(s.projects.name, p.name),
              and(isNotNull(s.projects.acronym), sameText(s.projects.acronym, acronym)),
            )
          : sameText(s.projects.name, p.name),
      ),
    )
    .orderBy(asc(s.projects.createdAt))
    .limit(1);
  if (!found) {
    return w.insert(
      s.projects,
      { name: tidy(p.name), acronym, ownerOrganizationId: owner.id, status: 'planned' },
      'project',
    );
  }
  if (acronym && found.acronym === null) {
    await w.tx
      .update(s.projects)
      .set({ acronym, updatedAt: w.clock.now(), version: sql`${s.projects.version} + 1` })
      .where(eq(s.projects.id, found.id));
    await w.audit('project.updated', 'project', found.id, { acronym: null }, { acronym });
    return { ...found, acronym };
  }
  return found;
}

/** A grant makes its project active and public, as approving one in Bidra does. */
export async function activateProject(w: ImportWriter, project: s.Project, approvedAt: Date): Promise<void> {
  if (project.status === 'active' && project.published) return;
  const publishedAt = project.publishedAt ?? approvedAt;
  await w.tx
    .update(s.projects)
    .set({ status: 'active', published: true, publishedAt, updatedAt: w.clock.now() })
    .where(eq(s.projects.id, project.id));
  await w.audit(
    'project.activated',
    'project',
    project.id,
    { status: project.status, published: project.published },
    { status: 'active', published: true, publishedAt },
  );
}

/** The funder's case the document names, by its external case id first, then by its diary number. */
export async function findCase(
  tx: Tx,
  funderId: string,
  ref: { externalCaseId: string | null; diaryNumber: string | null },
): Promise<s.Case | null> {
  if (ref.externalCaseId) {
    const [byExternal] = await tx
      .select({ kase: s.cases })
      .from(s.caseExternalIds)
      .innerJoin(s.cases, eq(s.cases.id, s.caseExternalIds.caseId))
      .where(and(eq(s.caseExternalIds.externalId, ref.externalCaseId.trim()), eq(s.cases.funderId, funderId)))
      .limit(1);
    if (byExternal) return byExternal.kase;
  }
  if (ref.diaryNumber) {
    const [byDiary] = await tx
      .select()
      .from(s.cases)
      .where(and(eq(s.cases.funderId, funderId), eq(s.cases.diaryNumber, ref.diaryNumber.trim())));
    if (byDiary) return byDiary;
  }
  return null;
}

/**
 * The printed diary number when the funder has no case under it yet; otherwise (or when none is printed)
 * the funder's next number for the decision's year, as registering the case in Bidra would give it.
 */
export async function diaryNumberFor(
  w: ImportWriter,
  funder: s.Funder,
  printed: string | null,
  year: number,
): Promise<string> {
  if (printed && !(await diaryNumberTaken(w.tx, funder.id, printed.trim()))) return printed.trim();
  // The sequence knows nothing of numbers that came in by import: skip any already taken.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const next = await nextDiaryNumber(w.tx, funder, year);
    if (!(await diaryNumberTaken(w.tx, funder.id, next))) {
      w.note(`ärendet fick diarienummer ${next}`, `the case was registered as ${next}`);
      return next;
    }
  }
  throw new Error(`no free diary number for ${year}`);
}

async function diaryNumberTaken(tx: Tx, funderId: string, diaryNumber: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: s.cases.id })
    .from(s.cases)
    .where(and(eq(s.cases.funderId, funderId), eq(s.cases.diaryNumber, diaryNumber)));
  return row !== undefined;
}

/** Systems whose case ids Swedish funding documents print, by how the documents name them. */
const EXTERNAL_SYSTEMS: readonly [RegExp, string][] = [
  [/nyps(?:\s*2020)?/i, 'NYPS 2020'],
  [/min ansökan/i, 'Min ansökan'],
];

/**
 * The system an external case id belongs to, when the text names one next to the id ("Nyps 20359783",
 * "Ärende-ID i Min ansökan: 12345"); otherwise the neutral EXTERNAL_CASE_SYSTEM.
 */
export function externalCaseSystem(text: string | null, externalCaseId: string): string {
  if (!text) return EXTERNAL_CASE_SYSTEM;
  const flat = text.replace(/\s+/g, ' ');
  const id = externalCaseId.trim();
  for (let at = flat.indexOf(id); at >= 0; at = flat.indexOf(id, at + id.length)) {
    const around = flat.slice(Math.max(0, at - 40), at);
    const found = EXTERNAL_SYSTEMS.find(([re]) => re.test(around));
    if (found) return found[1];
  }
  return EXTERNAL_CASE_SYSTEM;
}

/** Records the document's external case id on the case, unless some case already has it. */
export async function addExternalCaseId(
  w: ImportWriter,
  caseId: string,
  externalCaseId: string | null,
  text: string | null = null,
): Promise<void> {
  if (!externalCaseId) return;
  const id = externalCaseId.trim();
  const [taken] = await w.tx.select().from(s.caseExternalIds).where(eq(s.caseExternalIds.externalId, id)).limit(1);
  if (taken) return;
  await w.insert(
    s.caseExternalIds,
    { caseId, system: externalCaseSystem(text, id), externalId: id },
    'case_external_id',
  );
}

/** The year of a decision date, or this year when the document states none. */
export const yearOf = (w: ImportWriter, date: string | null): number => Number((date ?? today(w.clock)).slice(0, 4));

/** The funder's meeting on a day, made (as held) when the import is the first to know of it. */
export async function meetingOn(
  w: ImportWriter,
  funder: s.Funder,
  day: string,
  committee: string | null,
): Promise<s.Meeting> {
  const [found] = await w.tx
    .select()
    .from(s.meetings)
    .where(and(eq(s.meetings.funderId, funder.id), eq(s.meetings.heldOn, day)))
    .orderBy(asc(s.meetings.createdAt))
    .limit(1);
  if (found) return found;
  const past = day <= today(w.clock);
  return w.insert(
    s.meetings,
    {
      funderId: funder.id,
      committeeName: committee ?? funder.committeeName,
      heldOn: day,
      status: past ? 'held' : 'planned',
    },
    'meeting',
  );
}
