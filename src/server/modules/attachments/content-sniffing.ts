import { fileTypeFromBuffer } from 'file-type';

/**
 * What a file IS, decided from its bytes and never from its name or the type the browser claims: a file
 * renamed from .exe to .pdf must not be stored (or served) as a PDF. Only kinds people send as documents
 * are accepted; anything that can carry scripts (HTML, SVG, XML) or other files (zip, installers) is not.
 */

export interface SniffedKind {
  mediaType: string;
  /** How people name the kind, in the list of attachments and in messages. */
  label: string;
}

/** The kinds file-type recognises by signature that we accept, by the media type it reports. */
const BINARY_KINDS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'image/heif': 'HEIC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (PPTX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument-text (ODT)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument-kalkylblad (ODS)',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument-presentation (ODP)',
};

/*
 * A compound file (CFB) is the container of legacy Office files, but also of Windows installers (.msi).
 * The Office programs name their main stream in the container's directory (UTF-16LE), so that decides.
 */
const CFB_STREAMS: readonly { stream: string; mediaType: string; label: string }[] = [
  { stream: 'WordDocument', mediaType: 'application/msword', label: 'Word (DOC)' },
  { stream: 'Workbook', mediaType: 'application/vnd.ms-excel', label: 'Excel (XLS)' },
  { stream: 'Book', mediaType: 'application/vnd.ms-excel', label: 'Excel (XLS)' },
  { stream: 'PowerPoint Document', mediaType: 'application/vnd.ms-powerpoint', label: 'PowerPoint (PPT)' },
];

function legacyOfficeKind(bytes: Buffer): SniffedKind | null {
  for (const c of CFB_STREAMS) {
    if (bytes.includes(Buffer.from(c.stream, 'utf16le'))) return { mediaType: c.mediaType, label: c.label };
  }
  return null;
}

/** Every accepted kind, for the 415 answer and the hint beside the file input. */
export const ACCEPTED_KINDS = {
  sv: 'PDF, bilder (PNG, JPEG, GIF, TIFF, WebP, HEIC), Word, Excel och PowerPoint (DOCX, XLSX, PPTX, DOC, XLS, PPT), OpenDocument (ODT, ODS, ODP) samt vanlig text och CSV',
  en: 'PDF, images (PNG, JPEG, GIF, TIFF, WebP, HEIC), Word, Excel and PowerPoint (DOCX, XLSX, PPTX, DOC, XLS, PPT), OpenDocument (ODT, ODS, ODP) and plain text and CSV',
} as const;

// Control characters other than tab, line feed, carriage return and form feed; C1 controls too.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u;
// Markup a browser or viewer could run scripts from, even if served as text it is not a "text attachment".
const MARKUP = /^\s*<|<\s*(?:script|html|svg|iframe|object|embed|body|\?xml|!doctype)\b/iu;

/** Plain text: valid UTF-8, no NUL or other control characters, and not markup. */
function asText(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  if (CONTROL.test(text) || MARKUP.test(text)) return null;
  return text;
}

/** The delimiter that splits every line of the text into the same number (>1) of fields, if any. */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const fieldsOf = (line: string, delimiter: string) => {
    let n = 1;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted) n += 1;
    }
    return n;
  };
  return [';', ',', '\t'].some((d) => {
    const first = fieldsOf(lines[0]!, d);
    return first > 1 && lines.every((l) => fieldsOf(l, d) === first);
  });
}

/** The accepted kind of the bytes, or null when they are not one we take (answer 415). */
export async function sniffContent(bytes: Buffer): Promise<SniffedKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (detected.mime === 'application/x-cfb') return legacyOfficeKind(bytes);
    const label = BINARY_KINDS[detected.mime];
    return label ? { mediaType: detected.mime, label } : null;
  }
  const text = asText(bytes);
  if (text === null) return null;
  return looksLikeCsv(text) ? { mediaType: 'text/csv', label: 'CSV' } : { mediaType: 'text/plain', label: 'Text' };
}

/** The label of a stored media type, for lists (the same words as when it was sniffed). */
export function kindLabel(mediaType: string): string {
  if (mediaType === 'text/csv') return 'CSV';
  if (mediaType === 'text/plain') return 'Text';
  return (
    BINARY_KINDS[mediaType] ?? CFB_STREAMS.find((c) => c.mediaType === mediaType)?.label ?? mediaType.split('/')[1]!
  );
}
