/**
 * Runs the same integration suite in VS Code desktop through @vscode/test-electron, wherever VS Code
 * can be downloaded (not on machines without that network: there `npm run test:vscode` uses code-server).
 * `npm run test:electron` bundles everything first.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import type { SuiteConfig } from './suite/config.js';
import { CONFIG_ENV } from './suite/config.js';
import type { SuiteResults } from './suite/index.js';

const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ece-electron-'));
    const workspace = path.join(dir, 'workspace');
    cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
    const config: SuiteConfig = { cli: path.join(ROOT, 'out/cli/main.js'), resultsFile: path.join(dir, 'results.json') };
    const configPath = path.join(dir, 'suite-config.json');
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    try {
        await runTests({
            version: process.env.VSCODE_VERSION ?? 'stable',
            extensionDevelopmentPath: ROOT,
            extensionTestsPath: path.join(ROOT, 'test/vscode/out/suite.cjs'),
            extensionTestsEnv: { [CONFIG_ENV]: configPath },
            launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
        });
    } finally {
        if (existsSync(config.resultsFile)) {
            const results = JSON.parse(readFileSync(config.resultsFile, 'utf8')) as SuiteResults;
            console.log(`${results.passed} passed, ${results.failed} failed`);
        }
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
