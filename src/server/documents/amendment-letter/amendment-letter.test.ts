import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAmendmentTestApp,
  replayDoviExtension,
  type AmendmentTestApp,
} from '../../modules/amendments/testing/amendment-app.js';

/**
 * The letter of an amendment decided through Bidra (docs/domain/decision-letters.md, the shape of seed 001): DOVI's six
 * months' extension requested, drafted, proposed and approved through the API, then read back from the stored PDF as
 * the beneficiary downloads it. Every value must be in the extracted text exactly.
 */
let t: AmendmentTestApp;
let flat = '';
let lines = '';
beforeAll(async () => {
  t = await createAmendmentTestApp();
  const { decisionId } = await replayDoviExtension(t);
  const res = await t.inject('GET', `/api/v1/decisions/${decisionId}/letter.pdf`, t.beneficiary);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
  lines = text.replace(/[\u00a0\u202f\u2009]/g, ' ');
  flat = lines.replace(/\s+/g, ' ');
});
afterAll(async () => {
  await t.close();
});

describe("the letter of DOVI's amendment, decided in Bidra", () => {
  it('has the heading, the beneficiary, the project and the diary number of the grant', () => {
    expect(flat).toContain('Ändring av beslut om stöd');
    for (const value of [
      'Region Västerbotten',
      '232100-0222',
      'Digital omställning i Västerbottens industrier DOVI',
      'REGAC - 317 - 2022',
      'Nyps 20359783',
    ]) {
      expect(lines).toContain(value);
    }
  });

  it('says what changes, the new end date, and that the earlier decision holds in all else', () => {
    expect(flat).toContain(
      'Region Västerbotten beslutar att ändra tidigare beslut om stöd till ovan angivet projekt. Beslutet avser ' +
        'följande ändringar: Att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
    );
    expect(flat).toContain('I övrigt gäller tidigare beslut från den 2023-03-01.');
    expect(flat).toContain('Projektperiod 2023-03-01 - 2026-08-31');
    expect(flat).toContain('Ni har den 2026-11-24 kommit in med en begäran om ändring av projektperioden');
  });

  it('prints the revised time and activity plan with its dates, costs and total', () => {
    expect(flat).toContain('Reviderad tid- och aktivitetsplan');
    expect(flat).toContain('1 Uppstart 2023-03-01 - 2026-08-31 150 000 kr');
    expect(flat).toContain('4.1 Kunskapshöjning 2023-05-01 - 2025-12-31 0 kr');
    expect(flat).toContain('8 Avslutsarbete 2026-01-01 - 2026-08-31 150 000 kr');
    expect(flat).toContain('Summa 3 333 015 kr');
    expect(flat).not.toContain('2026-02-28');
  });

  it('names who decided and who presented, and the appeal notice', () => {
    expect(flat).toContain('Beslut i ärendet har fattats av Nina Provsdotter');
    expect(flat).toContain('efter föredragning av Tove Testsson');
    expect(flat).toContain('Beslutet kan inte överklagas.');
    expect(flat).toContain('Denna handling är beslutad och godkänd i Region Västerbottens ärendehanteringssystem');
  });
});
