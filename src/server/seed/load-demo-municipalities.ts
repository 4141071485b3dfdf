import * as s from '../db/schema/index.js';
import { demoMunicipalities, demoProjectMunicipalities } from './demo-municipalities.js';
import type { SeedWriter } from './seed-writer.js';

/** The municipalities the demo portfolio refers to (reference data, before any organisation). */
export async function loadDemoMunicipalities(w: SeedWriter): Promise<void> {
  for (const m of demoMunicipalities) {
    await w.insert(s.municipalities, { code: m.code, name: m.name, county: m.county }, 'municipality');
  }
}

/** Which municipalities each demo project covers; one audit event per project. */
export async function loadDemoProjectMunicipalities(w: SeedWriter, projectIds: Map<string, string>): Promise<void> {
  for (const [key, projectId] of projectIds) {
    const codes = demoProjectMunicipalities[key];
    if (!codes || codes.length === 0) continue;
    await w.tx
      .insert(s.projectMunicipalities)
      .values(codes.map((municipalityCode) => ({ projectId, municipalityCode })));
    await w.audit('project.municipalities_set', 'project', projectId, { municipalityCodes: codes });
  }
}
