// `npm run lint:deps` (part of `npm test`): fails when two server modules import each other, directly or
// through other modules. A module is a folder src/server/modules/<name>; importing across modules is
// allowed one way only, so the modules form a layered graph and each can be read (and tested) on top of
// the ones it uses. dependency-cruiser finds cycles between files; a cycle between folders (a.ts → b/x.ts,
// b/y.ts → a/z.ts) is not one, so this script folds the files it cruised into their modules and looks for
// cycles there. Tests and testing/ folders are left out: a test may import anything.
//
// A kind of decision whose rules live in another module (an amendment's checks, a closure's effects) is
// handed to the decisions module by the app rather than imported by it (decisions/decision-kinds.ts); a
// module's routes are registered by the app, not by another module (src/server/app.ts).
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const MODULE = /^src\/server\/modules\/([^/]+)\//;
const IS_TEST = /\.test\.tsx?$|(^|\/)testing\//;

const moduleOf = (path: string): string | undefined => (IS_TEST.test(path) ? undefined : MODULE.exec(path)?.[1]);

/** Module → modules it imports, with one file-level import as evidence for each edge. */
export function moduleGraph(result: ICruiseResult): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of result.modules) {
    const from = moduleOf(file.source);
    if (from === undefined) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const dependency of file.dependencies) {
      const to = moduleOf(dependency.resolved);
      if (to === undefined || to === from || edges.has(to)) continue;
      edges.set(to, `${file.source} → ${dependency.resolved}`);
    }
  }
  return graph;
}

/** The strongly connected components with more than one module (Tarjan). */
export function moduleCycles(graph: Map<string, Map<string, string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node)?.keys() ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

async function main(): Promise<void> {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const { output } = await cruise(['src/server/modules'], { ...options, validate: false }, undefined, {
    tsConfig: extractTSConfig('tsconfig.json'),
  });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  const graph = moduleGraph(output);
  const cycles = moduleCycles(graph);
  if (cycles.length === 0) {
    console.log(`✔ no cycles between the ${graph.size} modules of src/server/modules`);
    return;
  }
  for (const cycle of cycles) {
    console.error(`✘ modules that import each other: ${cycle.join(', ')}`);
    for (const from of cycle)
      for (const [to, evidence] of graph.get(from) ?? [])
        if (cycle.includes(to)) console.error(`    ${from} → ${to}  (${evidence})`);
  }
  process.exitCode = 1;
}

await main();
