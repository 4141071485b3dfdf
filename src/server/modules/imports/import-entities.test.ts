import { describe, expect, it } from 'vitest';
import { EXTERNAL_CASE_SYSTEM, externalCaseSystem, organizationTypeOf } from './import-entities.js';

describe('externalCaseSystem', () => {
  it.each([
    [
      'the seed amendment: "Nyps 20359783" in the reporting section',
      'Ärendeid:  20359783\n…\nNyps 20359783',
      'NYPS 2020',
    ],
    ['named before the id, across a line break', 'Ärende-ID i NYPS 2020:\n20359783', 'NYPS 2020'],
    ['Min ansökan', 'Ärendenummer i Min ansökan: 20359783', 'Min ansökan'],
    ['no system named', 'Ärendeid: 20359783', EXTERNAL_CASE_SYSTEM],
    [
      'a system named far from the id is not its system',
      `NYPS ${'x'.repeat(80)} Ärendeid: 20359783`,
      EXTERNAL_CASE_SYSTEM,
    ],
    ['no text', null, EXTERNAL_CASE_SYSTEM],
  ])('%s', (_label, text, system) => {
    expect(externalCaseSystem(text, '20359783')).toBe(system);
  });
});

describe('organizationTypeOf', () => {
  it.each([
    ['Region Västerbotten', 'region'],
    ['Bräcke kommun', 'municipality'],
    ['Umeå universitet', 'university'],
    ['Mittuniversitetet', 'university'],
    ['Handelskammarens Service, AC län AB', 'company'],
    ['Föreningen Norrlandsnätverket', 'other'],
  ] as const)('%s is a %s', (name, type) => {
    expect(organizationTypeOf(name)).toBe(type);
  });
});
