import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../server/db/client.js';
import { loadDecisionLetterData } from '../server/documents/decision-letter/letter-data.js';
import { renderDecisionLetterPdf } from '../server/documents/decision-letter/render-decision-letter.js';
import { LETTER_FONT, renderPdf } from '../server/documents/pdf.js';
import { percentile, round, sampleLatency, type Budget } from './measure.js';

export interface LettersResult {
  letters: number;
  /** Letters made per second, one after the other: the stored decision read and the PDF rendered. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Of p50, the PDF rendering alone. */
  renderP50Ms: number;
  averageBytes: number;
  /** The floor: a one-line A4 PDF from the same renderer and font. */
  floorPdfP50Ms: number;
  ratioToFloor: number;
}

/**
 * PDF decision letters rendered per second (docs/scaling.md): the approved grant decisions of the portfolio, each
 * letter built from the stored decision exactly as approval builds it (activity plan table included),
 * but not stored, so the document store's disk does not enter the figure.
 */
export async function benchLetters(db: Db, budget: Budget): Promise<LettersResult> {
  const ids = (
    await queryRows<{ id: string }>(
      db,
      sql`SELECT id FROM decisions WHERE kind = 'grant' AND approved_at IS NOT NULL ORDER BY id LIMIT ${budget.iterations + budget.warmup}`,
    )
  ).map((r) => r.id);
  if (ids.length === 0) throw new Error('the bench portfolio has no approved grant decision to write a letter for');
  const total: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  const letter = async (i: number) => {
    const t0 = performance.now();
    const data = await loadDecisionLetterData(db, ids[i % ids.length]!);
    const t1 = performance.now();
    const pdf = await renderDecisionLetterPdf(data);
    const t2 = performance.now();
    return { all: t2 - t0, render: t2 - t1, bytes: pdf.length };
  };
  for (let i = 0; i < budget.warmup; i++) await letter(i);
  const started = performance.now();
  for (let i = budget.warmup; total.length < budget.iterations; i++) {
    const r = await letter(i);
    total.push(r.all);
    render.push(r.render);
    bytes += r.bytes;
    if (total.length >= Math.min(5, budget.iterations) && performance.now() - started >= budget.seconds * 1000) break;
  }
  const seconds = (performance.now() - started) / 1000;
  total.sort((a, b) => a - b);
  render.sort((a, b) => a - b);
  const floor = await sampleLatency(
    () =>
      renderPdf({
        pageSize: 'A4',
        content: [{ text: 'Beslut om stöd' }],
        defaultStyle: { font: LETTER_FONT },
        info: { creationDate: new Date(0) },
      }),
    budget,
  );
  const p50 = percentile(total, 50);
  return {
    letters: total.length,
    perSecond: round(total.length / seconds, 1),
    p50Ms: round(p50),
    p99Ms: round(percentile(total, 99)),
    renderP50Ms: round(percentile(render, 50)),
    averageBytes: Math.round(bytes / total.length),
    floorPdfP50Ms: floor.p50Ms,
    ratioToFloor: round(p50 / Math.max(floor.p50Ms, 0.001), 1),
  };
}
