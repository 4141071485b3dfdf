import { getDocumentProxy, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';

const metadataOf = async (bytes: Buffer) => {
  const { info } = await getMeta(await getDocumentProxy(new Uint8Array(bytes)));
  return info as Record<string, unknown>;
};

describe('the metadata of every rendered document', () => {
  it('names the funder as author, creator and producer, and never the product, even when a definition names it', async () => {
    const bytes = await renderPdf({
      content: ['Protokollsutdrag'],
      info: {
        title: 'Protokollsutdrag 2023-03-01 § 1',
        author: 'Region Västerbotten',
        creator: 'Bidra',
        producer: 'Bidra',
        creationDate: new Date('2023-03-01T00:00:00Z'),
      },
    });
    const info = await metadataOf(bytes);
    expect(info).toMatchObject({
      Author: 'Region Västerbotten',
      Creator: 'Region Västerbotten',
      Producer: 'Region Västerbotten',
    });
    expect(JSON.stringify(info)).not.toMatch(/bidra|pdfmake/i);
  });
});
