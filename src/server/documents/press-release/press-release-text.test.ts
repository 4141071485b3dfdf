import { describe, expect, it } from 'vitest';
import { kronor, type LocalDate } from '../../../domain/index.js';
import { composePressRelease, type PressReleaseLine } from './press-release-text.js';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const line = (projectName: string, kr: number): PressReleaseLine => ({
  projectName,
  ownerName: 'Umeå universitet',
  amount: kronor(kr),
  periodStart: '2023-04-01' as LocalDate,
  periodEnd: '2023-08-31' as LocalDate,
  description: 'En funktion för forsknings- och vårdnära stöd.',
});
const base = {
  funderName: 'Region Västerbotten',
  committeeName: 'Regionala utvecklingsnämnden',
  meetingDate: '2023-03-01' as LocalDate,
  intro: 'Första stycket.\n\nAndra stycket.',
  contacts: 'För mer information: projektmedel@regionvasterbotten.example',
};

describe('composing the press release of a meeting', () => {
  it('says a single grant below a million exactly, in the headline and the lead', () => {
    const r = composePressRelease({ ...base, lines: [line('SOLH', 524_994)] });
    expect(plain(r.title)).toBe('Regionala utvecklingsnämnden beviljar 524 994 kr till 1 projekt');
    expect(plain(r.paragraphs[0]!)).toBe(
      'Regionala utvecklingsnämnden i Region Västerbotten beslutade den 1 mars 2023 att bevilja sammanlagt 524 994 kr till ett utvecklingsprojekt.',
    );
    expect(r.paragraphs.slice(1)).toEqual(['Första stycket.', 'Andra stycket.']);
    expect(r.findings).toEqual([]);
  });

  it('prints each project in the shape of seed 004, numbered, with owner, amount and period', () => {
    const r = composePressRelease({ ...base, lines: [line('SOLH', 524_994), line('SMALL', 2_271_045)] });
    expect(plain(r.text)).toContain(
      '2. SMALL\nProjektägare Umeå universitet beviljas 2 271 045 kr\nEn funktion för forsknings- och vårdnära stöd. Projektperiod: 2023-04-01 - 2023-08-31',
    );
    expect(plain(r.headlineTotal)).toBe('2,8 miljoner kronor');
    expect(r.text.startsWith('Pressmeddelande\n\nRegionala utvecklingsnämnden beviljar')).toBe(true);
  });

  it('flags an intro whose figure disagrees with the lines, but not the projects’ own descriptions', () => {
    const lines = [{ ...line('SOLH', 524_994), description: 'Ett projekt på 9 miljoner kronor totalt.' }];
    expect(composePressRelease({ ...base, lines }).findings).toEqual([]);
    const wrong = composePressRelease({ ...base, lines, intro: 'Nämnden beviljar 0,6 miljoner kronor.' });
    expect(wrong.findings.map((f) => f.code)).toEqual(['press_release.figure_mismatch']);
  });
});
