// Bundles what runs inside VS Code for the tests: the Mocha suite (with Mocha in it) and the
// test-runner extension for code-server, plus the @vscode/test-electron launcher.
import * as esbuild from 'esbuild';

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    logLevel: 'warning',
    // Mocha's parallel mode resolves worker files at run time; the suite runs serially.
    logOverride: { 'require-resolve-not-external': 'silent' },
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: 'test/vscode/out/suite.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['test/vscode/runner/extension.ts'], outfile: 'test/vscode/out/runner/extension.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['test/vscode/run-electron.ts'], outfile: 'test/vscode/out/run-electron.cjs', packages: 'external' }),
]);
