import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, CREATED_ENTITIES, NAMED_AUDIT_ACTIONS } from './audit-actions.js';

// Every event of the audit trail reads as words on a case's timeline. appendAudit takes only an action of
// the catalogue (the compiler holds the call sites to it); this test reads the sources as well, so an
// action written some other way (a string built at run time) cannot slip past without a label.
const root = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe('the labels of the audit trail', () => {
  it('name every action the server records, in Swedish and English', () => {
    const written = new Set<string>();
    for (const file of [...sourceFiles(path.join(root, 'server')), ...sourceFiles(path.join(root, 'cli'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/action:\s*'([a-z_]+\.[a-z_]+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\.audit\(\s*'([a-z_]+\.[a-z_]+)'/g)) written.add(m[1]!);
    }
    expect(written.size).toBeGreaterThan(50);
    const unlabelled = [...written].filter((a) => auditActionLabel(a) === null);
    expect(unlabelled).toEqual([]);
  });

  it('have a label for every record the seed and the importer create', () => {
    for (const entity of Object.keys(CREATED_ENTITIES)) {
      const label = auditActionLabel(`${entity}.created`);
      expect(label?.sv, entity).toMatch(/registrera(d|t)$/);
      expect(label?.en, entity).toMatch(/recorded$/);
    }
  });

  it('never show a code as a label, and no two actions read the same', () => {
    const seen = new Map<string, string>();
    for (const action of NAMED_AUDIT_ACTIONS) {
      const label = auditActionLabel(action)!;
      for (const text of [label.sv, label.en]) {
        expect(text, action).not.toMatch(/[._]/);
        expect(text.length, action).toBeGreaterThan(2);
      }
      expect(seen.get(label.sv), `${action} reads as ${seen.get(label.sv)}`).toBeUndefined();
      seen.set(label.sv, action);
    }
  });

  it('give no label to a code that is not an action', () => {
    for (const code of ['', 'case', 'case.unknown_thing', 'nothing.created', 'CASE.CREATED', '__proto__.created']) {
      expect(auditActionLabel(code), code).toBeNull();
    }
  });
});
