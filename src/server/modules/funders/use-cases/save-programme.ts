import { parseOrgNumber, type Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Programme } from '../../../db/schema/index.js';
import { AppError } from '../../../errors.js';
import type { Principal } from '../../auth/principal.js';
import { findProgramme, insertProgramme, updateProgramme } from '../budget.repository.js';
import { contentVersion } from '../content-version.js';
import { blankToNull, Issues, requiredText, staleVersion } from '../funder-problems.js';
import { loadFunderFor } from '../funders.policy.js';
import { findOrganizationByNumber, insertOrganization } from '../funders.repository.js';

export interface ProgrammeInput {
  name: string;
  shortName: string | null;
  /** The EU fund, e.g. ERDF. */
  fund: string | null;
  /** The programme's main funder (Tillväxtverket for the regional fund programmes): found by number, or added. */
  mainFunder: { name: string; orgNumber: string } | null;
  yearFrom: number | null;
  yearTo: number | null;
  /** The Commission's programme code, e.g. 2021SE16RFPR001. */
  cci: string | null;
}

export const programmeNotFound = (): AppError => AppError.notFound({ sv: 'Programmet', en: 'The programme' });

export const programmeVersion = (p: Programme): string =>
  contentVersion([p.name, p.shortName, p.fund, p.mainFunderOrganizationId, p.yearFrom, p.yearTo, p.cci]);

type Deps = { db: Db; clock: Clock };
const actorOf = (p: Principal): Actor => ({ userId: p.userId, label: p.displayName });

/** POST /funders/:funderId/programmes. */
export async function createProgramme(deps: Deps, p: Principal, funderId: string, input: ProgrammeInput) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  return deps.db.transaction((tx) => createProgrammeIn(tx, deps.clock, actorOf(p), funderId, input));
}

/** PUT /funders/:funderId/programmes/:programmeId, with the version (digest) read; stale → 409. */
export async function updateProgrammeOf(
  deps: Deps,
  p: Principal,
  funderId: string,
  programmeId: string,
  input: ProgrammeInput & { version: string },
) {
  await loadFunderFor(deps.db, p, funderId, ['administrator']);
  const actor = actorOf(p);
  return deps.db.transaction(async (tx) => {
    const current = await findProgramme(tx, funderId, programmeId, { lock: true });
    if (!current) throw programmeNotFound();
    if (programmeVersion(current) !== input.version) {
      throw staleVersion({ sv: 'Programmet', en: 'The programme' }, programmeVersion(current));
    }
    const values = await checkProgramme(tx, deps.clock, actor, input);
    const saved = await updateProgramme(tx, programmeId, { ...values, updatedAt: deps.clock.now() });
    await appendAudit(tx, deps.clock, actor, {
      action: 'programme.updated',
      entityType: 'programme',
      entityId: programmeId,
      before: current,
      after: saved,
    });
    return saved;
  });
}

export async function createProgrammeIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: ProgrammeInput,
): Promise<Programme> {
  const values = await checkProgramme(tx, clock, actor, input);
  const now = clock.now();
  const programme = await insertProgramme(tx, { funderId, ...values, createdAt: now, updatedAt: now });
  await appendAudit(tx, clock, actor, {
    action: 'programme.created',
    entityType: 'programme',
    entityId: programme.id,
    after: programme,
  });
  return programme;
}

const CCI = /^[0-9]{4}[A-Z]{2}[0-9A-Z]{4,14}$/;

async function checkProgramme(tx: Executor, clock: Clock, actor: Actor, input: ProgrammeInput) {
  const issues = new Issues();
  const name = requiredText(issues, 'name', input.name, 300, { sv: 'programmets namn', en: "the programme's name" });
  const optional = (path: string, value: string | null, max: number, label: { sv: string; en: string }) => {
    const t = blankToNull(value);
    if (t && t.length > max) {
      issues.add(path, 'too_long', {
        sv: `${label.sv} får vara högst ${max} tecken.`,
        en: `${label.en} can be at most ${max} characters.`,
      });
    }
    return t;
  };
  const shortName = optional('shortName', input.shortName, 100, { sv: 'Kortnamnet', en: 'The short name' });
  const fund = optional('fund', input.fund, 50, { sv: 'Fonden', en: 'The fund' });
  const cci = blankToNull(input.cci)?.toUpperCase().replace(/\s+/g, '') ?? null;
  if (cci && !CCI.test(cci)) {
    issues.add('cci', 'cci.invalid', {
      sv: `"${input.cci}" är inte en CCI-kod. Den har formen 2021SE16RFPR001.`,
      en: `"${input.cci}" is not a CCI code. It looks like 2021SE16RFPR001.`,
    });
  }
  if (input.yearFrom !== null && input.yearTo !== null && input.yearFrom > input.yearTo) {
    issues.add('yearTo', 'years.inverted', {
      sv: `Programmet kan inte sluta (${input.yearTo}) före det år det börjar (${input.yearFrom}).`,
      en: `The programme cannot end (${input.yearTo}) before the year it starts (${input.yearFrom}).`,
    });
  }
  let mainFunderOrgNumber: string | null = null;
  let mainFunderName: string | null = null;
  if (input.mainFunder && (blankToNull(input.mainFunder.orgNumber) || blankToNull(input.mainFunder.name))) {
    const parsed = parseOrgNumber(input.mainFunder.orgNumber);
    if (parsed.ok) mainFunderOrgNumber = parsed.value;
    else issues.addDomain('mainFunder.orgNumber', parsed.error);
    mainFunderName = blankToNull(input.mainFunder.name);
  }
  const known = mainFunderOrgNumber ? await findOrganizationByNumber(tx, mainFunderOrgNumber) : undefined;
  if (mainFunderOrgNumber && !known) {
    requiredText(issues, 'mainFunder.name', mainFunderName, 200, {
      sv: `namnet på huvudfinansiären med organisationsnummer ${mainFunderOrgNumber}, som inte finns i Bidra ännu`,
      en: `the name of the main funder with organisation number ${mainFunderOrgNumber}, not yet known to Bidra`,
    });
  }
  issues.throwIfAny('programme.invalid');

  let mainFunderOrganizationId = known?.id ?? null;
  if (mainFunderOrgNumber && !known) {
    const now = clock.now();
    const org = await insertOrganization(tx, {
      name: mainFunderName!,
      orgNumber: mainFunderOrgNumber,
      type: 'other',
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, clock, actor, {
      action: 'organization.created',
      entityType: 'organization',
      entityId: org.id,
      after: org,
    });
    mainFunderOrganizationId = org.id;
  }
  return {
    name: name!,
    shortName,
    fund,
    mainFunderOrganizationId,
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
    cci,
  };
}
