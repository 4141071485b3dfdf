import { describe, expect, it } from 'vitest';
import { checkMinutesRecord, isAdjusted, parseLocalDate, unwrap, type MinutesRecord } from './index.js';

const d = (s: string) => unwrap(parseLocalDate(s));
const ctx = { heldOn: d('2023-03-01'), held: true, today: d('2026-11-24') };
const good: MinutesRecord = {
  adjusters: ['Lars Exempelsson (S)', 'Maria Prov (M)'],
  adjustedOn: d('2023-03-08'),
  certifierName: 'Nina Provsdotter',
  certifierTitle: 'Nämndsekreterare',
};
const codes = (r: Partial<MinutesRecord>, c = ctx) => checkMinutesRecord({ ...good, ...r }, c).map((i) => i.code);

describe('the minutes record an extract prints', () => {
  it('accepts justerare, a justering day after the meeting and a certifier with name and title', () => {
    expect(checkMinutesRecord(good, ctx)).toEqual([]);
    expect(isAdjusted(good)).toBe(true);
    // Names chosen at the meeting, not yet signed: allowed, not adjusted.
    expect(codes({ adjustedOn: null })).toEqual([]);
    expect(isAdjusted({ ...good, adjustedOn: null })).toBe(false);
    // Checked the same day (omedelbar justering).
    expect(codes({ adjustedOn: d('2023-03-01') })).toEqual([]);
  });

  it('refuses a justering day before the meeting, in the future, or before the meeting is held', () => {
    expect(codes({ adjustedOn: d('2023-02-28') })).toEqual(['minutes.adjusted_before_meeting']);
    expect(checkMinutesRecord({ ...good, adjustedOn: d('2023-02-28') }, ctx)[0]!.message.sv).toBe(
      'Justeringsdagen 2023-02-28 ligger före sammanträdet 2023-03-01.',
    );
    expect(codes({ adjustedOn: d('2026-11-25') })).toEqual(['minutes.adjusted_in_future']);
    expect(codes({}, { ...ctx, held: false })).toEqual(['minutes.adjusted_before_held']);
  });

  it('needs someone who checked the minutes for a justering day, and each justerare once', () => {
    expect(codes({ adjusters: [] })).toEqual(['minutes.adjusted_without_adjusters']);
    expect(codes({ adjusters: ['  '] })).toEqual(['minutes.adjusted_without_adjusters']);
    expect(codes({ adjusters: ['Maria Prov (M)', 'maria prov (m)'] })).toEqual(['minutes.adjuster_twice']);
  });

  it('needs both the certifier’s name and title, or neither', () => {
    expect(codes({ certifierTitle: null })).toEqual(['minutes.certifier_incomplete']);
    expect(codes({ certifierName: ' ' })).toEqual(['minutes.certifier_incomplete']);
    expect(codes({ certifierName: null, certifierTitle: null })).toEqual([]);
  });
});
