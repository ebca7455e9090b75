/**
 * A test-only extension for code-server: on startup it runs the integration suite (test/vscode/suite)
 * in this extension host, as @vscode/test-electron's `extensionTestsPath` would, and leaves the
 * results in the file its configuration names. The launcher (test/vscode/code-server.ts) installs it
 * beside the packaged ECE extension with `runner-config.json` next to this file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

interface RunnerConfig {
    /** The bundled suite (test/vscode/out/suite.cjs). */
    suite: string;
    /** Its configuration file, which also names the results file. */
    suiteConfig: string;
    resultsFile: string;
}

interface Suite {
    run(configPath: string): Promise<unknown>;
}

export function activate(): void {
    const config = JSON.parse(readFileSync(path.join(__dirname, 'runner-config.json'), 'utf8')) as RunnerConfig;
    // Once per run: the UI tests reload the window afterwards, which activates this extension again.
    if (existsSync(config.resultsFile)) return;
    // The suite runs after activation returns, so that VS Code finishes starting up meanwhile.
    setTimeout(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const suite = require(config.suite) as Suite;
        suite.run(config.suiteConfig).catch((error: unknown) => {
            // A failed test has already written its results; anything else is reported here.
            const message = error instanceof Error ? error.stack ?? error.message : String(error);
            console.error(`ECE suite: ${message}`);
            try {
                readFileSync(config.resultsFile);
            } catch {
                writeFileSync(config.resultsFile, JSON.stringify({
                    passed: 0, failed: 1, durationMs: 0, tests: [{ title: 'the suite could not run', state: 'failed', durationMs: 0, error: message }],
                }));
            }
        });
    }, 0);
}

export function deactivate(): void {}
