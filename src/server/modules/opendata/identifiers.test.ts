import { describe, expect, it } from 'vitest';
import { funderPrefix, grantIdentifier, grantLocalId, organizationIdentifier } from './identifiers.js';

const region = { id: '7d0c…', orgNumber: '232100-0222' };

describe('identifiers in open data', () => {
  it('names an organisation by the SE-BLV scheme, or under the funder’s prefix without a number', () => {
    expect(organizationIdentifier(region, funderPrefix(region))).toBe('SE-BLV-2321000222');
    expect(organizationIdentifier({ id: 'abc', orgNumber: null }, funderPrefix(region))).toBe(
      '360G-SE-BLV-2321000222-ORG-abc',
    );
    expect(funderPrefix({ id: 'f1', orgNumber: null })).toBe('360G-BIDRA-f1');
  });

  it.each([
    ['REGAC - 317 - 2022', 'REGAC-317-2022'],
    ['RUN 2023/145', 'RUN-2023-145'],
    ['RUN/73/2018', 'RUN-73-2018'],
    ['  RUN 2023/9 ', 'RUN-2023-9'],
  ])('makes the diary number %j the local id %j', (diary, local) => {
    expect(grantLocalId(diary, 'decision-id')).toBe(local);
  });

  it('falls back to the grant decision’s id without a diary number', () => {
    expect(grantLocalId(null, 'd-1')).toBe('d-1');
    expect(grantIdentifier({ funder: region, diaryNumber: null, grantDecisionId: 'd-1' })).toBe(
      '360G-SE-BLV-2321000222-d-1',
    );
  });
});
