import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../db/schema/index.js';
import { createDecisionTestApp, type DecisionTestApp } from '../decisions/testing/decision-app.js';

const seed = (name: string) => readFileSync(path.join('tests/fixtures/import/seeds', name));
const DVIS = seed('000_51264b348d8f79aa.txt');
/** A decision of a project the demo does not have, so that importing it creates the records. */
const NEW_GRANT = Buffer.from(
  [
    'Regionala utvecklingsnämnden',
    'Datum 2024-05-14',
    'Diarienummer RUN 2024/88',
    'Projektärende - Skogens nya värden (SNV)',
    'Beslut',
    'Beslut fattas av Anna Berg i egenskap av Regionala utvecklingsnämndens ordförande att',
    'Umeå universitet beviljas 750 000 kr, dock högst 50,00 % av godkända kostnader uppgående till',
    '1 500 000 kr för projektet Skogens nya värden (SNV) för projektperioden 2024-06-01',
    '- 2026-05-31. Beslutet har fattats med stöd av förordning (2003:596) om bidrag för',
    'projektverksamhet inom den regionala tillväxtpolitiken.',
    'Medel disponeras ur anslaget 1:1.',
  ].join('\n'),
);

let t: DecisionTestApp;
beforeAll(async () => {
  t = await createDecisionTestApp();
});
afterAll(async () => {
  await t.close();
});

const extract = (body: Buffer, headers: Record<string, string>, filename = 'dvis.txt') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/extract?filename=${encodeURIComponent(filename)}`,
    headers: { ...headers, 'content-type': 'text/plain' },
    payload: body,
  });

interface Extracted {
  extraction: {
    genre: string;
    projects: { amountSek: number | null; maxSharePercent: number | null }[];
    warnings: { code: string }[];
  };
  text: string;
}

describe('importing a legacy document in the web app', () => {
  it('extracts an uploaded document without storing anything', async () => {
    const before = await t.database.db.select().from(s.documents);
    const res = await extract(DVIS, t.officer);
    expect(res.statusCode, res.body).toBe(200);
    const { extraction, text } = res.json<Extracted>();
    expect(extraction.genre).toBe('grant_decision');
    expect(extraction.projects[0]).toMatchObject({ amountSek: 5_505_389, maxSharePercent: 50 });
    expect(text).toContain('Digitala Västerbotten i samverkan (DVIS)');
    expect(await t.database.db.select().from(s.documents)).toHaveLength(before.length);
  });

  it('imports the reviewed extraction once, linking what it created to the stored original', async () => {
    const { extraction } = (await extract(NEW_GRANT, t.officer, 'snv.txt')).json<Extracted>();
    expect(extraction.genre).toBe('grant_decision');
    // The reviewer corrects the share before importing.
    const reviewed = { ...extraction, projects: [{ ...extraction.projects[0]!, maxSharePercent: 50 }] };
    const body = {
      filename: 'dvis.txt',
      mediaType: 'text/plain',
      contentBase64: DVIS.toString('base64'),
      extraction: reviewed,
    };
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: t.officer, payload: body });
    expect(first.statusCode, first.body).toBe(200);
    const result = first.json<{ kind: string; sourceId: string; created: { type: string; id: string }[] }>();
    expect(result.kind).toBe('imported');
    expect(result.created.map((c) => c.type)).toEqual(expect.arrayContaining(['case', 'decision', 'document']));

    const [source] = await t.database.db
      .select()
      .from(s.importedSources)
      .where(eq(s.importedSources.id, result.sourceId));
    const [document] = await t.database.db.select().from(s.documents).where(eq(s.documents.id, source!.documentId));
    expect(document!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source!.importedBy).not.toBeNull();

    const again = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: t.officer, payload: body });
    expect(again.json<{ kind: string }>().kind).toBe('already_imported');
  });

  it('is for the funder’s officers: applicants are refused, and bad input is explained', async () => {
    expect((await extract(DVIS, t.applicant)).statusCode).toBe(403);
    const empty = await extract(Buffer.alloc(0), t.officer);
    expect(empty.statusCode).toBe(400);
    const noName = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/extract',
      headers: { ...t.officer, 'content-type': 'text/plain' },
      payload: DVIS,
    });
    expect(noName.statusCode).toBe(400);
    const notPdf = await extract(Buffer.from('not a pdf at all'), t.officer, 'brev.pdf');
    expect(notPdf.statusCode).toBe(422);
    expect(notPdf.json<{ detail: string }>().detail).toContain('brev.pdf');
  });
});
