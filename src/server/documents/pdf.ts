// PDF rendering for every document Bidra writes: pdfmake 0.3 with fonts read from node_modules, and
// no way for a document definition to reach the network or the file system.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
// Roboto ships with pdfmake and covers Swedish and the Sami letters (ŋ đ ŧ) of northern names, which the
// PDF standard fonts' WinAnsi encoding cannot print.
const ROBOTO_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;
export const LETTER_FONT = 'Roboto';

interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Buffer): void;
}
// Not in @types/pdfmake for Node, but part of pdfmake 0.3's server build: fonts put here are read from
// memory, so the access policies below can refuse every path and URL.
const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;

let fontsLoaded = false;
function fonts(): TFontDictionary {
  const vfsName = (file: string) => `bidra-fonts/${file}`;
  if (!fontsLoaded) {
    for (const file of Object.values(FONT_FILES)) {
      if (!virtualfs.existsSync(vfsName(file))) {
        virtualfs.writeFileSync(vfsName(file), readFileSync(path.join(ROBOTO_DIR, file)));
      }
    }
    fontsLoaded = true;
  }
  // A fresh dictionary per document: pdfmake writes resolved names back into the one it is given.
  return {
    [LETTER_FONT]: {
      normal: vfsName(FONT_FILES.normal),
      bold: vfsName(FONT_FILES.bold),
      italics: vfsName(FONT_FILES.italics),
      bolditalics: vfsName(FONT_FILES.bolditalics),
    },
  };
}

/** Roboto has no narrow no-break space (U+202F), which Intl emits in some formats: use U+00A0. */
export const pdfText = (s: string): string => s.replace(/\u202f/g, '\u00a0');

// A run of words joined by non-breaking spaces: an amount ("5 505 389 kr,") or a period ("2024-02-01 -
// 2027-01-31"). pdfmake would still break such a run after its hyphen, so it is set as one unbreakable unit.
const GLUED_RUN = /[^ \t\n\u00a0]+(?:\u00a0[^ \t\n\u00a0]+)+/g;

/** Text with its glued runs kept on one line. */
export function pdfInline(raw: string): string | Content[] {
  const text = pdfText(raw);
  const parts: Content[] = [];
  let last = 0;
  for (const m of text.matchAll(GLUED_RUN)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ text: m[0], noWrap: true });
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Stored text as paragraphs: separated by blank lines; a single line break stays a line break. */
export const pdfParagraphs = (text: string, style: string): Content[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: pdfInline(p), style }));

/**
 * Renders a document definition to PDF bytes. Deterministic when the definition fixes `info.creationDate`:
 * pdfkit derives the file ID from the info dictionary, and font subsets are named from the font.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // pdfmake is a process-wide singleton; set everything immediately before createPdf, which reads it
  // synchronously, so another module's settings can never leak into this document.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts(fonts());
  return pdfmake.createPdf(withIssuerMetadata(definition)).getBuffer();
}

/**
 * Every document Bidra writes is the funder's document: its metadata names the funder (the author) as
 * creator and producer, never a software product — a decision letter or minutes extract is a legal
 * text, and neither its pages nor its properties name the system that printed it.
 */
export function withIssuerMetadata(definition: TDocumentDefinitions): TDocumentDefinitions {
  const issuer = definition.info?.author ?? '';
  return { ...definition, info: { ...definition.info, creator: issuer, producer: issuer } };
}
