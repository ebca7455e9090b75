/**
 * The language server on hostile input, over stdio: a folder whose deployment is extreme never keeps
 * another folder from its diagnostics and hovers; the problems of ece.config.json are shown on the
 * file itself, as `ece check` prints them; a configuration link out of the workspace gets a problem
 * and no edit; rename refuses the language's keywords.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, hoverText, LspClient, positionOf, SERVER_MAIN } from '../helpers/lsp-client.js';

const temporary: string[] = [];
afterAll(() => temporary.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

function workspaceWith(files: Record<string, string>): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-hostile-server-')));
    temporary.push(root);
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
    }
    return root;
}

/** A bound for an answer on a shared, loaded machine; before the fix, none came in 40 s. */
const ANSWER_BOUND_MS = 10_000;

const GOOD = 'deployment Good {\n    workflow processes 2\n    workflow instances 2\n}\nmrd Chat_MRD { channel chat }\nload profile { chat 10 agents }\n';

describe('the language server on hostile input', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    it('keeps answering another folder while one holds 40,000,000 agents, a 5 MB literal and 1e309', async () => {
        const root = workspaceWith({
            'bad/load.ece': 'load profile { chat 40000000 agents }\nserver S { roles web, application }\n',
            'bad/text.ece': `deployment Bad {\n    description "${'x'.repeat(5_000_000)}"\n}\n`,
            'bad/numbers.ece': `network { agent latency 1${'0'.repeat(309)} ms }\n`,
            'good/main.ece': GOOD,
        });
        const good = path.join(root, 'good/main.ece');
        const start = performance.now();
        client = await LspClient.start(root);
        const diagnostics = await client.diagnosticsWhere(fileUri(good), () => true, ANSWER_BOUND_MS * 3);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        const hover = await client.hover(good, positionOf(GOOD, 'chat 10', 6));
        expect(hoverText(hover)).toContain('10');
        expect(performance.now() - start).toBeLessThan(ANSWER_BOUND_MS * 3);
        // The bad folder is checked too, with its errors and without a fix sized by the number.
        const bad = await client.diagnosticsWhere(fileUri(path.join(root, 'bad/load.ece')), () => true);
        expect(bad.map(d => d.code).sort()).toContain('sizing/unsupported-agent-count');
        const numbers = await client.diagnosticsWhere(fileUri(path.join(root, 'bad/numbers.ece')), () => true);
        expect(numbers.map(d => d.code)).toContain('syntax/number-range');
    }, 120_000);

    it('shows the problems of ece.config.json on the file itself, as ece check prints them', async () => {
        const config = '{\n  "rules": { "routing/queue-namin": "off", "naming/duplicate": "of" },\n  "planningHorizonMonths": 0\n}\n';
        const root = workspaceWith({ 'd/main.ece': GOOD, 'd/ece.config.json': config });
        client = await LspClient.start(root);
        const problems = await client.diagnosticsWhere(fileUri(path.join(root, 'd/ece.config.json')), d => d.length > 0, 30_000);
        expect(problems.map(d => [d.range.start.line, d.range.start.character, d.severity])).toEqual([[1, 13, 1], [1, 63, 1], [2, 27, 1]]);
        expect(problems.map(d => d.message)).toEqual([
            `Unknown rule id "routing/queue-namin"; did you mean "routing/queue-naming"? \`ece rules\` lists the ${allRuleDescriptors().length} ids.`,
            'The severity of "naming/duplicate" must be one of "error", "warning", "info", "hint", "off"; found "of".',
            '"planningHorizonMonths" must be a whole number of months from 1 to 600; found 0.',
        ]);
    }, 60_000);

    it('refuses an ece.config.json that links out of the workspace: a problem on the link, no edit into it', async () => {
        const outside = workspaceWith({ 'ece.config.json': '{ "rules": { "SECRET": "off" } }\n' });
        const text = 'mrd Email_MRD { channel inbound email non-interruptible }\n';
        const root = workspaceWith({ 'd/main.ece': text });
        const link = path.join(root, 'd/ece.config.json');
        fs.symlinkSync(path.join(outside, 'ece.config.json'), link);
        client = await LspClient.start(root);
        const file = path.join(root, 'd/main.ece');
        const diagnostics: Diagnostic[] = await client.open(file, text);
        const problems = await client.diagnosticsWhere(fileUri(link), d => d.length > 0, 30_000);
        expect(problems.map(d => d.message)).toEqual([`Not read: it links to a file outside ${root}.`]);
        expect(JSON.stringify(problems)).not.toContain('SECRET');
        const rule = diagnostics.find(d => d.code === 'routing/email-mrd-interruptible');
        expect(rule).toBeDefined();
        const actions = (await client.codeActions(file, rule!.range, [rule!])) ?? [];
        const titles = actions.map((a: CodeAction | Command) => a.title);
        expect(titles.filter(t => t.includes('ece.config.json'))).toEqual([]);
        expect(JSON.stringify(actions)).not.toContain(outside);
    }, 60_000);

    it('refuses to rename an MRD to a keyword the grammar would not read back as a name', async () => {
        const text = 'mrd Chat_MRD { channel chat }\nskill group SG { mrd Chat_MRD }\n';
        const root = workspaceWith({ 'd/main.ece': text });
        client = await LspClient.start(root);
        const file = path.join(root, 'd/main.ece');
        await client.open(file, text);
        for (const keyword of ['queue', 'mrd', 'agent', 'email', 'KB']) {
            await expect(client.rename(file, positionOf(text, 'Chat_MRD', 1), keyword)).rejects.toMatchObject({
                code: -32602, message: `'${keyword}' is a keyword of the language; a name cannot be one.`,
            });
        }
        expect(await client.rename(file, positionOf(text, 'Chat_MRD', 1), 'Chat_Queue_MRD')).not.toBeNull();
    }, 60_000);
});

describe('the JSON-RPC rules, over raw stdio', () => {
    it('answers a request before initialize with -32002, text that is not JSON with -32700, and null params with -32602', async () => {
        const server = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let received = '';
        server.stdout.on('data', chunk => { received += String(chunk); });
        const send = (body: string) => server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        const hover = { textDocument: { uri: 'file:///x.ece' }, position: { line: 0, character: 0 } };
        const responses = () => received.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean)
            .map(text => JSON.parse(text) as { id: number | null; error?: { code: number } });
        const until = async (count: number) => {
            for (let waited = 0; responses().length < count && waited < 20_000; waited += 50) await new Promise(r => setTimeout(r, 50));
        };
        try {
            send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: hover }));
            await until(1);
            send('{ not json');
            await until(2);
            send(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
            await until(3);
            send(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: null }));
            await until(4);
            expect(responses().map(r => [r.id, r.error?.code ?? 'result'])).toEqual([[1, -32002], [null, -32700], [2, 'result'], [3, -32602]]);
        } finally {
            server.kill();
        }
    }, 60_000);
});
