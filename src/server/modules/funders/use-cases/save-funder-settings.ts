import type { Clock } from '../../../../domain/index.js';
import { appendAudit, type Actor } from '../../../audit/audit.js';
import type { Db, Executor } from '../../../db/client.js';
import type { Funder } from '../../../db/schema/index.js';
import type { Principal } from '../../auth/principal.js';
import { blankToNull, fieldProblem, Issues, staleVersion } from '../funder-problems.js';
import {
  APPEAL_KINDS,
  changedFields,
  checkCommittee,
  checkDiaryFormat,
  checkLetterhead,
  checkOrganisation,
  LEGACY_APPEAL_NOTICE_KINDS,
  settingsOf,
  type AppealKind,
  type FunderSettings,
} from '../funder-settings.js';
import { funderNotFound, loadFunderFor } from '../funders.policy.js';
import {
  findOrganization,
  findOrganizationByNumber,
  insertSettingsVersion,
  lockFunder,
  staffOfOrganization,
  updateFunder,
  updateOrganization,
} from '../funders.repository.js';

export interface SettingsInput extends Omit<FunderSettings, 'shareCapRounding' | 'paymentDetails' | 'appealNotices'> {
  /** The funder's version the editor read. */
  version: number;
  /** Omitted: kept as it is. */
  shareCapRounding?: FunderSettings['shareCapRounding'] | undefined;
  /** Omitted: kept as it is. */
  paymentDetails?: string | null | undefined;
  /** Every kind's notice at once (a kind left out or blank: the letter's default). Omitted: kept. */
  appealNotices?: Partial<Record<AppealKind, string | null | undefined>> | undefined;
  /** Deprecated: one notice for grants, amendments and rejections; ignored when `appealNotices` is given. */
  appealNotice?: string | null | undefined;
}

const LONG_TEXT = 20_000;
/** Payment details are a line or two in a letter (bankgiro, reference), not a text. */
const PAYMENT_DETAILS_MAX = 1_000;

const APPEAL_KIND_NAMES: Record<AppealKind, { sv: string; en: string }> = {
  grant: { sv: 'beslut om stöd', en: 'grants' },
  reject: { sv: 'avslag', en: 'rejections' },
  amend: { sv: 'ändringsbeslut', en: 'amendments' },
  withdraw: { sv: 'återtagna uppdrag', en: 'withdrawn commissions' },
  recover: { sv: 'återkrav', en: 'recoveries' },
  close: { sv: 'avslut', en: 'closures' },
};

/**
 * PUT /funders/:funderId/settings, by the funder's administrators. Every save is kept whole as a new
 * settings version (what letters and decisions were made under can be read back) and audited with what
 * it was before and after. A save based on an older version is refused (409) rather than overwriting.
 */
export async function saveFunderSettings(
  deps: { db: Db; clock: Clock },
  principal: Principal,
  funderId: string,
  input: SettingsInput,
): Promise<Funder> {
  await loadFunderFor(deps.db, principal, funderId, ['administrator']);
  const actor = { userId: principal.userId, label: principal.displayName };
  return deps.db.transaction((tx) => saveFunderSettingsIn(tx, deps.clock, actor, funderId, input));
}

/** The checks and writes of a settings save, in the caller's transaction (the demo calls this too). */
export async function saveFunderSettingsIn(
  tx: Executor,
  clock: Clock,
  actor: Actor,
  funderId: string,
  input: SettingsInput,
): Promise<Funder> {
  const funder = await lockFunder(tx, funderId);
  if (!funder) throw funderNotFound();
  if (funder.version !== input.version) {
    throw staleVersion({ sv: 'Stödgivarens inställningar', en: "The funder's settings" }, funder.version);
  }
  const org = await findOrganization(tx, funder.organizationId);
  if (!org) throw funderNotFound();

  const issues = new Issues();
  const { name, orgNumber } = checkOrganisation(issues, input);
  const letterhead = checkLetterhead(issues, input);
  const committeeName = checkCommittee(issues, input.committeeName);
  const diaryNumberFormat = checkDiaryFormat(issues, input.diaryNumberFormat);
  const long = (path: string, value: string | null | undefined, label: { sv: string; en: string }) => {
    const t = blankToNull(value);
    if (t && t.length > LONG_TEXT) {
      issues.add(path, 'too_long', {
        sv: `${label.sv} får vara högst ${LONG_TEXT} tecken.`,
        en: `${label.en} can be at most ${LONG_TEXT} characters.`,
      });
    }
    return t;
  };
  const standardConditions = long('standardConditions', input.standardConditions, {
    sv: 'De allmänna villkoren',
    en: 'The standard conditions',
  });
  let paymentDetails = funder.paymentDetails;
  if (input.paymentDetails !== undefined) {
    paymentDetails = blankToNull(input.paymentDetails);
    if (paymentDetails && paymentDetails.length > PAYMENT_DETAILS_MAX) {
      issues.add('paymentDetails', 'too_long', {
        sv: `Betalningsuppgifterna får vara högst ${PAYMENT_DETAILS_MAX} tecken. Skriv t.ex. bankgiro och vilken referens som ska anges.`,
        en: `The payment details can be at most ${PAYMENT_DETAILS_MAX} characters. Write e.g. the bankgiro and the reference to give.`,
      });
    }
  }
  // The notices per kind, or (the older API) one notice for grants, amendments and rejections.
  const notices: Record<string, string> = { ...funder.appealNotices };
  if (input.appealNotices !== undefined) {
    for (const kind of APPEAL_KINDS) {
      const name = APPEAL_KIND_NAMES[kind];
      const notice = long(`appealNotices.${kind}`, input.appealNotices[kind], {
        sv: `Överklagandehänvisningen för ${name.sv}`,
        en: `The appeal notice for ${name.en}`,
      });
      if (notice) notices[kind] = notice;
      else delete notices[kind];
    }
  } else if (input.appealNotice !== undefined) {
    const notice = long('appealNotice', input.appealNotice, {
      sv: 'Överklagandehänvisningen',
      en: 'The appeal notice',
    });
    for (const kind of LEGACY_APPEAL_NOTICE_KINDS) {
      if (notice) notices[kind] = notice;
      else delete notices[kind];
    }
  }
  const contact = long('contact', input.contact, { sv: 'Kontaktuppgifterna', en: 'The contact lines' });
  if (
    input.delegationLimitOre !== null &&
    !(Number.isSafeInteger(input.delegationLimitOre) && input.delegationLimitOre >= 0)
  ) {
    issues.add('delegationLimitOre', 'amount.invalid', {
      sv: 'Delegationsgränsen ska vara ett belopp i hela kronor, 0 eller mer.',
      en: 'The delegation limit must be an amount of 0 kronor or more.',
    });
  }
  if (input.defaultContactUserId !== null) {
    const staff = await staffOfOrganization(tx, funder.organizationId);
    if (!staff.some((u) => u.id === input.defaultContactUserId)) {
      issues.add('defaultContactUserId', 'contact.not_staff', {
        sv: 'Kontaktpersonen ska vara en aktiv användare som arbetar för stödgivaren. Välj en i listan.',
        en: 'The contact person must be an active user who works for the funder. Choose one from the list.',
      });
    }
  }
  issues.throwIfAny();
  if (orgNumber !== org.orgNumber) {
    const holder = await findOrganizationByNumber(tx, orgNumber);
    if (holder && holder.id !== org.id) {
      throw fieldProblem('organization.org_number_taken', 409, 'orgNumber', {
        sv: `Organisationsnumret ${orgNumber} tillhör redan ${holder.name}. Kontrollera numret.`,
        en: `The organisation number ${orgNumber} already belongs to ${holder.name}. Check the number.`,
      });
    }
  }

  const before = settingsOf(funder, org);
  const now = clock.now();
  const savedOrg = await updateOrganization(tx, org.id, { name, orgNumber, ...letterhead, updatedAt: now });
  const saved = await updateFunder(tx, funder.id, {
    committeeName,
    diaryNumberFormat,
    delegationLimitOre: input.delegationLimitOre,
    shareCapRounding: input.shareCapRounding ?? funder.shareCapRounding,
    standardConditions,
    defaultContactUserId: input.defaultContactUserId,
    paymentDetails,
    appealNotices: notices,
    contact,
    updatedAt: now,
  });
  const after = settingsOf(saved, savedOrg);
  await insertSettingsVersion(tx, {
    funderId: funder.id,
    version: saved.version,
    settings: { ...after },
    changedByUserId: actor.userId,
    changedAt: now,
  });
  await appendAudit(tx, clock, actor, {
    action: 'funder.settings_changed',
    entityType: 'funder',
    entityId: funder.id,
    before: { version: funder.version, ...before },
    after: { version: saved.version, ...after, changed: changedFields(before, after) },
  });
  return saved;
}
