import { describe, expect, it } from 'vitest';
import { funderPrefix, grantIdentifier, grantLocalId, organizationIdentifier, orgIdOfNumber } from './identifiers.js';

const region = { id: '7d0c…', orgNumber: '232100-0222' };

describe('identifiers in open data', () => {
  it('names a public body (group 2, not in Bolagsverket’s register) by SE-ON, a company by SE-BLV', () => {
    expect(organizationIdentifier(region, funderPrefix(region))).toBe('SE-ON-232100-0222');
    expect(orgIdOfNumber('202100-5026')).toBe('SE-ON-202100-5026'); // Tillväxtverket, a state agency
    expect(orgIdOfNumber('212000-2627')).toBe('SE-ON-212000-2627'); // a municipality
    expect(orgIdOfNumber('802001-5015')).toBe('SE-ON-802001-5015'); // a foundation or non-profit association
    expect(orgIdOfNumber('556016-0680')).toBe('SE-BLV-5560160680'); // an aktiebolag
    expect(orgIdOfNumber('769600-1234')).toBe('SE-BLV-7696001234'); // an economic association
  });

  it('names an organisation without a number under the funder’s prefix', () => {
    expect(organizationIdentifier({ id: 'abc', orgNumber: null }, funderPrefix(region))).toBe(
      '360G-SE-ON-232100-0222-ORG-abc',
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
      '360G-SE-ON-232100-0222-d-1',
    );
  });
});
