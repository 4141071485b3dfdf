import { describe, expect, it } from 'vitest';
import {
  CASE_DOCUMENT_KINDS,
  CASE_DOCUMENT_KIND_LABELS,
  caseDocumentKindLabel,
  documentReference,
  matterDiaryNumber,
  registryCaseId,
} from './case-documents.js';

describe('one matter, one diary number', () => {
  it.each([
    // seed 001: DOVI's amendment request is a document of the project's case REGAC - 317 - 2022
    [
      'a child case shows its parent’s number',
      { diaryNumber: null, parentDiaryNumber: 'REGAC - 317 - 2022', hasParent: true },
      'REGAC - 317 - 2022',
    ],
    [
      'a child case registered before the rule still shows the parent’s number',
      { diaryNumber: 'REGAC - 1 - 2025', parentDiaryNumber: 'REGAC - 317 - 2022', hasParent: true },
      'REGAC - 317 - 2022',
    ],
    [
      'a child case whose parent has no number keeps its own',
      { diaryNumber: 'RUN 2024/3', parentDiaryNumber: null, hasParent: true },
      'RUN 2024/3',
    ],
    [
      'an application shows its own number',
      { diaryNumber: 'REGAC - 317 - 2022', hasParent: false },
      'REGAC - 317 - 2022',
    ],
    ['a draft application has none yet', { diaryNumber: null, hasParent: false }, null],
    [
      'an unregistered child of an unregistered case has none',
      { diaryNumber: null, parentDiaryNumber: null, hasParent: true },
      null,
    ],
  ] as const)('%s', (_name, kase, expected) => {
    expect(matterDiaryNumber(kase)).toBe(expected);
  });

  it('documents are found by the case number and their number within it', () => {
    expect(documentReference('REGAC - 317 - 2022', 7)).toBe('REGAC - 317 - 2022, handling 7');
    expect(documentReference('RUN 2025/12', null)).toBe('RUN 2025/12');
    expect(() => documentReference('RUN 2025/12', 0)).toThrow(RangeError);
    expect(() => documentReference('RUN 2025/12', 1.5)).toThrow(RangeError);
  });

  it('a later matter is registered in its parent case, an application in itself', () => {
    expect(registryCaseId({ id: 'child', parentCaseId: 'parent' })).toBe('parent');
    expect(registryCaseId({ id: 'application', parentCaseId: null })).toBe('application');
  });

  it('every document kind has a Swedish label; an unknown stored kind is shown as stored', () => {
    for (const kind of CASE_DOCUMENT_KINDS) expect(CASE_DOCUMENT_KIND_LABELS[kind]).toMatch(/^[A-ZÅÄÖ]/);
    expect(caseDocumentKindLabel('amendment_request')).toBe('Ändringsbegäran');
    expect(caseDocumentKindLabel('protokollsutdrag')).toBe('protokollsutdrag');
  });
});
