// The web app's types for the API, generated from the OpenAPI document (docs/domain/public-contracts.md,
// "The OpenAPI document") by openapi-typescript into web/src/api/schema.d.ts.
//   node --import tsx scripts/api-types.ts           writes the file (npm run api:types)
//   node --import tsx scripts/api-types.ts --check   fails when the committed file is out of date (npm run api:check)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openapiDocument } from './openapi.js';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'web/src/api/schema.d.ts');

async function generate(): Promise<string> {
  const ast = await openapiTS(JSON.parse(await openapiDocument()) as Parameters<typeof openapiTS>[0]);
  const source = `${COMMENT_HEADER}/* eslint-disable */\n// Regenerate with \`npm run api:types\` after changing a route's schema.\n\n${astToString(ast)}`;
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(source, { ...options, filepath: target });
}

const generated = await generate();
if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    console.error(
      `${path.relative(root, target)} does not match the OpenAPI document. Run \`npm run api:types\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log('The web client types match the OpenAPI document.');
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, generated);
  console.log(`Types written to ${path.relative(root, target)}`);
}
