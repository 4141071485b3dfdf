import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from '../../src/server/paths.js';

/** The published 360Giving schema, as committed with the tests (a copy of shared/standards/360giving). */
const SCHEMA_DIR = path.join(projectRoot(), 'tests', 'fixtures', 'standards', '360giving');
// The package schema refers to the grant schema by its 1.4.2 URL, the grant schema calls itself 1.4.3
// (shared/standards/360giving/README.md): the validator is given the grant schema under the URL used.
const GRANT_SCHEMA_URL =
  'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json';

export const readStandardSchema = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;

/**
 * A validator of a 360Giving data package. The schemas are JSON Schema draft 2020-12, hence Ajv2020;
 * formats (date-time, uri) are checked for real, because the schema's `oneOf` of date forms only works
 * when they are. The schema's own annotation keywords (codelist, rollUp …) are not validation rules.
 */
export function threeSixtyGivingValidator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // ajv-formats is CommonJS; under NodeNext its plugin is the `default` of what the import gives.
  addFormats.default(ajv);
  const { $id: _id, ...grant } = draft2020(readStandardSchema('360-giving-schema.json'));
  ajv.addSchema(grant, GRANT_SCHEMA_URL);
  return ajv.compile(draft2020(readStandardSchema('360-giving-package-schema.json')));
}

/**
 * The schemas name their draft as `http://json-schema.org/draft/2020-12/schema`, while the draft's
 * meta-schema is `https://…`: the same draft, spelt so that Ajv finds its meta-schema and checks the
 * schema against it too.
 */
function draft2020(schema: Record<string, unknown>): Record<string, unknown> {
  if (schema.$schema !== 'http://json-schema.org/draft/2020-12/schema') {
    throw new Error(`expected a JSON Schema draft 2020-12 schema, got ${String(schema.$schema)}`);
  }
  return { ...schema, $schema: 'https://json-schema.org/draft/2020-12/schema' };
}

/** The errors of a failed validation, one line each, for a readable test failure. */
export const validationErrors = (validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CSV rows as records keyed by the header row. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(text);
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}
