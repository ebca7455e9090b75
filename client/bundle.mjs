// Bundles the extension for VS Code: the client, the language server and the MCP server (`ece mcp`), each
// into one CommonJS file under dist/ (VS Code loads extensions with require; Langium's ESM bundles into CJS cleanly).
// `node client/bundle.mjs --production` minifies and drops source maps, as `npm run package` does;
// `--outdir=DIR` writes DIR/client/extension.cjs, DIR/server/main.cjs and DIR/mcp/main.cjs instead (the tests use it).
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const outdir = process.argv.find(arg => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

/**
 * The report's pictures (language/report) load Graphviz and Vega by dynamic import; two of their
 * ESM files do not fit a CJS bundle, so the bundle takes the files that do (and jsonc-parser's ESM
 * build rather than its UMD one):
 * - @viz-js/viz: its ESM build reads `import.meta.url` (emscripten's script path, unused: the WASM
 *   is inlined as base64), so take its CJS build, the package's `require` export;
 * - vega-canvas: its Node build tries `await import('canvas')` at the top level (node-canvas, which
 *   we do not install, so it finds nothing); its browser build is the same code without that import
 *   and returns no canvas outside a browser, as the Node build does without node-canvas. Vega then
 *   lays text out by its own estimate, as `ece report` does.
 */
const reportLibraries = {
    name: 'report-libraries',
    setup(build) {
        const again = { again: true };
        build.onResolve({ filter: /^@viz-js\/viz$/ }, async args => {
            if (args.pluginData === again) return undefined;
            const resolved = await build.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, pluginData: again });
            return { path: resolved.path, errors: resolved.errors, warnings: resolved.warnings };
        });
        // jsonc-parser's `main` is a UMD file whose requires esbuild cannot follow; its ESM build bundles cleanly.
        build.onResolve({ filter: /^jsonc-parser$/ }, async args => {
            if (args.pluginData === again) return undefined;
            const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: again });
            return { path: resolved.path.replace(/lib[\\/]umd[\\/]main\.js$/, path.join('lib', 'esm', 'main.js')), errors: resolved.errors, warnings: resolved.warnings };
        });
        build.onResolve({ filter: /^vega-canvas$/ }, async args => {
            if (args.pluginData === again) return undefined;
            const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: again });
            return { path: resolved.path.replace(/vega-canvas\.node\.js$/, 'vega-canvas.browser.js'), errors: resolved.errors, warnings: resolved.warnings };
        });
    },
};

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

/**
 * The MCP server finds its package (its version, the docs it serves) from its own file's URL; in a CJS
 * bundle that URL is the bundle's, given by `__filename`.
 */
const mcp = {
    ...common,
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

const builds = [
    { ...common, entryPoints: ['client/extension.ts'], outfile: 'dist/client/extension.cjs', external: ['vscode'] },
    { ...common, entryPoints: ['server/main.ts'], outfile: 'dist/server/main.cjs', plugins: [reportLibraries] },
    { ...mcp, entryPoints: ['cli/mcp/main.ts'], outfile: 'dist/mcp/main.cjs', plugins: [reportLibraries] },
];
await Promise.all(builds.map(options => esbuild.build({ ...options, outfile: path.join(outdir, path.relative('dist', options.outfile)) })));
