import { today, type Clock } from '../../../domain/index.js';
import type { Executor } from '../../db/client.js';
import type { Funder } from '../../db/schema/index.js';
import { DEFAULT_APPEAL_NOTICES } from '../../documents/decision-letter/decision-text.js';
import { changedFields, diaryNumberExample, legacyAppealNotice, settingsOf } from './funder-settings.js';
import { funderNotFound } from './funders.policy.js';
import { findOrganization, lastDiarySequence, settingsVersionsOf, staffOfOrganization } from './funders.repository.js';

/** What GET /funders/:funderId/settings answers: the settings, the next diary number, the possible contacts. */
export async function settingsView(db: Executor, clock: Clock, funder: Funder) {
  const org = await findOrganization(db, funder.organizationId);
  if (!org) throw funderNotFound();
  const year = Number(today(clock).slice(0, 4));
  const nextSeq = (await lastDiarySequence(db, funder.id, year)) + 1;
  const settings = settingsOf(funder, org);
  return {
    funderId: funder.id,
    version: funder.version,
    ...settings,
    defaultAppealNotices: DEFAULT_APPEAL_NOTICES,
    appealNotice: legacyAppealNotice(settings.appealNotices),
    nextDiaryNumber: diaryNumberExample(funder.diaryNumberFormat, year, nextSeq),
    diaryYear: year,
    nextDiarySequence: nextSeq,
    contactPeople: await staffOfOrganization(db, funder.organizationId),
  };
}

/** The saved versions, newest first, each with the settings that changed from the one before. */
export async function settingsVersionsView(db: Executor, funderId: string) {
  const rows = await settingsVersionsOf(db, funderId);
  return {
    items: rows.map((row, i) => {
      const previous = rows[i + 1];
      return {
        version: row.version,
        changedAt: row.changedAt.toISOString(),
        changedBy: row.changedByName,
        changed: changedFields(previous ? previous.settings : null, row.settings),
        settings: row.settings,
      };
    }),
  };
}
