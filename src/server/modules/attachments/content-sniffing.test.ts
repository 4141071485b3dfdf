import { describe, expect, it } from 'vitest';
import { kindLabel, sniffContent } from './content-sniffing.js';
import { samples } from './testing/sample-files.js';

describe('what kind of file an attachment is, from its bytes', () => {
  it.each([
    ['a PDF', samples.pdf(), 'application/pdf'],
    ['a PNG image', samples.png(), 'image/png'],
    ['a JPEG image', samples.jpeg(), 'image/jpeg'],
    ['a Word document', samples.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an OpenDocument text', samples.odt(), 'application/vnd.oasis.opendocument.text'],
    ['a HEIC photo', samples.heic(), 'image/heic'],
    ['a legacy Word document', samples.cfbOf('WordDocument'), 'application/msword'],
    ['a legacy Excel workbook', samples.cfbOf('Workbook'), 'application/vnd.ms-excel'],
    ['a legacy PowerPoint file', samples.cfbOf('PowerPoint Document'), 'application/vnd.ms-powerpoint'],
    ['plain Swedish text', samples.text(), 'text/plain'],
    ['a semicolon-separated table', samples.csv(), 'text/csv'],
    ['a comma-separated table with a quoted comma', Buffer.from('a,b\n"1,5",2\n'), 'text/csv'],
  ])('recognises %s', async (_name, bytes, mediaType) => {
    expect((await sniffContent(bytes))?.mediaType).toBe(mediaType);
  });

  it.each([
    ['a Windows program', samples.exe()],
    ['a zip archive', samples.zip()],
    ['a Word document with macros', samples.docm()],
    ['an HTML page with a script', samples.html()],
    ['an SVG image with a script', samples.svg()],
    ['an XML document', Buffer.from('<?xml version="1.0"?><a/>')],
    ['a Windows installer (a compound file without an Office stream)', samples.cfbOf(null)],
    ['text with a NUL byte', Buffer.from('hej\0då')],
    ['text with an escape character', Buffer.from('hej \u001b[31m röd')],
    ['bytes that are not UTF-8', Buffer.from([0x68, 0x65, 0xe5, 0x0a])],
    ['a page that starts with markup', Buffer.from('  <div onclick="x()">klicka</div>')],
  ])('refuses %s', async (_name, bytes) => {
    expect(await sniffContent(bytes)).toBeNull();
  });

  it('names the stored kinds the way people do', () => {
    expect(kindLabel('application/pdf')).toBe('PDF');
    expect(kindLabel('application/vnd.ms-excel')).toBe('Excel (XLS)');
    expect(kindLabel('text/csv')).toBe('CSV');
  });
});
