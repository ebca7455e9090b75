/**
 * What the language server and `ece check` touch, observed from inside the real process: each is run
 * with io-spy.cjs preloaded, which logs every file opened or read, every folder listed, and every
 * network connection, DNS lookup or child process attempted. The workspace holds deployments next
 * to files that must never be read: other files, hidden and node_modules `.ece` files, an `.ece` link
 * and an `ece.config.json` link to files outside the workspace. docs/security.md states the promise.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { fileUri, hoverText, LspClient, positionOf, SERVER_MAIN } from '../helpers/lsp-client.js';
import { errorText, startMcp, structured } from '../helpers/mcp-client.js';
import { CLI } from '../helpers/run-cli.js';

const SPY = path.join(REPO_ROOT, 'test/robustness/io-spy.cjs');
const EXAMPLE = path.join(REPO_ROOT, 'examples/integrated-routing');

interface Access {
    op: 'read' | 'list' | 'write' | 'network' | 'process';
    target: string;
}

const temporary: string[] = [];
afterAll(() => temporary.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(prefix: string): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    temporary.push(dir);
    return dir;
}

/** A workspace with two deployments and every kind of file the tools must leave alone; and a folder outside it. */
function workspace(): { root: string; outside: string } {
    const root = tempDir('ece-security-');
    const outside = tempDir('ece-outside-');
    fs.writeFileSync(path.join(outside, 'stolen.ece'), 'mrd Stolen_MRD { channel chat }\n');
    fs.writeFileSync(path.join(outside, 'ece.config.json'), '{ "rules": {} }\n');
    const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    };
    for (const name of fs.readdirSync(EXAMPLE)) write(`routing/${name}`, fs.readFileSync(path.join(EXAMPLE, name), 'utf8'));
    write('routing/ece.config.json', '{ "rules": { "ha/no-load-balancer": "off" } }\n');
    write('routing/notes.txt', 'not for the checker\n');
    write('routing/.hidden.ece', 'mrd Hidden_MRD { channel chat }\n');
    write('routing/secrets.json', '{ "password": "x" }\n');
    fs.symlinkSync(path.join(outside, 'stolen.ece'), path.join(root, 'routing/linked.ece'));
    write('lab/main.ece', 'deployment Lab { workflow processes 2 workflow instances 2 }\nmrd Chat_MRD { channel chat }\n');
    fs.symlinkSync(path.join(outside, 'ece.config.json'), path.join(root, 'lab/ece.config.json'));
    write('node_modules/some-package/index.ece', 'mrd Package_MRD { channel chat }\n');
    write('.git/config', '[core]\n');
    return { root, outside };
}

function accesses(log: string): Access[] {
    return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map(line => JSON.parse(line) as Access) : [];
}

function pathOf(target: string): string {
    return target.startsWith('file:') ? new URL(target).pathname : target;
}

/**
 * Reads of the process: inside the workspace, only deployments' `.ece` files and ece.config.json; elsewhere only our own
 * code and its packages, and the `ownFiles` named (the MCP server's references in docs/).
 */
function expectOnlyAllowedAccess(all: Access[], root: string, outside: string, ownFiles: string[] = []): string[] {
    const reads = all.filter(a => a.op === 'read' && !a.target.startsWith('fd:')).map(a => path.resolve(pathOf(a.target)));
    const inWorkspace = reads.filter(p => p.startsWith(`${root}/`));
    for (const file of inWorkspace) {
        const relative = path.relative(root, file);
        expect(relative.endsWith('.ece') || path.basename(relative) === 'ece.config.json', `read ${relative}`).toBe(true);
        expect(relative.split('/').some(part => part.startsWith('.') || part === 'node_modules'), `read ${relative}`).toBe(false);
        expect(relative, 'read through a link out of the workspace').not.toBe('routing/linked.ece');
        expect(relative, 'read through a link out of the workspace').not.toBe('lab/ece.config.json');
    }
    expect(reads.filter(p => p.startsWith(`${outside}/`))).toEqual([]);
    const elsewhere = reads.filter(p => !p.startsWith(`${root}/`));
    expect(elsewhere.filter(p => !p.startsWith(`${REPO_ROOT}/node_modules/`) && !p.startsWith(`${REPO_ROOT}/out/`) && p !== path.join(REPO_ROOT, 'package.json')
        && !ownFiles.includes(p))).toEqual([]);
    expect(all.filter(a => a.op === 'list').map(a => path.resolve(pathOf(a.target))).filter(p => p !== root && !p.startsWith(`${root}/`))).toEqual([]);
    expect(all.filter(a => a.op === 'network' || a.op === 'process')).toEqual([]);
    return [...new Set(inWorkspace.map(p => path.relative(root, p)))].sort();
}

describe('what the tools read and do', () => {
    it('the language server reads only the workspace\'s .ece files and ece.config.json, through no link out of it, and opens no connection', async () => {
        const { root, outside } = workspace();
        const log = path.join(tempDir('ece-io-log-'), 'io.jsonl');
        process.env.ECE_IO_LOG = log;
        const client = await LspClient.start(root, { args: ['--require', SPY, SERVER_MAIN, '--stdio'] });
        delete process.env.ECE_IO_LOG;
        try {
            const ucce = path.join(root, 'routing/ucce.ece');
            const text = fs.readFileSync(ucce, 'utf8');
            const diagnostics = await client.open(ucce, text);
            // Every feature a user touches: figures, completion, formatting, code actions (which read ece.config.json), the report.
            expect(hoverText(await client.hover(ucce, positionOf(text, 'Email_MRD')))).toContain('Email_MRD');
            await client.completion(ucce, positionOf(text, 'Email_MRD', 0, 1));
            await client.formatting(ucce);
            await client.codeActions(ucce, { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }, diagnostics);
            await client.semanticTokens(ucce);
            for (const method of ['ece/deploymentSummary', 'ece/report', 'ece/reportHtml']) {
                await client.connection.sendRequest(method, { uri: fileUri(ucce) });
            }
            const lab = path.join(root, 'lab/main.ece');
            const labDiagnostics = await client.open(lab, fs.readFileSync(lab, 'utf8'));
            expect(labDiagnostics.map(d => d.message).join('\n')).not.toContain('Stolen');
        } finally {
            await client.stop();
        }
        const read = expectOnlyAllowedAccess(accesses(log), root, outside);
        // It did read the deployments and their configuration (an opened file's text comes from the editor).
        expect(read).toEqual(expect.arrayContaining(['routing/ece.config.json', 'routing/ece.ece']));
    }, 60_000);

    it('ece check reads only the deployments\' .ece files and ece.config.json, refuses links out of the folder, and opens no connection', () => {
        const { root, outside } = workspace();
        const check = () => {
            const log = path.join(tempDir('ece-io-log-'), 'io.jsonl');
            const result = spawnSync(process.execPath, ['--require', SPY, CLI, 'check', root, '--format', 'json'], {
                cwd: root, encoding: 'utf8', env: { ...process.env, ECE_IO_LOG: log, NO_COLOR: '1' },
            });
            return { ...result, read: expectOnlyAllowedAccess(accesses(log), root, outside) };
        };
        const refused = check();
        expect(refused.status).toBe(2);
        expect(refused.stderr).toBe(`ece: ${path.join(root, 'routing/linked.ece')}: a symbolic link; ece reads only regular files, so that a deployment never takes in a file from elsewhere\n`);
        fs.unlinkSync(path.join(root, 'routing/linked.ece'));
        const linkedConfig = check();
        // The configuration link is reported as a problem of the configuration, unread.
        expect(linkedConfig.status).toBe(2);
        expect(linkedConfig.stderr).toContain(`${path.join(root, 'lab/ece.config.json')}:1:1: Not read: it links to a file outside`);
        fs.unlinkSync(path.join(root, 'lab/ece.config.json'));
        const checked = check();
        expect(checked.stderr).toBe('');
        expect(JSON.parse(checked.stdout).summary).toMatchObject({ deployments: 2, files: 3 });
        expect(checked.read).toEqual(['lab/main.ece', 'routing/ece.config.json', 'routing/ece.ece', 'routing/ucce.ece']);
    }, 60_000);

    it('ece diff --base reads the revision from the repository\'s objects: no process, no connection, nothing written', () => {
        const { root, outside } = workspace();
        fs.unlinkSync(path.join(root, 'routing/linked.ece'));
        fs.unlinkSync(path.join(root, 'lab/ece.config.json'));
        fs.rmSync(path.join(root, '.git'), { recursive: true });
        const git = (...args: string[]) => {
            const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, encoding: 'utf8' });
            expect(result.status, result.stderr).toBe(0);
        };
        git('init', '-q');
        git('add', '-A');
        git('commit', '-q', '-m', 'first');
        // Packed objects too, as a clone has them.
        git('gc', '-q');
        const ucce = path.join(root, 'routing/ucce.ece');
        fs.writeFileSync(ucce, fs.readFileSync(ucce, 'utf8').replace('agent ', 'agent Added_Agent { }\nagent '));
        const log = path.join(tempDir('ece-io-log-'), 'io.jsonl');
        const result = spawnSync(process.execPath, ['--require', SPY, CLI, 'diff', '--base', 'HEAD', 'routing', '--format', 'json'], {
            cwd: root, encoding: 'utf8', env: { ...process.env, ECE_IO_LOG: log, NO_COLOR: '1' },
        });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({ base: 'HEAD', head: 'working tree' });
        const all = accesses(log);
        expect(all.filter(a => a.op === 'network' || a.op === 'process' || a.op === 'write')).toEqual([]);
        // Outside .git, what `ece check` reads; inside it, the repository's objects.
        const reads = all.filter(a => a.op === 'read' && !a.target.startsWith('fd:')).map(a => path.resolve(pathOf(a.target)));
        expect(reads.filter(p => p.startsWith(`${outside}/`))).toEqual([]);
        const worktree = reads.filter(p => p.startsWith(`${root}/`) && !p.startsWith(`${root}/.git/`)).map(p => path.relative(root, p));
        expect([...new Set(worktree)].sort()).toEqual(['routing/ece.config.json', 'routing/ece.ece', 'routing/ucce.ece']);
        expect(reads.some(p => p.startsWith(`${root}/.git/objects/pack/`))).toBe(true);
    }, 120_000);

    it('ece mcp reads only the deployments\' .ece files, ece.config.json and its own references, refuses paths and links out of the workspace, writes nothing, and opens no connection', async () => {
        const { root, outside } = workspace();
        const log = path.join(tempDir('ece-io-log-'), 'io.jsonl');
        const before = listing(root);
        const mcp = await startMcp(root, { nodeArgs: ['--require', SPY], env: { ECE_IO_LOG: log } });
        try {
            // A link out of the workspace is refused, whether named or met in a folder; so is a path out of it.
            expect(errorText(await mcp.call('size', { path: 'routing/linked.ece' }))).toContain('\'routing/linked.ece\' is outside the workspace');
            expect(errorText(await mcp.call('check'))).toContain('routing/linked.ece: a symbolic link; ece reads only regular files');
            expect(errorText(await mcp.call('size', { path: path.join(outside, 'stolen.ece') }))).toContain('is outside the workspace');
            expect(errorText(await mcp.call('size', { path: '../' + path.basename(outside) }))).toContain('is outside the workspace');
            expect(errorText(await mcp.call('size', { path: 'lab' }))).toContain('lab/ece.config.json:1:1: Not read: it links to a file outside');
            fs.unlinkSync(path.join(root, 'routing/linked.ece'));
            fs.unlinkSync(path.join(root, 'lab/ece.config.json'));
            // Every tool and every reference, what-if with a declaration that replaces one of the deployment's.
            expect(structured<{ summary: { deployments: number } }>(await mcp.call('check')).summary.deployments).toBe(2);
            await mcp.call('list-deployments');
            for (const tool of ['size', 'growth', 'routes']) structured(await mcp.call(tool, { path: 'routing' }));
            structured(await mcp.call('rules'));
            structured(await mcp.call('explain-rule', { id: 'ha/no-load-balancer' }));
            const whatIf = structured<{ after: { size: { deployment: string } } }>(await mcp.call('what-if', { path: 'lab/main.ece', text: 'mrd Chat_MRD { channel chat }\nagent Ada' }));
            expect(whatIf.after.size.deployment).toBe('Lab');
            for (const uri of ['ece://docs/ai', 'ece://docs/language', 'ece://docs/rules']) await mcp.client.readResource({ uri });
        } finally {
            await mcp.close();
        }
        // Nothing written: the workspace holds what it held, less the two links the test removed.
        expect(listing(root)).toEqual(before.filter(f => f !== 'routing/linked.ece' && f !== 'lab/ece.config.json'));
        const read = expectOnlyAllowedAccess(accesses(log), root, outside, ['ai.md', 'language.md'].map(f => path.join(REPO_ROOT, 'docs', f)));
        expect(read).toEqual(['lab/main.ece', 'routing/ece.config.json', 'routing/ece.ece', 'routing/ucce.ece']);
    }, 120_000);
});

/** Every file under a folder with its contents, for a before-and-after comparison. */
function listing(root: string): string[] {
    return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter(e => !e.isDirectory())
        .map(e => path.relative(root, path.join(e.parentPath, e.name)))
        .map(f => `${f}${fs.lstatSync(path.join(root, f)).isSymbolicLink() ? '' : `:${fs.readFileSync(path.join(root, f), 'utf8').length}`}`)
        .sort();
}
