/**
 * Neovim (Debian's package, 0.7.2 here) as the LSP client: headless, with no user configuration,
 * it starts `out/server/main.js --stdio`, opens an example file and asks for a hover. The test fails
 * when nvim is missing: .ci/run installs it (`apt-get install neovim`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { checkFolder, REPO_ROOT } from '../helpers/check-folder.js';
import { hoverText, positionOf, SERVER_MAIN } from '../helpers/lsp-client.js';

const SCRIPT = path.join(REPO_ROOT, 'test/server/neovim/headless-client.lua');
const MISTAKES = path.join(REPO_ROOT, 'examples/mistakes');

interface NeovimResult {
    diagnostics?: Diagnostic[];
    hover?: Hover | null;
    error?: string;
}

function runNeovim(file: string, hoverAt: { line: number; character: number }): { status: number | null; result: NeovimResult; stderr: string } {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-nvim-'));
    const xdg: Record<string, string> = {};
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR']) {
        xdg[name] = path.join(home, name);
        fs.mkdirSync(xdg[name]);
    }
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
        cwd: path.dirname(file),
        encoding: 'utf8',
        timeout: 60_000,
        env: {
            ...process.env, ...xdg, HOME: home, NVIM_LOG_FILE: path.join(home, 'nvim.log'),
            ECE_FILE: file, ECE_ROOT: path.dirname(file), ECE_SERVER: SERVER_MAIN,
            ECE_HOVER_LINE: String(hoverAt.line), ECE_HOVER_CHARACTER: String(hoverAt.character),
        },
    });
    const line = (run.stdout ?? '').split('\n').find(l => l.startsWith('{'));
    return { status: run.status, result: line ? (JSON.parse(line) as NeovimResult) : { error: `no result; stdout: ${run.stdout}` }, stderr: run.stderr ?? '' };
}

describe('Neovim as the client', () => {
    it('is installed (Debian package neovim, as .ci/run installs it)', () => {
        const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
        expect(version.error, 'nvim is not installed: run `apt-get install -y neovim` (see .ci/run)').toBeUndefined();
        expect(version.stdout).toMatch(/^NVIM v\d+\.\d+/);
    });

    it('receives the diagnostics of an example file and a hover with the computed sizing', async () => {
        const file = path.join(MISTAKES, 'ece.ece');
        const text = fs.readFileSync(file, 'utf8');
        const expected = await checkFolder(MISTAKES);
        const own = expected.diagnostics.filter(d => d.file === 'ece.ece');
        const deployment = expected.analysis.deployment.declaration!;
        const { status, result, stderr } = runNeovim(file, positionOf(text, `deployment ${deployment.name}`, 'deployment '.length + 1));
        expect(result.error, stderr).toBeUndefined();
        expect(status).toBe(0);
        // The same diagnostics as the checker finds, by rule id and place.
        const key = (d: Diagnostic) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;
        expect(result.diagnostics!.map(key).sort()).toEqual(own.map(key).sort());
        expect(result.diagnostics!.length).toBeGreaterThan(5);
        const hover = hoverText(result.hover ?? null);
        expect(hover).toContain(`### Deployment \`${deployment.name}\``);
        expect(hover).toContain(`| Total | ${expected.analysis.sizing.standardizedAgents.total} |`);
        expect(hover).toContain(`${expected.analysis.sizing.configuration.name} configuration`);
    });
});
