import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../tests/support/app.js';
import { createTestDatabase } from '../../../../tests/support/db.js';
import { systemActor } from '../../audit/audit.js';
import type { Database } from '../../db/client.js';
import * as s from '../../db/schema/index.js';
import { LocalDiskDocumentStore, sha256Hex } from '../document-store.js';
import { loadDecisionLetterData } from './letter-data.js';
import { produceDecisionLetter } from './produce-decision-letter.js';
import { renderDecisionLetterPdf } from './render-decision-letter.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), '__golden__', 'dvis-decision-letter.txt');

let database: Database;
let baseDir: string;
const ids = { dvis: '', doviGrant: '', doviAmendment: '' };
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  baseDir = await mkdtemp(path.join(tmpdir(), 'bidra-letters-'));
  const db = database.db;
  const [dvis] = await db
    .select({ id: s.decisions.id })
    .from(s.decisions)
    .innerJoin(s.projects, eq(s.projects.id, s.decisions.projectId))
    .where(and(eq(s.projects.acronym, 'DVIS'), eq(s.decisions.kind, 'grant')));
  const [amendment] = await db.select().from(s.decisions).where(eq(s.decisions.kind, 'amend'));
  ids.dvis = dvis!.id;
  ids.doviAmendment = amendment!.id;
  ids.doviGrant = amendment!.amendsDecisionId!;
});
afterAll(async () => {
  await database.close();
  await rm(baseDir, { recursive: true, force: true });
});

/**
 * The letter's text as a reader copies it: non-breaking and narrow spaces as plain spaces (`lines`), and
 * also with every line break and run of spaces as one space (`flat`), because where a sentence wraps is
 * layout, not content.
 */
async function letterText(decisionId: string) {
  const pdf = await renderDecisionLetterPdf(await loadDecisionLetterData(database.db, decisionId));
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  const lines = text.replace(/[\u00a0\u202f\u2009]/g, ' ');
  return { pdf, lines, flat: lines.replace(/\s+/g, ' ') };
}

describe('the DVIS grant letter (seed 000, delegated)', () => {
  it('prints the granted amount, share, costs and period exactly', async () => {
    const { lines, flat } = await letterText(ids.dvis);
    for (const value of ['5 505 389 kr', '50,00 %', '11 010 777 kr', '2024-02-01 - 2027-01-31']) {
      expect(lines).toContain(value);
    }
    expect(flat).toContain(
      'Region Västerbotten beviljas 5 505 389 kr, dock högst 50,00 % av godkända kostnader uppgående till ' +
        '11 010 777 kr för projektet Digitala Västerbotten i samverkan (DVIS) för projektperioden 2024-02-01 - 2027-01-31.',
    );
  });

  it('cites both ordinances, the appropriation, the diary number and the delegation', async () => {
    const { lines, flat } = await letterText(ids.dvis);
    const [kase] = await database.db
      .select()
      .from(s.cases)
      .innerJoin(s.decisions, eq(s.decisions.caseId, s.cases.id))
      .where(eq(s.decisions.id, ids.dvis));
    for (const value of [
      'förordning (2003:596)',
      '(2015:210)',
      'anslaget 1:1',
      kase!.cases.diaryNumber,
      '232100-0222',
    ]) {
      expect(lines).toContain(value);
    }
    expect(flat).toContain(
      'förordning (2003:596) om bidrag för projektverksamhet inom den regionala tillväxtpolitiken',
    );
    expect(flat).toContain(
      'förordning (2015:210) om statligt stöd för att regionalt främja små och medelstora företag',
    );
    // Seed 000 is the chair's urgent decision (KL 6 kap. 39 §), not delegation point 1.1.
    expect(flat).toContain('med stöd av 6 kap. 39 § kommunallagen (2017:725)');
    expect(flat).not.toContain('ärendegrupp 1.1');
    expect(flat).toContain('sammanträde den 7 december 2023');
    expect(flat).toContain('Beslutet kan inte överklagas.');
    expect(flat).toContain(
      'Denna handling är beslutad och godkänd i Region Västerbottens ärendehanteringssystem och saknar därför namnunderskrift.',
    );
    expect(flat).toContain('Lars Exempelsson (S) i egenskap av Regionala utvecklingsnämndens ordförande');
    expect(flat).toMatch(/Sida 1 \(\d\)/);
  });

  it('renders the same bytes every time, dated by the decision rather than the clock', async () => {
    const data = await loadDecisionLetterData(database.db, ids.dvis);
    const [a, b] = [await renderDecisionLetterPdf(data), await renderDecisionLetterPdf(data)];
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    expect(a.toString('latin1')).toContain('(D:20231106000000Z)'); // the decision date, 2023-11-06
  });

  it('matches the golden text (UPDATE_GOLDEN=1 rewrites it)', async () => {
    const { lines } = await letterText(ids.dvis);
    const text = lines.replace(/[ \t]+$/gm, '').trimEnd() + '\n';
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('the DOVI amendment letter (seed 001)', () => {
  it('names the beneficiary, the case in both systems and the new period end', async () => {
    const { lines, flat } = await letterText(ids.doviAmendment);
    for (const value of ['REGAC - 317 - 2022', 'Nyps 20359783', '232100-0222', 'Beslutet kan inte överklagas']) {
      expect(lines).toContain(value);
    }
    expect(flat).toContain(
      'Region Västerbotten beslutar att ändra tidigare beslut om stöd till ovan angivet projekt. Beslutet avser ' +
        'följande ändringar: Att förlänga projektperioden med sex månader, till den 31 augusti 2026.',
    );
    expect(flat).toContain('I övrigt gäller tidigare beslut från den 2023-03-01.');
    expect(flat).toContain('Projektperiod 2023-03-01 - 2026-08-31');
    expect(flat).toContain('Nina Provsdotter i egenskap av verksamhetschef efter föredragning av Tove Testsson');
  });

  it('prints the revised activity plan, not the original one', async () => {
    const { flat } = await letterText(ids.doviAmendment);
    expect(flat).toContain('Reviderad tid- och aktivitetsplan');
    // The plan has no descriptions: that column is left out rather than printed empty.
    expect(flat).toContain('Aktivitet Startdatum - Slutdatum Kostnad');
    expect(flat).not.toContain('Beskrivning');
    expect(flat).toContain('3 Extern kommunikation och resultatspridning 2023-03-01 - 2026-08-31 824 015 kr');
    expect(flat).toContain('4.1 Kunskapshöjning 2023-05-01 - 2025-12-31 0 kr');
    expect(flat).toContain('8 Avslutsarbete 2026-01-01 - 2026-08-31 150 000 kr');
    expect(flat).toContain('Summa 3 333 015 kr');
    expect(flat).not.toContain('2026-02-28');
  });
});

describe('other decisions and refusals', () => {
  it('words a committee grant without a share as the committee deciding at its meeting', async () => {
    const { flat } = await letterText(ids.doviGrant);
    expect(flat).toContain(
      'Region Västerbotten beviljas 2 491 478 kr för projektet Digital omställning i Västerbottens industrier DOVI för projektperioden 2023-03-01 - 2026-02-28.',
    );
    expect(flat).not.toContain('dock högst');
    expect(flat).toContain(
      'Beslut i ärendet har fattats av Regionala utvecklingsnämnden vid sammanträdet den 1 mars 2023',
    );
    expect(flat).toContain('Tid- och aktivitetsplan');
  });

  it('refuses a decision without a date; every kind has its letter', async () => {
    const [dvis] = await database.db.select().from(s.decisions).where(eq(s.decisions.id, ids.dvis));
    const { id: _id, approvedAt: _a, approvedByUserId: _b, documentId: _d, documentSha256: _s, ...draft } = dvis!;
    const [undated] = await database.db
      .insert(s.decisions)
      .values({ ...draft, status: 'draft', decisionDate: null })
      .returning();
    await expect(loadDecisionLetterData(database.db, undated!.id)).rejects.toMatchObject({
      code: 'decision_letter.no_decision_date',
    });
    const [closing] = await database.db
      .insert(s.decisions)
      .values({ ...draft, status: 'draft', kind: 'close' })
      .returning();
    expect((await loadDecisionLetterData(database.db, closing!.id)).heading.title).toBe('Beslut om avslut av projekt');
    await expect(loadDecisionLetterData(database.db, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('a rejection letter', () => {
  it('names the party "Sökande", not "Stödmottagare", and gives the reasons (FL 32 §)', async () => {
    const [dvis] = await database.db.select().from(s.decisions).where(eq(s.decisions.id, ids.dvis));
    const reasons =
      'Projektet bedöms inte bidra till den regionala utvecklingsstrategins prioriteringar i tillräcklig grad.';
    const [rejection] = await database.db
      .insert(s.decisions)
      .values({
        caseId: dvis!.caseId,
        projectId: dvis!.projectId,
        kind: 'reject',
        status: 'draft',
        decisionDate: '2026-11-20',
        decidedByUserId: dvis!.decidedByUserId,
        capacity: 'verksamhetschef',
        presentedByUserId: dvis!.presentedByUserId,
        reasons,
      })
      .returning();
    const { flat } = await letterText(rejection!.id);
    expect(flat).toContain('Avslag Sökande Region Västerbotten');
    expect(flat).not.toContain('Stödmottagare');
    expect(flat).toContain(
      'Ansökan från Region Västerbotten om stöd till projektet Digitala Västerbotten i samverkan (DVIS) avslås.',
    );
    expect(flat).toContain(`Motivering till beslut Region Västerbotten avslår ansökan av följande skäl: ${reasons}`);
    expect(flat).toMatch(/Överklagande Beslutet kan inte överklagas/);
  });
});

describe('producing a letter', () => {
  it('stores it as a decision letter of the case and project, the same bytes each time', async () => {
    const store = new LocalDiskDocumentStore(baseDir);
    const actor = systemActor('test');
    const first = await database.db.transaction((tx) =>
      produceDecisionLetter(tx, store, testClock, actor, ids.doviAmendment),
    );
    const second = await database.db.transaction((tx) =>
      produceDecisionLetter(tx, store, testClock, actor, ids.doviAmendment),
    );
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toBe(sha256Hex(first.bytes));

    const [decision] = await database.db.select().from(s.decisions).where(eq(s.decisions.id, ids.doviAmendment));
    const [row] = await database.db.select().from(s.documents).where(eq(s.documents.id, first.documentId));
    expect(row).toMatchObject({
      kind: 'decision_letter',
      mediaType: 'application/pdf',
      caseId: decision!.caseId,
      projectId: decision!.projectId,
      filename: 'Ändring av beslut om stöd DOVI 2025-08-29.pdf',
      sizeBytes: first.bytes.length,
    });
    expect((await store.get(row!.storageKey)).equals(first.bytes)).toBe(true);
    const events = await database.db
      .select()
      .from(s.auditEvents)
      .where(and(eq(s.auditEvents.action, 'document.stored'), eq(s.auditEvents.entityId, first.documentId)));
    expect(events).toHaveLength(1);
    // The demo's letter of record was produced by the same code from the same record: the same bytes.
    expect(decision!.documentSha256).toBe(first.sha256);
  });
});
