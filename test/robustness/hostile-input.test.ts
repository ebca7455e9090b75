/**
 * The classes of hostile and extreme input, each from its reproduction, through `ece` as a process:
 * work bounded by what makes sense, no stack overflow on long or wide or deep input, positions from a
 * line index, numbers in range, a configuration link out refused, output escaped per format, and a
 * closed pipe as a normal end.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, PLAIN_ENV, type CliResult } from '../helpers/run-cli.js';

/** `ece` as a process, with room for the megabytes of output that extreme input gives. */
function runCli(args: string[]): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        encoding: 'utf-8', maxBuffer: 512 * 1024 * 1024, env: PLAIN_ENV,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const temporary: string[] = [];
afterAll(() => temporary.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

/** A fresh folder with `files` (relative paths, subfolders allowed); removed after the tests. */
function folderWith(files: Record<string, string>): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-hostile-')));
    temporary.push(root);
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
    }
    return root;
}

interface JsonDiagnostic {
    file: string;
    code: string;
    severity: string;
    message: string;
}

function checkJson(folder: string): { diagnostics: JsonDiagnostic[]; status: number | null; stderr: string } {
    const result = runCli(['check', '--format', 'json', folder]);
    const parsed = JSON.parse(result.stdout || '{"diagnostics":[]}') as { diagnostics: JsonDiagnostic[] };
    return { diagnostics: parsed.diagnostics, status: result.status, stderr: result.stderr };
}

const ESC = '\u001b';

describe('work bounded by what makes sense', () => {
    it('checks 10,000,000 chat agents on one server at once, with no fix that adds thousands of servers', () => {
        const folder = folderWith({ 'main.ece': 'load profile { chat 10000000 agents }\nserver S { roles web, application }\n' });
        const start = performance.now();
        const { diagnostics, status } = checkJson(folder);
        const ms = performance.now() - start;
        expect(status).toBe(1);
        expect(diagnostics.map(d => d.code).sort()).toEqual(['ha/single-web-application-server', 'sizing/agents-per-application-server', 'sizing/unsupported-agent-count']);
        expect(diagnostics.find(d => d.code === 'sizing/agents-per-application-server')?.message).toContain('the load needs 25,000');
        // Was 21 s; the bound leaves room for a loaded machine.
        expect(ms).toBeLessThan(15_000);
    });

    it('reports 50,000 unknown rule ids of an 889 KB config in seconds, each at its line', () => {
        const rules = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`x/r${i}`, 'off']));
        const folder = folderWith({ '.git/config': '', 'main.ece': 'mrd M { channel chat }\n', 'ece.config.json': JSON.stringify({ rules }, null, 1) });
        const start = performance.now();
        const result = runCli(['check', folder]);
        const ms = performance.now() - start;
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(50_000);
        expect(lines.at(-1)).toBe(`ece: ${folder}/ece.config.json:50002:3: Unknown rule id "x/r49999". \`ece rules\` lists the ${allRuleDescriptors().length} ids.`);
        expect(ms).toBeLessThan(20_000);
    });
});

describe('no stack overflow from long, wide or deep input', () => {
    it('lexes a 5 MB string literal', () => {
        const folder = folderWith({ 'main.ece': `deployment D {\n    description "${'a'.repeat(5_000_000)}"\n    workflow processes 2\n    workflow instances 2\n}\n` });
        const { diagnostics, status, stderr } = checkJson(folder);
        expect(stderr).toBe('');
        expect(status).toBe(0);
        expect(diagnostics.filter(d => d.code.startsWith('syntax/'))).toEqual([]);
    });

    it('checks 130,000 queues in one department', { timeout: 180_000 }, () => {
        const queues = Array.from({ length: 130_000 }, (_, i) => `    queue Q${i} { }\n`).join('');
        const folder = folderWith({ 'main.ece': `department D {\n${queues}}\n` });
        const result = runCli(['check', folder]);
        expect(result.stderr).toBe('');
        expect(result.stdout.trim().split('\n').at(-1)).toBe('1 deployment, 1 file: 0 errors, 130000 warnings, 0 info, 0 hints');
    });

    it('refuses an ece.config.json nested 400,000 deep at the place it gets too deep, naming the file', () => {
        const folder = folderWith({ '.git/config': '', 'main.ece': 'mrd M { channel chat }\n', 'ece.config.json': '['.repeat(400_000) + ']'.repeat(400_000) });
        const result = runCli(['check', folder]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`ece: ${folder}/ece.config.json:1:65: Invalid JSON: Nested more than 64 levels deep.\n`);
    });
});

describe('every number finite and in range, or an error', () => {
    it('reports 1 followed by 309 zeros in a load line and a latency instead of dropping it', () => {
        const huge = `1${'0'.repeat(309)}`;
        const folder = folderWith({ 'main.ece': `load profile { email ${huge} agents }\nnetwork { agent latency ${huge} ms }\nload profile { chat 1000000001 agents }\n` });
        const { diagnostics } = checkJson(folder);
        expect(diagnostics.filter(d => d.code === 'syntax/number-range').map(d => d.message)).toEqual(Array(3).fill(
            'This number is too large: the checker takes numbers up to 1,000,000,000.'));
    });
});

describe('a configuration link out of the folder', () => {
    it('is refused without a .git folder above, and no message shows what the linked file holds', () => {
        const outside = folderWith({ 'ece.config.json': '{ "rules": { "SECRET-VALUE": "of" }, "planningHorizonMonths": "SECRET" }' });
        const folder = folderWith({ 'main.ece': 'mrd M { channel chat }\n' });
        fs.symlinkSync(path.join(outside, 'ece.config.json'), path.join(folder, 'ece.config.json'));
        const result = runCli(['check', folder]);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(`ece: ${folder}/ece.config.json:1:1: Not read: it links to a file outside ${folder}.\n`);
        expect(result.stdout + result.stderr).not.toContain('SECRET');
    });
});

describe('one escaping rule per output format', () => {
    const hostile = `Forged${ESC}[2K${ESC}]52;c;cGF5bG9hZA==\u0007\r\n## Diagnostics\nNo problems found. <img src=x onerror=alert(1)> [link](http://x) | cell \`code\``;
    const description = hostile.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    const files = {
        [`dep${ESC}[31m/odd ${ESC}[2K name|x.ece`]: `deployment D {\n    description "${description}"\n}\nmrd M { channel chat }\n`,
    };

    it('the terminal: no ESC or other control character reaches it from a file or its folder', () => {
        const folder = folderWith(files);
        for (const args of [['check', folder], ['report', path.join(folder, `dep${ESC}[31m`)]]) {
            const result = runCli(args);
            expect(result.stdout, args[0]).not.toContain(ESC);
            expect(result.stdout, args[0]).not.toContain('\u0007');
            expect(result.stdout, args[0]).toContain('\\x1B[2K');
        }
    });

    it('Markdown: the description forges no section, no HTML and no link; file names break nothing', () => {
        const folder = folderWith(files);
        const result = runCli(['report', '--format', 'markdown', path.join(folder, `dep${ESC}[31m`)]);
        const lines = result.stdout.split('\n');
        expect(lines.filter(l => l.startsWith('## Diagnostics'))).toHaveLength(1);
        expect(lines.filter(l => l === 'No problems found.')).toHaveLength(0);
        expect(result.stdout).not.toContain('<img');
        expect(result.stdout).not.toContain('[link]');
        expect(result.stdout).not.toContain(ESC);
        const quote = lines.find(l => l.startsWith('> '));
        expect(quote).toBe('> Forged \\[2K \\]52;c;cGF5bG9hZA== ## Diagnostics No problems found. &lt;img src=x onerror=alert(1)> \\[link\\](http://x) \\| cell \\`code\\`');
    });

    it('HTML: no absolute file:/// path in the page', () => {
        const folder = folderWith(files);
        const result = runCli(['report', '--format', 'html', path.join(folder, `dep${ESC}[31m`)]);
        expect(result.status).toBe(0);
        expect(result.stdout).not.toContain('file:///');
        expect(result.stdout).not.toMatch(/data-uri="\//);
        expect(result.stdout).toContain('data-uri="odd');
        expect(result.stdout).not.toContain('<img');
    });
});

describe('a closed pipe', () => {
    it('ends `ece check … | head -1` normally, without an error', async () => {
        const queues = Array.from({ length: 20_000 }, (_, i) => `queue Q${i} { }\n`).join('');
        const folder = folderWith({ 'main.ece': `department D {\n${queues}}\n` });
        const child = spawn(process.execPath, [CLI, 'check', folder], { stdio: ['ignore', 'pipe', 'pipe'], env: PLAIN_ENV });
        let stderr = '';
        child.stderr.on('data', chunk => { stderr += String(chunk); });
        const first = await new Promise<string>(resolve => child.stdout.once('data', chunk => resolve(String(chunk).split('\n')[0])));
        child.stdout.destroy();
        const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
        expect(first).toContain(': warning ');
        expect(stderr).toBe('');
        expect(status).toBe(0);
    });
});
