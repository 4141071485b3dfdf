#!/usr/bin/env node
// Entry point of the `bidra` command. Runs the compiled CLI (dist/, made by `npm run build`, which
// `npm install` and `npm start` run); in a checkout that was never built it runs the TypeScript sources.
import { existsSync } from 'node:fs';

const built = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
