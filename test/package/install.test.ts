/**
 * The npm package as a user gets it: `npm pack`, installed into an empty project without dev
 * dependencies from the npm registry, then its commands run from that project's node_modules/.bin.
 * Needs the build (`npm run build`) and the npm registry.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { LspClient } from '../helpers/lsp-client.js';

interface PackResult {
    filename: string;
    size: number;
    entryCount: number;
    files: { path: string }[];
}

/** npm run from `npm test` would inherit the outer npm's settings (its prefix among them): start from npm's defaults. */
function npmEnv(): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
    return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: npmEnv() });
    if (result.error) throw result.error;
    return result;
}

function succeed(command: string, args: string[], cwd: string): string {
    const result = run(command, args, cwd);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
    return result.stdout + result.stderr;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

describe('the npm package', () => {
    let dir: string;
    let project: string;
    let bin: string;
    let pack: PackResult;
    let installLog: string;

    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-package-'));
        // The build is npm test's first step: pack what it made, without running it again.
        [pack] = JSON.parse(succeed('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], REPO_ROOT)) as PackResult[];
        project = path.join(dir, 'project');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'ci-project', private: true }));
        fs.cpSync(path.join(REPO_ROOT, 'examples/integrated-routing'), path.join(project, 'deployment'), { recursive: true });
        installLog = succeed('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', path.join(dir, pack.filename)], project);
        bin = path.join(project, 'node_modules/.bin');
    }, 300_000);

    afterAll(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('holds the compiled commands and the docs a user reads, nothing else', () => {
        const files = pack.files.map(f => f.path).sort();
        const outside = files.filter(f => !/^out\/(cli|language|report|server)\/.+\.js$/.test(f));
        expect(outside).toEqual([
            'CHANGELOG.md', 'LICENSE', 'README.md', 'docs/ai.md', 'docs/ci.md', 'docs/decisions.md', 'docs/ece.config.schema.json',
            'docs/editors.md', 'docs/figures.md', 'docs/language.md', 'docs/rules.md', 'docs/security.md', 'docs/vscode.md', 'package.json',
        ]);
        expect(files).toEqual(expect.arrayContaining(['out/cli/main.js', 'out/server/main.js', 'out/language/generated/grammar.js']));
        expect(files.filter(f => /generate-rules-doc|\/client\/|\/test\/|\/bench\//.test(f))).toEqual([]);
        expect(pack.entryCount).toBe(files.length);
        expect(pack.size).toBeLessThan(400_000);
    });

    it('installs without dev dependencies, and no dependency asks to run an install script', () => {
        // Only the package's own `prepare` (the build, for a git clone) is named, because this install
        // is from a file; npm runs no `prepare` of a package from the registry and names none.
        const named = [...installLog.matchAll(/^npm warn install-scripts +(\S+@\S+) \(/gm)].map(m => m[1]);
        expect(named).toEqual([`${manifest.name}@${manifest.version}`]);
        const installed = fs.readdirSync(path.join(project, 'node_modules'));
        expect(installed).toEqual(expect.arrayContaining(['ece-design-as-code', 'langium', 'vscode-languageserver', 'commander']));
        expect(installed).not.toEqual(expect.arrayContaining(['typescript']));
        expect(installed).not.toEqual(expect.arrayContaining(['vitest']));
    });

    it('checks a deployment with the ece command', () => {
        const result = run(path.join(bin, 'ece'), ['check', 'deployment', '--format', 'json'], project);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; code: string; severity: string }[] };
        expect(diagnostics.map(d => `${d.file} ${d.severity} ${d.code}`)).toEqual([
            'deployment/ece.ece info ha/messaging-cluster',
            'deployment/ece.ece info ha/services-server-failover',
            'deployment/ece.ece info ha/database-always-on',
        ]);
        expect(run(path.join(bin, 'ece'), ['--version'], project).stdout.trim()).toBe(manifest.version);
    });

    it('runs as `npx ece-design-as-code check .`', () => {
        const result = run('npx', ['ece-design-as-code', 'check', '.'], path.join(project, 'deployment'));
        expect(result.status).toBe(0);
        expect(result.stdout.trim().split('\n').at(-1)).toBe('1 deployment, 2 files: 0 errors, 0 warnings, 3 info, 0 hints');
    });

    it('draws the report\'s pictures with its own dependencies (Graphviz and Vega)', () => {
        const result = run(path.join(bin, 'ece'), ['report', 'deployment', '--out-dir', 'pictures'], project);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const pictures = fs.readdirSync(path.join(project, 'pictures')).sort();
        expect(pictures).toEqual(['growth.svg', 'routing.svg', 'topology.svg']);
        for (const picture of pictures) {
            expect(fs.readFileSync(path.join(project, 'pictures', picture), 'utf8')).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
        }
    });

    it('starts ece-language-server --stdio and publishes the diagnostics of an opened file', async () => {
        const folder = path.join(project, 'deployment');
        const client = await LspClient.start(folder, { args: [path.join(bin, 'ece-language-server'), '--stdio'] });
        try {
            expect(client.initializeResult!.capabilities).toMatchObject({
                hoverProvider: true, definitionProvider: true, documentFormattingProvider: true, codeActionProvider: true,
                renameProvider: { prepareProvider: true }, inlayHintProvider: { resolveProvider: false },
            });
            const diagnostics = await client.open(path.join(folder, 'ece.ece'));
            expect(diagnostics.map(d => d.code).sort()).toEqual(['ha/database-always-on', 'ha/messaging-cluster', 'ha/services-server-failover']);
        } finally {
            await client.stop();
        }
    });
});
