/**
 * The ece-language-server process over stdio, as an editor drives it:
 * - it survives an exception in a provider: logs it, answers with an empty result, keeps serving;
 * - it honours $/cancelRequest in long requests on a large document;
 * - past its size limits it degrades and tells the user (one diagnostic on line 1, one window message);
 * - it answers every feature on damaged files within 2 s (a bounded number; providers-fuzz.test.ts
 *   runs many more in-process).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
    CancellationTokenSource, LSPErrorCodes, type Diagnostic, type LogMessageParams, type ShowMessageParams,
} from 'vscode-languageserver-protocol/node.js';
import { applyEdits } from '../helpers/apply-edits.js';
import { REPO_ROOT, writeTempFolder } from '../helpers/check-folder.js';
import { fileUri, hoverText, LspClient, positionOf } from '../helpers/lsp-client.js';
import { MAX_DEPLOYMENT_OBJECTS, MAX_FILE_BYTES, SIZE_LIMIT_CODE } from '../../server/size-limits.js';
import { corpusFolders } from './corpus.js';
import { largeDeployment } from './large-deployment.js';
import { mutation } from './mutations.js';

const RUNS = Math.max(4, Math.round(Number(process.env.ECE_FUZZ_RUNS ?? 0) / 50));
const EXAMPLE = path.join(REPO_ROOT, 'examples/integrated-routing');
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

interface Heard {
    logs: LogMessageParams[];
    shown: ShowMessageParams[];
}

async function startOn(files: Record<string, string>): Promise<{ client: LspClient; folder: string; heard: Heard }> {
    const folder = writeTempFolder(files);
    const client = await LspClient.start(folder);
    const heard: Heard = { logs: [], shown: [] };
    client.connection.onNotification('window/logMessage', (params: LogMessageParams) => heard.logs.push(params));
    client.connection.onNotification('window/showMessage', (params: ShowMessageParams) => heard.shown.push(params));
    return { client, folder, heard };
}

function exampleFiles(): Record<string, string> {
    return Object.fromEntries(fs.readdirSync(EXAMPLE).map(name => [name, fs.readFileSync(path.join(EXAMPLE, name), 'utf8')]));
}

async function timed<T>(request: Promise<T>): Promise<{ result: T; ms: number }> {
    const start = performance.now();
    const result = await request;
    return { result, ms: performance.now() - start };
}

/** The error a request was answered with (undefined when it was answered with a result). */
async function errorOf(request: Promise<unknown>): Promise<{ code: number; message: string } | undefined> {
    try {
        await request;
        return undefined;
    } catch (error) {
        return error as { code: number; message: string };
    }
}

describe('the language server process', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    it('survives an exception in a provider: logs it with its stack, answers with an empty result, and keeps serving', async () => {
        const files = exampleFiles();
        const started = await startOn(files);
        client = started.client;
        const file = path.join(started.folder, 'ucce.ece');
        await client.open(file, files['ucce.ece']);
        // A client that sends a diagnostic back without its range (the protocol requires one): the code
        // action provider reads the range of the diagnostic it is asked about, and throws.
        const rangeless = { code: 'routing/email-mrd-interruptible', message: 'Email MRD', severity: 1 } as unknown as Diagnostic;
        for (let i = 0; i < 3; i++) {
            expect(await client.codeActions(file, WHOLE, [rangeless])).toBeNull();
        }
        // A negative tab size (the protocol says unsigned) reaches the formatter's indentation.
        const messy = files['ucce.ece'].replace('mrd Email_MRD {\n    channel', 'mrd Email_MRD {\n channel');
        await client.change(file, messy);
        expect(await client.formatting(file, { tabSize: -4, insertSpaces: true })).toBeNull();
        await expect.poll(() => started.heard.logs.filter(l => l.type === 1).map(l => l.message)).toEqual([
            expect.stringMatching(/^ECE language server: CodeActionProvider\.getCodeActions failed; the request was answered with an empty result\. .+\n.*\n\s+at /),
            expect.stringMatching(/^ECE language server: Formatter\.formatDocument failed; .*Invalid count value/),
        ]);
        // The same failure again is not logged again (an editor asks for code actions at every cursor move).
        expect(started.heard.logs.filter(l => l.message.includes('getCodeActions failed'))).toHaveLength(1);
        // Every other request is still served, with real answers.
        const hover = await client.hover(file, positionOf(messy, 'Email_MRD'));
        expect(hoverText(hover)).toContain('Email_MRD');
        expect(applyEdits(messy, (await client.formatting(file)) ?? [])).toBe(files['ucce.ece']);
        expect((await client.documentSymbols(file))?.length).toBeGreaterThan(10);
    });

    it('checks a file opened outside the workspace whose folder holds a looping link, a dangling link and a pipe named *.ece', async () => {
        const started = await startOn({});
        client = started.client;
        const files = exampleFiles();
        const elsewhere = writeTempFolder(files);
        fs.symlinkSync(path.join(elsewhere, 'loop.ece'), path.join(elsewhere, 'loop.ece'));
        fs.symlinkSync(path.join(elsewhere, 'gone.ece'), path.join(elsewhere, 'dangling.ece'));
        execFileSync('mkfifo', [path.join(elsewhere, 'pipe.ece')]);
        const ucce = path.join(elsewhere, 'ucce.ece');
        // Its sibling ece.ece is read from disk with it (its queues map ucce.ece's skill groups); the others are left alone.
        const diagnostics = await client.open(ucce, files['ucce.ece']);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        expect(hoverText(await client.hover(ucce, positionOf(files['ucce.ece'], 'Global_Sales_NA')))).toContain('Global_Sales_NA');
        expect(started.heard.logs.filter(l => l.type === 1)).toEqual([]);
    });

    it('honours $/cancelRequest in long requests on a large document, and serves the next request', async () => {
        const text = largeDeployment(20_000);
        const started = await startOn({});
        client = started.client;
        const file = path.join(started.folder, 'large.ece');
        await client.open(file, text);
        // A request sent with an edit waits for the document's rebuild; cancelled, it does not wait for it.
        await client.change(file, `${text}agent Extra\n`);
        const waiting = new CancellationTokenSource();
        const early = client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(file) } }, waiting.token);
        waiting.cancel();
        expect((await errorOf(early))?.code).toBe(LSPErrorCodes.RequestCancelled);
        for (const method of ['textDocument/formatting', 'textDocument/documentSymbol']) {
            const params = { textDocument: { uri: fileUri(file) }, options: { tabSize: 4, insertSpaces: true } };
            const full = await timed(client.connection.sendRequest(method, params));
            expect(full.result, method).not.toBeNull();
            const source = new CancellationTokenSource();
            const cancelled = timed(errorOf(client.connection.sendRequest(method, params, source.token)));
            setTimeout(() => source.cancel(), Math.min(100, full.ms / 4));
            const { result: error, ms } = await cancelled;
            // The request stops where it is: answered as cancelled, well before it would have finished.
            expect(error?.code, `${method} (${Math.round(full.ms)} ms in full)`).toBe(LSPErrorCodes.RequestCancelled);
            expect(ms, method).toBeLessThan(Math.max(full.ms * 0.75, 300));
        }
        const hover = await client.hover(file, positionOf(text, 'A19000'));
        expect(hoverText(hover)).toContain('A19000');
    }, 120_000);

    it(`past ${MAX_DEPLOYMENT_OBJECTS.toLocaleString('en-US')} objects, skips the rules and the figures, and says so once`, async () => {
        const text = largeDeployment(MAX_DEPLOYMENT_OBJECTS + 1);
        const started = await startOn({});
        client = started.client;
        const file = path.join(started.folder, 'huge.ece');
        const diagnostics = await client.open(file, text);
        const [notice] = diagnostics.filter(d => d.code === SIZE_LIMIT_CODE);
        expect(notice).toMatchObject({ severity: 2, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
        expect(notice.message).toBe(`This deployment declares ${(MAX_DEPLOYMENT_OBJECTS + 1).toLocaleString('en-US')} objects, over the 100,000 the ECE language server checks as you type: `
            + 'its rules do not run and hovers, code lenses, inlay hints, completion and semantic highlighting are off. '
            + 'Parse errors and unresolved names are still reported; run ece check for every rule.');
        // No rule ran; nothing else was reported on this valid file.
        expect(diagnostics.map(d => d.code)).toEqual([SIZE_LIMIT_CODE]);
        await expect.poll(() => started.heard.shown.map(m => m.message)).toEqual([`huge.ece: ${notice.message}`]);
        const agent = positionOf(text, 'SG7', 0, 2);
        expect(await client.hover(file, agent)).toBeNull();
        expect(await client.semanticTokens(file)).toBeNull();
        expect(await client.codeLenses(file)).toBeNull();
        expect(await client.completion(file, agent)).toEqual([]);
        expect(await client.connection.sendRequest('ece/deploymentSummary', { uri: fileUri(file) })).toBeNull();
        // Navigation still works: the name resolves.
        expect(await client.definition(file, agent)).toMatchObject([{ targetSelectionRange: { start: positionOf(text, 'SG7 {') } }]);
        // An edit that keeps it large is not announced again; one that brings it under the limit gets the full service.
        await client.change(file, `${text}agent Extra\n`);
        await client.diagnosticsWhere(fileUri(file), d => d.length === 1 && d[0].code === SIZE_LIMIT_CODE);
        const small = largeDeployment(200);
        await client.change(file, small);
        await client.diagnosticsWhere(fileUri(file), d => !d.some(x => x.code === SIZE_LIMIT_CODE));
        expect(hoverText(await client.hover(file, positionOf(small, 'SG7', 0, 2)))).toContain('SG7');
        expect(started.heard.shown).toHaveLength(1);
    }, 120_000);

    it(`does not parse a file over ${MAX_FILE_BYTES / 1024 / 1024} MB, and says so on it and on the files of its folder`, async () => {
        const files = exampleFiles();
        const started = await startOn(files);
        client = started.client;
        const big = path.join(started.folder, 'big.ece');
        const padding = `// ${'x'.repeat(MAX_FILE_BYTES)}\n`;
        const bigDiagnostics = await client.open(big, `mrd Extra_MRD { channel chat }\n${padding}`);
        expect(bigDiagnostics.map(d => [d.code, d.range.start.line])).toEqual([[SIZE_LIMIT_CODE, 0]]);
        expect(bigDiagnostics[0].message).toMatch(/^This file is 20\.0 MB, over the 20 MB the ECE language server reads \(ece check refuses it too\): it is not checked/);
        const ucce = path.join(started.folder, 'ucce.ece');
        const others = await client.diagnosticsWhere(fileUri(ucce), d => d.some(x => x.code === SIZE_LIMIT_CODE));
        expect(others.map(d => d.code)).toEqual([SIZE_LIMIT_CODE]);
        expect(others[0].message).toBe('big.ece in this folder is over the 20 MB the ECE language server reads, so the deployment is incomplete: '
            + 'its rules do not run, references are not checked, and hovers, code lenses, inlay hints, completion and semantic highlighting are off.');
        expect(await client.hover(big, { line: 0, character: 5 })).toBeNull();
        expect(await client.documentSymbols(big)).toEqual([]);
        // Closing the big file's content (the editor truncates it) brings the folder back.
        await client.change(big, 'mrd Extra_MRD { channel chat }\n');
        await client.diagnosticsWhere(fileUri(ucce), d => !d.some(x => x.code === SIZE_LIMIT_CODE));
        expect(hoverText(await client.hover(ucce, positionOf(files['ucce.ece'], 'Email_MRD')))).toContain('Email_MRD');
        await expect.poll(() => started.heard.shown.length).toBeGreaterThanOrEqual(2);
    }, 120_000);

    it('answers every feature on damaged examples and fixtures within 2 s', async () => {
        const corpus = corpusFolders();
        const started = await startOn({});
        client = started.client;
        let folders = 0;
        await fc.assert(fc.asyncProperty(
            fc.constantFrom(...corpus), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
            async (corpusFolder, mutations, places) => {
                const folder = path.join(started.folder, `run-${++folders}`);
                fs.mkdirSync(folder);
                const names = Object.keys(corpusFolder.files);
                const damaged = { ...corpusFolder.files, [names[0]]: mutations.reduce((t, m) => m(t), corpusFolder.files[names[0]]) };
                for (const name of names) fs.writeFileSync(path.join(folder, name), damaged[name]);
                const file = path.join(folder, names[0]);
                const text = damaged[names[0]];
                const diagnostics = await client!.open(file, text);
                const at = (u: number) => {
                    const offset = Math.floor(u * text.length);
                    const before = text.slice(0, offset);
                    return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
                };
                const requests: [string, Promise<unknown>][] = [
                    ...places.map(u => ['hover', client!.hover(file, at(u))] as [string, Promise<unknown>]),
                    ['completion', client!.completion(file, at(places[0]))],
                    ['formatting', client!.formatting(file)],
                    ['documentSymbols', client!.documentSymbols(file)],
                    ['semanticTokens', client!.semanticTokens(file)],
                    ['foldingRanges', client!.foldingRanges(file)],
                    ['codeLenses', client!.codeLenses(file)],
                    ['inlayHints', client!.inlayHints(file, WHOLE)],
                    ['codeActions', client!.codeActions(file, WHOLE, diagnostics)],
                ];
                for (const [name, request] of requests) {
                    const { ms } = await timed(request);
                    expect(ms, name).toBeLessThan(2000);
                }
                await client!.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(file) } });
            }), { numRuns: RUNS });
        // Nothing failed on the way: no error was logged.
        expect(started.heard.logs.filter(l => l.type === 1)).toEqual([]);
    }, 60_000 + RUNS * 5_000);
});
