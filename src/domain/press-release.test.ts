import { describe, expect, it } from 'vitest';
import {
  amountsInText,
  checkHeadlineTotal,
  checkPressReleaseFigures,
  formatPressContacts,
  headlineTotal,
  kronor,
  pressContactIssues,
} from './index.js';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The eight grants of seed 004; they sum to 25 421 501 kr. */
const seedGrants = [2_491_478, 893_984, 3_000_000, 524_994, 5_940_000, 300_000, 2_271_045, 10_000_000].map((k) =>
  kronor(k),
);

describe('how a press release says its total', () => {
  it.each([
    [25_421_501, '25,4 miljoner kronor'],
    [25_449_999, '25,4 miljoner kronor'],
    [25_450_000, '25,5 miljoner kronor'],
    [25_960_000, '26 miljoner kronor'],
    [10_000_000, '10 miljoner kronor'],
    [1_000_000, '1 miljon kronor'],
    [1_049_999, '1 miljon kronor'],
    [1_050_000, '1,1 miljoner kronor'],
    [999_999, '999 999 kr'],
    [893_984, '893 984 kr'],
    [0, '0 kr'],
  ])('%s kr is said "%s" (rounded to tenths of a million, halves up; exact below one million)', (kr, text) => {
    expect(plain(headlineTotal(kronor(kr)))).toBe(text);
  });

  it('says the seed grants as 25,4 miljoner, not the seed headline’s 25,5', () => {
    const sum = seedGrants.reduce((a, b) => a + b, 0);
    expect(sum).toBe(kronor(25_421_501));
    expect(plain(headlineTotal(kronor(25_421_501)))).toBe('25,4 miljoner kronor');
  });

  it('always says a total the headline check accepts', () => {
    for (const kr of [1, 999_999, 1_000_000, 1_049_999, 1_050_000, 25_421_501, 99_950_000, 123_456_789]) {
      expect(checkHeadlineTotal(headlineTotal(kronor(kr)), [kronor(kr)])).toEqual([]);
    }
  });
});

describe('figures in the text of a press release', () => {
  it('finds amounts with their units, grouped by ordinary or non-breaking spaces', () => {
    expect(
      amountsInText(
        'Nämnden beviljar 25,5 miljoner kronor till 8 projekt 2023. Projektägare Region Västerbotten beviljas 2\u00a0491\u00a0478 kr, varav 745 tkr i år.',
      ),
    ).toEqual(['25,5 miljoner', '2\u00a0491\u00a0478 kr', '745 tkr']);
  });

  it('leaves dates, counts and words that merely begin like a unit alone', () => {
    expect(amountsInText('Projektperiod: 2023-03-01 - 2026-02-28. 4 samverkanspiloter, 3 kronprinsessor.')).toEqual([]);
  });

  it('accepts the total said rounded or exactly, and any single project’s amount', () => {
    const text =
      'Nämnden beviljar 25,4 miljoner kronor (25 421 501 kr). Störst är TRUE med 10 miljoner och DOVI med 2 491 478 kr.';
    expect(checkPressReleaseFigures(text, seedGrants)).toEqual([]);
  });

  it('refuses the seed’s own "25,5 miljoner kronor", naming the figure and the sum', () => {
    const [f, ...rest] = checkPressReleaseFigures(
      'Nämnden beslutade idag att bevilja 25,5 miljoner kronor.',
      seedGrants,
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'press_release.figure_mismatch',
      severity: 'error',
      details: { figure: '25,5 miljoner', sumOre: kronor(25_421_501) },
    });
    expect(plain(f!.message.sv)).toBe(
      'Texten anger "25,5 miljoner", vilket varken stämmer med summan av de beviljade projekten, 25 421 501 kr, eller med något av projektens belopp.',
    );
  });

  it('refuses an exact total that is one krona off', () => {
    expect(checkPressReleaseFigures('Sammanlagt 25 421 500 kr.', seedGrants).map((f) => f.code)).toEqual([
      'press_release.figure_mismatch',
    ]);
  });
});

describe('the contact persons a press release needs to be published', () => {
  const anna = { name: 'Anna Exempel', title: 'Kommunikatör', phone: '090-785 00 01', email: 'anna@example.se' };

  it('refuses a release without a contact person, or with only a nameless one', () => {
    for (const persons of [[], [{ name: '  ', phone: '090-1' }]]) {
      const issues = pressContactIssues(persons);
      expect(issues.map((i) => i.code)).toEqual(['press_release.contact_person_required']);
      expect(issues[0]!.message.sv).toContain('minst en kontaktperson');
      expect(issues[0]!.message.en).toContain('at least one contact person');
    }
  });

  it('needs a telephone number or an e-mail address for each person named', () => {
    expect(pressContactIssues([anna])).toEqual([]);
    expect(pressContactIssues([{ name: 'Anna Exempel', email: 'anna@example.se' }])).toEqual([]);
    const issues = pressContactIssues([anna, { name: 'Bo Prov', title: 'Ordförande' }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'press_release.contact_person_unreachable', index: 1 })]);
    expect(issues[0]!.message.sv).toBe('Kontaktpersonen Bo Prov behöver ett telefonnummer eller en e-postadress.');
  });

  it('prints one line per person under "För mer information, kontakta:", leaving out what is not given', () => {
    expect(formatPressContacts([anna, { name: 'Bo Prov', phone: '070-000 00 00' }])).toBe(
      'För mer information, kontakta:\nAnna Exempel, Kommunikatör, telefon 090-785 00 01, e-post anna@example.se\nBo Prov, telefon 070-000 00 00',
    );
    expect(formatPressContacts([])).toBeNull();
  });
});
