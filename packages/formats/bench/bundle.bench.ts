/**
 * `pnpm bench bundle`: what a web app pays, minified and gzipped, for importing one thing from the
 * packages (esbuild, bundling the way Vite's production build does: ES modules, tree-shaken,
 * browser target). A table per import, with the share of the bytes that `immer` (the edits'
 * drafts and patches) accounts for.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Each row: what a consumer writes. */
const IMPORTS: [string, string][] = [
  ['`createMap` from `@argmap/core`', "import { createMap } from '@argmap/core'; console.log(createMap);"],
  [
    '`parseMap`, `serializeMap`, `addNode`, `apply`, `undo`',
    "import { parseMap, serializeMap, addNode, apply, undo } from '@argmap/core'; console.log(parseMap, serializeMap, addNode, apply, undo);",
  ],
  ['all of `@argmap/core`', "import * as core from '@argmap/core'; console.log(core);"],
  [
    '`evaluate` from `@argmap/core/evaluate`',
    "import { evaluate } from '@argmap/core/evaluate'; console.log(evaluate);",
  ],
  ['all of `@argmap/core/evaluate`', "import * as e from '@argmap/core/evaluate'; console.log(e);"],
  [
    '`layoutMap` from `@argmap/layout`',
    "import { layoutMap } from '@argmap/layout'; console.log(layoutMap);",
  ],
  [
    '`parseArgdown` from `@argmap/formats`',
    "import { parseArgdown } from '@argmap/formats'; console.log(parseArgdown);",
  ],
  [
    '`exportSvg` from `@argmap/formats`',
    "import { exportSvg } from '@argmap/formats'; console.log(exportSvg);",
  ],
  [
    '`findFormat` (the registry: every format)',
    "import { findFormat } from '@argmap/formats'; console.log(findFormat);",
  ],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;

/** The Markdown section for docs/benchmarks.md. */
export default async function run(): Promise<string> {
  const rows: string[] = [];
  for (const [label, contents] of IMPORTS) {
    const result = await build({
      stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzip = gzipSync(code, { level: 9 }).length;
    const share = (name: string) => {
      let bytes = 0;
      const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
      for (const [path, input] of Object.entries(inputs)) {
        if (path.includes(`/node_modules/${name}/`) || path.includes(`/${name}@`))
          bytes += input.bytesInOutput;
      }
      return code.length === 0 ? 0 : Math.round((bytes / code.length) * 100);
    };
    rows.push(`| ${label} | ${kb(code.length)} | ${kb(gzip)} | ${share('immer')}% |`);
  }
  return `## Bundle size per import

What a web app's production bundle grows by when it imports one thing from the packages: esbuild
with bundling, minification and tree-shaking, ES modules for the browser (as Vite builds), from the
packages' sources. **immer** is the share of the minified bytes that come from immer (the edits'
drafts and patches), the core's one runtime dependency. Until the tables' persistent trie became
the core's own \`PersistentMap\` (#20), \`immutable\` could not be tree-shaken and \`createMap\`
alone cost 20.2 KB gzip, 90% of it \`immutable\`; every row here was 17–19 KB gzip heavier. Importing from
the format registry (\`findFormat\`) pulls in every reader and writer; import a format's own
functions (\`parseArgdown\`, \`exportSvg\`) to keep a bundle small.

| import | minified (KB) | gzip (KB) | immer |
|---|---:|---:|---:|
${rows.join('\n')}`;
}
