import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';

/*
 * Reading a legacy document from disk: the bytes (kept, so the import can store the original) and its
 * text. A PDF is read page by page with unpdf and the pages joined by a line break, so a page break is a
 * line break as in the seed texts; anything else is read as UTF-8 text.
 */

export interface ReadDocument {
  /** The path as given. */
  file: string;
  bytes: Buffer;
  mediaType: string;
  text: string;
}

/** A file that could not be read, with a message in Swedish and English; the other files go on. */
export class ReadFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'not_found' | 'not_a_file' | 'unreadable' | 'bad_pdf',
    detail: string,
  ) {
    super(`${file}: ${READ_ERROR_MESSAGES[reason]}${detail ? ` (${detail})` : ''}`);
    this.name = 'ReadFileError';
  }
}

const READ_ERROR_MESSAGES: Record<ReadFileError['reason'], string> = {
  not_found: 'filen finns inte / file not found',
  not_a_file: 'är ingen fil / is not a file',
  unreadable: 'kan inte läsa filen / cannot read the file',
  bad_pdf: 'kan inte läsa texten i PDF-filen / cannot read the text of the PDF',
};

export const isPdf = (file: string): boolean => path.extname(file).toLowerCase() === '.pdf';

export async function readDocumentFile(file: string): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') throw new ReadFileError(file, 'not_found', '');
    if (code === 'EISDIR') throw new ReadFileError(file, 'not_a_file', '');
    throw new ReadFileError(file, 'unreadable', code ?? (error instanceof Error ? error.message : String(error)));
  }
  const pdf = isPdf(file);
  return {
    file,
    bytes,
    mediaType: pdf ? 'application/pdf' : 'text/plain; charset=utf-8',
    text: pdf ? await pdfText(file, bytes) : utf8Text(bytes),
  };
}

/** UTF-8 without its byte-order mark. */
export const utf8Text = (bytes: Buffer): string => bytes.toString('utf8').replace(/^\ufeff/, '');

/** The text of every page, pages joined by a line break. */
export async function pdfText(file: string, bytes: Buffer): Promise<string> {
  try {
    // pdf.js may detach the buffer it is given: give it a copy. Verbosity 0: its warnings ("Indexing all
    // PDF objects") would land in the middle of the CLI's progress bar; errors still throw.
    const proxy = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(proxy, { mergePages: false });
    return text.join('\n');
  } catch (error) {
    throw new ReadFileError(file, 'bad_pdf', error instanceof Error ? error.message : String(error));
  }
}
