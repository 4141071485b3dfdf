import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../server/paths.js';
import { LETTER_FONT, pdfText, renderPdf } from '../server/documents/pdf.js';
import { extractDocument } from './extract-document.js';
import { findAmounts, findDates } from './extract/values.js';
import { GENRE_EXTRACTORS } from './genres/index.js';
import { readDocumentFile, ReadFileError } from './read-file.js';
import { normaliseText } from './text.js';

const SEEDS = path.join(projectRoot(), 'tests', 'fixtures', 'import', 'seeds');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bidra-read-file-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/**
 * A text as a PDF, line for line. Long lines are cut at spaces into lines of their own (pdfmake would
 * otherwise also break after a hyphen, inside a date); normalised text joins lines with a space, so the
 * values survive exactly as a real PDF's wrapped lines do.
 */
async function textToPdf(text: string): Promise<Buffer> {
  const content: Content[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    for (const chunk of cutAtSpaces(line, 100)) content.push({ text: pdfText(chunk) || ' ', noWrap: true });
  }
  return renderPdf({
    content,
    defaultStyle: { font: LETTER_FONT, fontSize: 8 },
    pageMargins: [20, 20, 20, 20],
    info: { creationDate: new Date('2026-01-01T00:00:00Z') },
  });
}

function cutAtSpaces(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const at = rest.lastIndexOf(' ', width);
    const cut = at > 0 ? at : width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

const amounts = (text: string) => findAmounts(normaliseText(text).flat).map((a) => a.value.ore);
const dates = (text: string) => findDates(normaliseText(text).flat).map((d) => d.value);

describe('reading a legacy document from a file', () => {
  it('reads every seed text back from a PDF made of it, with the same amounts and dates', async () => {
    const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      const original = await readFile(path.join(SEEDS, seed), 'utf8');
      const file = path.join(dir, seed.replace(/\.txt$/, '.pdf'));
      await writeFile(file, await textToPdf(original));

      const read = await readDocumentFile(file);
      expect(read.mediaType).toBe('application/pdf');
      expect(amounts(read.text), seed).toEqual(amounts(original));
      expect(dates(read.text), seed).toEqual(dates(original));
      expect(amounts(original).length + dates(original).length, seed).toBeGreaterThan(0);
      // The whole extraction, not only the values: the PDF is read as the same document.
      const fromText = extractDocument(seed, original, GENRE_EXTRACTORS);
      const fromPdf = extractDocument(seed, read.text, GENRE_EXTRACTORS);
      expect(fromPdf.genre, seed).toBe(fromText.genre);
      expect(
        fromPdf.projects.map(({ activities, ...p }) => ({ ...p, activities: activities.length })),
        seed,
      ).toEqual(fromText.projects.map(({ activities, ...p }) => ({ ...p, activities: activities.length })));
      expect(fromPdf.allocation, seed).toEqual(fromText.allocation);
      expect(fromPdf.headlineTotalSek, seed).toBe(fromText.headlineTotalSek);
      expect(fromPdf.recipients, seed).toEqual(fromText.recipients);
    }
  }, 60_000);

  it('turns a page break into a line break', async () => {
    const file = path.join(dir, 'two-pages.pdf');
    await writeFile(
      file,
      await renderPdf({
        content: [{ text: 'Beviljas 5 505 389 kr' }, { text: '2024-02-01', pageBreak: 'before' }],
        defaultStyle: { font: LETTER_FONT },
      }),
    );
    const { text } = await readDocumentFile(file);
    expect(normaliseText(text).lines).toEqual(['Beviljas 5 505 389 kr', '2024-02-01']);
  });

  it('reads a text file as UTF-8 without its byte-order mark', async () => {
    const file = path.join(dir, 'beslut.txt');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Västerbotten 745 tkr\n')]));
    const read = await readDocumentFile(file);
    expect(read.text).toBe('Västerbotten 745 tkr\n');
    expect(read.mediaType).toBe('text/plain; charset=utf-8');
    expect(read.bytes[0]).toBe(0xef); // the original bytes are kept as they were, to be stored
  });

  it('says clearly, in Swedish and English, that a file is missing, a directory or not a PDF', async () => {
    const missing = path.join(dir, 'finns-inte.pdf');
    await expect(readDocumentFile(missing)).rejects.toThrow(ReadFileError);
    await expect(readDocumentFile(missing)).rejects.toThrow(/filen finns inte \/ file not found/);
    await expect(readDocumentFile(dir)).rejects.toThrow(/är ingen fil \/ is not a file/);
    const fake = path.join(dir, 'trasig.pdf');
    await writeFile(fake, 'inte en pdf');
    await expect(readDocumentFile(fake)).rejects.toThrow(/cannot read the text of the PDF/);
  });
});
