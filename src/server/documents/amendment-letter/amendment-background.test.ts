import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../domain/index.js';
import { amendmentBackground, type RequestSummary } from './amendment-background.js';

const d = (s: string) => s as LocalDate;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const dovi: RequestSummary = {
  receivedOn: d('2025-08-28'),
  currentEnd: d('2026-02-28'),
  requestedEnd: d('2026-08-31'),
  extendMonths: 6,
  revisesPlan: false,
  revisesBudget: false,
  changesAmount: false,
  motivation: 'Projektet har försenats på grund av problem med upphandling.',
};

describe('the background of an amendment letter', () => {
  it("words seed 001's request: the day it came in, six months more, to 31 August 2026, and why", () => {
    expect(plain(amendmentBackground(dovi))).toBe(
      'Ni har den 2025-08-28 kommit in med en begäran om ändring av projektperioden. Ni vill förlänga projektet ' +
        'med sex månader, till den 31 augusti 2026.\n\nProjektet har försenats på grund av problem med upphandling.',
    );
  });

  it('keeps the date on one line (non-breaking spaces)', () => {
    expect(amendmentBackground(dovi)).toContain('31\u00a0augusti\u00a02026');
  });

  it('names every part that changes, in order, and a shortening as such', () => {
    const text = amendmentBackground({
      ...dovi,
      requestedEnd: d('2025-12-31'),
      extendMonths: null,
      revisesPlan: true,
      revisesBudget: true,
      changesAmount: true,
      motivation: '',
    });
    expect(plain(text)).toBe(
      'Ni har den 2025-08-28 kommit in med en begäran om ändring av projektperioden, tid- och aktivitetsplanen, ' +
        'budgeten och beviljat stöd. Ni vill förkorta projektet till den 31 december 2025.',
    );
  });

  it('says nothing of the period when it is kept, and leaves out an unknown date', () => {
    const text = amendmentBackground({
      ...dovi,
      receivedOn: null,
      requestedEnd: d('2026-02-28'),
      revisesPlan: true,
      motivation: ' ',
    });
    expect(text).toBe('Ni har kommit in med en begäran om ändring av tid- och aktivitetsplanen.');
  });
});
