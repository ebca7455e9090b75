// Bundles the extension for VS Code: the client and the language server, each into one CommonJS file
// under dist/ (VS Code loads extensions with require; Langium's ESM bundles into CJS cleanly).
// `node client/bundle.mjs --production` minifies and drops source maps, as `npm run package` does.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/** VS Code 1.82 runs extensions on Node 18. */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    // CJS has no import.meta: code that reads it would break in the bundle, so refuse to build it.
    logOverride: { 'empty-import-meta': 'error' },
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/client/extension.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server/main.cjs' }),
]);
