import { describe, expect, it } from 'vitest';
import { extractionSchema } from '../import/contract.js';
import { extractDocument } from '../import/extract-document.js';
import { GENRE_EXTRACTORS } from '../import/genres/index.js';
import { benchImport } from './import-bench.js';
import { generateLegacyDocuments } from './legacy-documents.js';

describe('the synthetic legacy documents of the benchmark', () => {
  it('are the same on every run', () => {
    expect(generateLegacyDocuments(20)).toEqual(generateLegacyDocuments(20));
  });

  it('are each read as the genre they were written in, with a valid extraction', () => {
    for (const d of generateLegacyDocuments(140)) {
      const extraction = extractDocument(d.name, d.text, GENRE_EXTRACTORS);
      expect(extraction.genre, d.text).toBe(d.genre);
      expect(() => extractionSchema.parse(extraction)).not.toThrow();
    }
  });

  it('reports what the benchmark measured', () => {
    const result = benchImport(21);
    expect(result.documents).toBe(21);
    expect(Object.values(result.genres).reduce((a, b) => a + b, 0)).toBe(21);
    expect(result.genres.unknown).toBeUndefined();
  });
});
