// Bundles the extension into one file with esbuild: vscode stays external, everything else is inlined,
// so the packaged extension ships no node_modules. `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

await esbuild.build({
  // The check worker is its own file: the extension starts it as a worker thread next to itself.
  entryPoints: { extension: 'src/extension/extension.ts', checkWorker: 'src/worker/checkWorker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
});
