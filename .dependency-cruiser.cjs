// The layering of Bidra, checked by `npm run lint:deps` (part of `npm test`); ARCHITECTURE.md, "Layering,
// checked by npm test", states the same rules in words. Cycles between server modules (folders under
// src/server/modules) are checked by scripts/check-module-cycles.ts, run by the same script: the tool
// sees cycles between files, not between folders.

// Tests and their helpers may reach for anything: a test sets up data through the server, the importer or
// the database however it needs.
const testFiles = ['\\.test\\.tsx?$', '(^|/)testing/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain holds every business rule once, pure: no I/O, no clock, no framework. The server, the CLI, ' +
        'the importer and the web app all import it, so it must import nothing of theirs (nor node built-ins or ' +
        'packages), or the web app would bundle server code and the rules would stop being testable alone.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: testFiles },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'routes-do-not-query',
      comment:
        'Routes are thin: validate, check the caller, call the use case, serialise. Queries belong in a ' +
        'repository and writes in a use case (one transaction with its audit event), so a route never ' +
        'touches the schema or drizzle-orm.',
      severity: 'error',
      from: { path: '^src/server/modules/.+\\.routes\\.ts$' },
      to: { path: ['^src/server/db/schema/', '(^|/)node_modules/drizzle-orm/'] },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle between files makes the load order depend on which file is imported first (a value may be ' +
        'undefined when read) and means the two files are one unit in disguise. Cycles closed by a type-only ' +
        'import vanish at run time and are allowed, and so are the Drizzle tables in src/server/db/schema, ' +
        'whose foreign keys name each other lazily (`references(() => …)`). Cycles between modules are ' +
        'checked by scripts/check-module-cycles.ts.',
      severity: 'error',
      from: { pathNot: '^src/server/db/schema/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'import-extraction-is-pure',
      comment:
        "The importer's extraction (text → facts and warnings) is pure and runs without a database: it may use " +
        'the domain, never the server. Writing an import is the server’s job (src/server/modules/imports), ' +
        'which imports src/import, not the other way round.',
      severity: 'error',
      from: { path: '^src/import/', pathNot: testFiles },
      to: { path: '^src/server/' },
    },
    {
      name: 'web-does-not-import-server',
      comment:
        'The web app runs in the browser and talks to the server over HTTP only. It may import src/domain ' +
        '(the same rules for its live checks and labels) but never src/server, whose code would end up in ' +
        'the bundle or fail to build there.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
