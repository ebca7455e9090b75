/**
 * The integration suite's entry, run inside VS Code's extension host: by @vscode/test-electron as its
 * `extensionTestsPath` (`run()`), or by the test-runner extension in code-server (`run(configPath)`).
 * Results go to a JSON file for the launcher, and the returned promise rejects when a test failed.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { CONFIG_ENV, setConfig } from './config.js';

export interface TestResult {
    title: string;
    state: 'passed' | 'failed';
    durationMs: number;
    error?: string;
}

export interface SuiteResults {
    passed: number;
    failed: number;
    durationMs: number;
    tests: TestResult[];
}

export async function run(configPath = process.env[CONFIG_ENV]): Promise<SuiteResults> {
    if (!configPath) throw new Error(`Set ${CONFIG_ENV} to the suite's configuration file`);
    const config = setConfig(configPath);
    const started = Date.now();
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
    // Defines describe/it before the suite files below are evaluated (esbuild keeps dynamic imports lazy).
    mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
    await import('./diagnostics.suite.js');
    await import('./hover.suite.js');
    await import('./status-bar.suite.js');
    await import('./report.suite.js');
    await import('./quick-fix.suite.js');
    await import('./restart.suite.js');
    await import('./mcp.suite.js');

    const tests: TestResult[] = [];
    const results = await new Promise<SuiteResults>(resolve => {
        const runner = mocha.run(() => resolve({
            passed: tests.filter(t => t.state === 'passed').length,
            failed: tests.filter(t => t.state === 'failed').length,
            durationMs: Date.now() - started,
            tests,
        }));
        runner.on('pass', test => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
        runner.on('fail', (test, error: Error) => tests.push({
            title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message,
        }));
    });
    writeFileSync(config.resultsFile, JSON.stringify(results, null, 2));
    if (results.failed > 0) throw new Error(`${results.failed} of ${results.tests.length} tests failed`);
    return results;
}
