/**
 * Neovim (Debian's package, 0.7.2 here) as the LSP client: headless, with no user configuration,
 * it starts `out/server/main.js --stdio`, opens an example file and asks for a hover. The test fails
 * when nvim is missing: test/prerequisites.sh, the first step of npm test, installs it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { checkFolder, REPO_ROOT } from '../helpers/check-folder.js';
import { hoverText, positionOf, SERVER_MAIN } from '../helpers/lsp-client.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const SCRIPT = path.join(REPO_ROOT, 'test/server/neovim/headless-client.lua');
const MISTAKES = path.join(REPO_ROOT, 'examples/mistakes');

interface NeovimResult {
    diagnostics?: Diagnostic[];
    hover?: Hover | null;
    error?: string;
}

/** A fresh home and XDG folders, so no user configuration or state takes part. */
function isolatedHome(): { home: string; env: Record<string, string> } {
    const home = makeTempFolder('ece-nvim-');
    const env: Record<string, string> = { HOME: home, NVIM_LOG_FILE: path.join(home, 'nvim.log') };
    for (const name of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR']) {
        env[name] = path.join(home, name);
        fs.mkdirSync(env[name]);
    }
    return { home, env };
}

function runNeovim(file: string, hoverAt: { line: number; character: number }): { status: number | null; result: NeovimResult; stderr: string } {
    const { env: isolated } = isolatedHome();
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
        cwd: path.dirname(file),
        encoding: 'utf8',
        timeout: 60_000,
        env: {
            ...process.env, ...isolated,
            ECE_FILE: file, ECE_ROOT: path.dirname(file), ECE_SERVER: SERVER_MAIN,
            ECE_HOVER_LINE: String(hoverAt.line), ECE_HOVER_CHARACTER: String(hoverAt.character),
        },
    });
    const line = (run.stdout ?? '').split('\n').find(l => l.startsWith('{'));
    return { status: run.status, result: line ? (JSON.parse(line) as NeovimResult) : { error: `no result; stdout: ${run.stdout}` }, stderr: run.stderr ?? '' };
}

describe('Neovim as the client', () => {
    it('is installed (Debian package neovim, as test/prerequisites.sh installs it)', () => {
        const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
        expect(version.error, 'nvim is not installed: run `bash test/prerequisites.sh` as root (or `apt-get install -y neovim`)').toBeUndefined();
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

    it("works with the Neovim 0.7 set-up that docs/editors.md shows", () => {
        const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs/editors.md'), 'utf8');
        const section = docs.slice(docs.indexOf('### Neovim 0.7'));
        const snippet = /```lua\n([\s\S]*?)```/.exec(section)![1];
        expect(snippet).toContain("cmd = { 'ece-language-server', '--stdio' }");
        const { env } = isolatedHome();
        fs.mkdirSync(path.join(env.XDG_CONFIG_HOME, 'nvim'));
        // The documented configuration as init.lua, with the server run from this build, then a report.
        fs.writeFileSync(path.join(env.XDG_CONFIG_HOME, 'nvim', 'init.lua'), snippet.replace("'ece-language-server', '--stdio'", `'node', ${JSON.stringify(SERVER_MAIN)}, '--stdio'`) + `
vim.defer_fn(function()
  local count = 0
  vim.wait(20000, function() count = #vim.diagnostic.get(0); return count > 0 end, 20)
  io.stdout:write(vim.fn.json_encode({ clients = #vim.lsp.buf_get_clients(0), filetype = vim.bo.filetype, diagnostics = count }) .. '\\n')
  io.stdout:flush()
  vim.lsp.stop_client(vim.lsp.get_active_clients())
  vim.wait(3000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
  vim.cmd('qall!')
end, 10)
`);
        const run = spawnSync('nvim', ['--headless', '-i', 'NONE', '-n', 'ece.ece'], { cwd: MISTAKES, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
        const line = (run.stdout ?? '').split('\n').find(l => l.startsWith('{'));
        expect(line, run.stderr).toBeDefined();
        const report = JSON.parse(line!) as { clients: number; filetype: string; diagnostics: number };
        expect(report).toMatchObject({ clients: 1, filetype: 'ece' });
        expect(report.diagnostics).toBeGreaterThan(5);
    });
});
