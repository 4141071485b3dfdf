import { describe, expect, it } from 'vitest';
import { normaliseText } from '../text.js';
import { extractActivityTable } from './activity-table.js';

const table = (text: string) => extractActivityTable(normaliseText(text));

describe('extractActivityTable', () => {
  it('reads one-line rows with a unit in the header and a stated total', () => {
    const t = table(
      [
        'Aktivitetsplan',
        'Nr Aktivitet Start Slut Kostnad (tkr)',
        '1 Projektledning 2025-01-01 2026-12-31 450',
        '2 Samverkan med Tillväxtverket 2025-03-01 2026-06-30 120,5',
        'Summa 570,5',
      ].join('\n'),
    );
    expect(t.activities).toEqual([
      { number: '1', title: 'Projektledning', start: '2025-01-01', end: '2026-12-31', costSek: 450_000 },
      { number: '2', title: 'Samverkan med Tillväxtverket', start: '2025-03-01', end: '2026-06-30', costSek: 120_500 },
    ]);
    expect(t.statedTotalSek).toBe(570_500);
  });

  it('follows a row over lines and a page break, and leaves a missing cost null', () => {
    const t = table(
      [
        'Tid- och aktivitetsplan',
        'Aktivitet Beskrivning Startdatum - Slutdatum Kostnad',
        '1. Uppstart och',
        'förankring',
        'Möten med parterna.',
        '2024-01-01 -',
        'Sida 2 (4)',
        '2024-06-30',
        '80 000',
        '1.1 Workshop Två workshoppar med 2 grupper. 2024-02-01 - 2024-03-31',
        '2. Genomförande Arbetet i 3 steg. 2024-04-01 - 2025-12-31 1 200 000 kr',
        '3 500 deltagare ska nås.',
      ].join('\n'),
    );
    expect(t.activities).toEqual([
      { number: '1', title: 'Uppstart och förankring', start: '2024-01-01', end: '2024-06-30', costSek: 80_000 },
      { number: '1.1', title: 'Workshop', start: '2024-02-01', end: '2024-03-31', costSek: null },
      { number: '2', title: 'Genomförande', start: '2024-04-01', end: '2025-12-31', costSek: 1_200_000 },
    ]);
    expect(t.statedTotalSek).toBeNull();
  });

  it('has no activities without a plan heading, and takes no numbered prose for rows', () => {
    expect(table('1. Region X beviljas stöd 2024-01-01 - 2024-12-31 100 000 kr').activities).toEqual([]);
    const t = table(
      'Aktivitetsplan\n1 Start 2024-01-01 - 2024-02-01 10 kr\n7 dagar senare 2024-03-01 - 2024-04-01 5 kr',
    );
    expect(t.activities.map((a) => a.number)).toEqual(['1']);
  });
});
