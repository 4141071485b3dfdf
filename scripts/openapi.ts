// Writes Bidra's OpenAPI document (docs/domain/public-contracts.md, "The OpenAPI document") to a file:
// builds the app on an empty in-memory database without listening and asks it for its document.
//   node --import tsx scripts/openapi.ts [out]      (default dist/openapi.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../src/server/app.js';
import { openPglite } from '../src/server/db/client.js';

/** The document as createApp serves it at /api/openapi.json, as formatted JSON. */
export async function openapiDocument(): Promise<string> {
  const database = await openPglite(null);
  try {
    const app = await createApp({ database, clock: { now: () => new Date() }, logLevel: false });
    try {
      return `${JSON.stringify(app.swagger(), null, 2)}\n`;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const root = path.resolve(import.meta.dirname, '..');
  const out = path.resolve(root, process.argv[2] ?? 'dist/openapi.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, await openapiDocument());
  console.log(`OpenAPI document written to ${path.relative(root, out)}`);
}
