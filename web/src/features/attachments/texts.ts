import { useI18n } from '../../i18n.js';

/** Texts of the attachments panel, Swedish first. */
const sv = {
  title: 'Bilagor',
  required: 'Bilagor som utlysningen kräver',
  present: 'Bifogad',
  missing: 'Saknas',
  missingError: (title: string) => `Bilagan ”${title}” saknas.`,
  files: 'Bifogade filer',
  noFiles: 'Inga filer är bifogade.',
  name: 'Fil',
  kind: 'Slag',
  size: 'Storlek',
  added: 'Tillagd',
  status: 'Status',
  removed: (who: string | null) => `Borttagen${who ? ` av ${who}` : ''}`,
  active: 'Bifogad',
  remove: (name: string) => `Ta bort ${name}`,
  removeShort: 'Ta bort',
  chooseFile: 'Välj fil',
  chooseFileFor: (title: string) => `Välj fil för ${title}`,
  hint: (limit: string) =>
    `Högst ${limit}. Godtagna slag: PDF, bilder (PNG, JPEG, GIF, TIFF, WebP, HEIC), Word, Excel, PowerPoint, OpenDocument, text och CSV. Slaget avgörs av filens innehåll, inte av namnet.`,
  upload: 'Ladda upp',
  uploadFor: (title: string) => `Ladda upp ${title}`,
  uploading: (name: string, percent: number) => `Laddar upp ${name} … ${percent} %`,
  uploaded: (name: string) => `${name} är uppladdad.`,
  removedNotice: (name: string) => `${name} är borttagen.`,
  noFileChosen: 'Välj en fil att ladda upp.',
  tooLarge: (limit: string) => `Filen är för stor. En bilaga får vara högst ${limit}.`,
  errorTitle: 'Filen kunde inte laddas upp',
  loadError: 'Bilagorna kunde inte hämtas.',
  error: 'Något gick fel. Försök igen.',
  readOnly: 'Bilagorna kan inte ändras nu.',
  addedBy: (who: string, when: string) => `${who}, ${when}`,
  download: (name: string) => `Hämta ${name}`,
};
type Texts = typeof sv;

const en: Texts = {
  title: 'Attachments',
  required: 'Attachments the call requires',
  present: 'Attached',
  missing: 'Missing',
  missingError: (title) => `The attachment “${title}” is missing.`,
  files: 'Attached files',
  noFiles: 'No files are attached.',
  name: 'File',
  kind: 'Kind',
  size: 'Size',
  added: 'Added',
  status: 'Status',
  removed: (who) => `Removed${who ? ` by ${who}` : ''}`,
  active: 'Attached',
  remove: (name) => `Remove ${name}`,
  removeShort: 'Remove',
  chooseFile: 'Choose a file',
  chooseFileFor: (title) => `Choose a file for ${title}`,
  hint: (limit) =>
    `At most ${limit}. Accepted kinds: PDF, images (PNG, JPEG, GIF, TIFF, WebP, HEIC), Word, Excel, PowerPoint, OpenDocument, text and CSV. The kind is decided by the file's content, not its name.`,
  upload: 'Upload',
  uploadFor: (title) => `Upload ${title}`,
  uploading: (name, percent) => `Uploading ${name} … ${percent} %`,
  uploaded: (name) => `${name} has been uploaded.`,
  removedNotice: (name) => `${name} has been removed.`,
  noFileChosen: 'Choose a file to upload.',
  tooLarge: (limit) => `The file is too large. An attachment may be at most ${limit}.`,
  errorTitle: 'The file could not be uploaded',
  loadError: 'The attachments could not be loaded.',
  error: 'Something went wrong. Try again.',
  readOnly: 'The attachments cannot be changed now.',
  addedBy: (who, when) => `${who}, ${when}`,
  download: (name) => `Download ${name}`,
};

export const useAttachmentTexts = (): Texts => (useI18n().lang === 'en' ? en : sv);

/** A size as people read it: "12 kB", "1,4 MB". */
export function formatSize(bytes: number, lang: 'sv' | 'en'): string {
  const fmt = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} kB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
