/**
 * `ece check --fix` and `--fix-dry-run` as a process: every quick-fix applied until nothing changes,
 * idempotent, written by rename (a new inode, no temporary file left), never onto a file with syntax
 * errors; the dry run prints a unified diff and writes nothing.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const MISTAKES = path.join(REPO_ROOT, 'examples/mistakes');
const temporary: string[] = [];
afterEach(() => temporary.splice(0).forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

function copyMistakes(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-fix-')));
    temporary.push(dir);
    for (const name of fs.readdirSync(MISTAKES)) fs.copyFileSync(path.join(MISTAKES, name), path.join(dir, name));
    return dir;
}

function snapshot(dir: string): Record<string, { text: string; inode: number }> {
    return Object.fromEntries(fs.readdirSync(dir).map(name => {
        const file = path.join(dir, name);
        return [name, { text: fs.readFileSync(file, 'utf8'), inode: fs.statSync(file).ino }];
    }));
}

const FIXABLE = ['ha/load-balancer-health-check', 'ha/load-balancer-sticky-sessions', 'routing/email-mrd-interruptible',
    'sizing/agents-per-application-server', 'sizing/topology-below-configuration', 'sizing/workflow-processes'];

interface CheckJson {
    diagnostics: { code: string }[];
}

describe('ece check --fix', { timeout: 240_000 }, () => {
    it('--fix-dry-run prints a unified diff of every fix and writes nothing', () => {
        const dir = copyMistakes();
        const before = snapshot(dir);
        const result = runCli(['check', '.', '--fix-dry-run'], dir);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^--- a\/ece\.ece\n\+\+\+ b\/ece\.ece\n@@ -1,6 \+1,7 @@\n/);
        expect(result.stdout).toContain('-    workflow processes 1\n+    workflow processes 2\n+    workflow instances 2\n');
        expect(result.stdout).toContain('--- a/ucce.ece\n+++ b/ucce.ece\n');
        expect(result.stdout).toContain('-    non-interruptible                 // email MRDs are always interruptible\n');
        // The missing servers are added once, though two rules ask for them.
        expect(result.stdout.match(/^\+server ECE_APP_2 \{$/gm)).toHaveLength(1);
        expect(snapshot(dir)).toEqual(before);
    });

    it('applies every fix until nothing changes, by rename, and a second run changes nothing', () => {
        const dir = copyMistakes();
        const before = snapshot(dir);
        const codes = (json: CheckJson) => json.diagnostics.map(d => d.code);
        expect(codes(runCliJson<CheckJson>(['check', '.', '--format', 'json'], dir))).toEqual(expect.arrayContaining(FIXABLE));
        const dryRun = runCli(['check', '.', '--fix-dry-run'], dir).stdout;

        const fixed = runCli(['check', '.', '--fix', '--format', 'json'], dir);
        expect(fixed.stderr).toMatch(/^ece: applied \d+ quick-fixes in 2 files\n$/);
        const remaining = codes(JSON.parse(fixed.stdout) as CheckJson);
        expect(remaining.filter(code => FIXABLE.includes(code))).toEqual([]);
        expect(remaining.filter(code => code.startsWith('syntax/') || code.startsWith('naming/'))).toEqual([]);
        const after = snapshot(dir);
        // Only the two files, each replaced whole by a rename: a new inode, no temporary file beside it.
        expect(Object.keys(after).sort()).toEqual(['ece.ece', 'ucce.ece']);
        for (const name of Object.keys(after)) {
            expect(after[name].text).not.toBe(before[name].text);
            expect(after[name].inode).not.toBe(before[name].inode);
        }
        // What the dry run showed is what was written.
        expect(dryRun).toContain('+    health check\n');
        expect(after['ece.ece'].text).toContain('    sticky sessions cookie\n    health check\n');

        const again = runCli(['check', '.', '--fix'], dir);
        expect(again.stderr).toBe('ece: applied 0 quick-fixes in 0 files\n');
        expect(snapshot(dir)).toEqual(after);
        expect(runCli(['check', '.', '--fix-dry-run'], dir).stdout).toBe('');
    });

    it('leaves a deployment with syntax errors alone and says why', () => {
        const dir = copyMistakes();
        fs.appendFileSync(path.join(dir, 'ucce.ece'), '\nmrd Broken {\n');
        const before = snapshot(dir);
        const result = runCli(['check', '.', '--fix'], dir);
        expect(result.stderr).toBe(`ece: .: not fixed: it has syntax errors; fix them first\nece: applied 0 quick-fixes in 0 files\n`);
        expect(result.status).toBe(1);
        expect(snapshot(dir)).toEqual(before);
    });
});
