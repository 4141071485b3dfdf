import * as s from '../db/schema/index.js';
import * as d from './demo-data.js';
import type { SeedWriter } from './seed-writer.js';
import { demoOrganizationSeats } from './demo-municipalities.js';
import { loadDemoMunicipalities } from './load-demo-municipalities.js';
import { loadDemoFunder, type DemoFunder, type DemoUserSeed } from './load-demo-funder.js';

export { APPEAL_NOTICE, type DemoUserSeed } from './load-demo-funder.js';

/** The reference data every later part of the demo portfolio points to. */
export interface DemoContext extends DemoFunder {
  orgs: Map<string, s.Organization>;
  org: (key: string) => s.Organization;
}

/**
 * The municipalities and organisations of the seed documents, then the demo funder, configured through
 * the same use cases as any funder (load-demo-funder.ts).
 */
export async function loadReferenceData(w: SeedWriter, users: DemoUserSeed[]): Promise<DemoContext> {
  await loadDemoMunicipalities(w);
  const orgs = new Map<string, s.Organization>();
  for (const o of d.organizations) {
    const municipalityCode = demoOrganizationSeats[o.key] ?? null;
    orgs.set(
      o.key,
      await w.insert(
        s.organizations,
        {
          name: o.name,
          orgNumber: o.orgNumber,
          type: o.type,
          municipalityCode,
        },
        'organization',
      ),
    );
  }
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`demo organisation ${key} missing`);
    return found;
  };
  return { orgs, org, ...(await loadDemoFunder(w, org, users)) };
}
