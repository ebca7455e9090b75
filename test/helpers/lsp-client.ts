/**
 * A real LSP client for tests: spawns `node out/server/main.js --stdio` (build first with
 * `npx tsc -b tsconfig.json`), speaks JSON-RPC over its stdin/stdout, and records what the server
 * publishes. No part of the server is mocked; the tests see exactly what an editor sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
    type CodeAction, type CodeLens, type Command, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol,
    type FoldingRange, type Hover, type InlayHint, type Location, type LocationLink, type Position, type Range,
    type SemanticTokens, type SymbolInformation, type TextEdit, type WorkspaceEdit, type WorkspaceSymbol, type InitializeResult,
    type PublishDiagnosticsParams, type WorkDoneProgressBegin, type WorkDoneProgressReport,
    type WorkDoneProgressEnd,
} from 'vscode-languageserver-protocol/node.js';
import { REPO_ROOT } from './repo-root.js';

export const SERVER_MAIN = path.join(REPO_ROOT, 'out/server/main.js');

export function fileUri(file: string): string {
    return pathToFileURL(file).toString();
}

/** The position of the `occurrence`-th (0-based) `needle` in `text`, plus `delta` characters into it. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) {
        offset = text.indexOf(needle, offset + 1);
        if (offset < 0) throw new Error(`'${needle}' (#${occurrence}) not found`);
    }
    offset += delta;
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function hoverText(hover: Hover | null): string {
    if (!hover) return '';
    const contents = hover.contents;
    if (typeof contents === 'string') return contents;
    if (Array.isArray(contents)) return contents.map(c => (typeof c === 'string' ? c : c.value)).join('\n');
    return contents.value;
}

/** Another server to drive with the same client (the benchmark runs yaml-language-server this way). */
export interface ServerCommand {
    /** Arguments to `node`, e.g. `[path/to/server.js, '--stdio']`. */
    args: string[];
    /** Sent as `initializationOptions`. */
    initializationOptions?: unknown;
}

export interface ClientOptions {
    /** Settings by section, answered to `workspace/configuration`. */
    settings?: Record<string, unknown>;
    /** Whether workspace edits may create files (`resourceOperations: ['create']`). */
    createFiles?: boolean;
    /** Whether the client shows disabled code actions with their reason (`codeAction.disabledSupport`), as VS Code does. */
    disabledActions?: boolean;
}

/** One `$/progress` notification of work-done progress the server started. */
export interface ProgressEvent {
    token: string | number;
    /** When it arrived (performance.now()). */
    at?: number;
    value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
}

interface Waiter {
    uri: string;
    after: number;
    /** When set, only a publication whose diagnostics satisfy it resolves the waiter. */
    accept?(diagnostics: Diagnostic[]): boolean;
    resolve(diagnostics: Diagnostic[]): void;
}

export class LspClient {
    private readonly process: ChildProcess;
    readonly connection: MessageConnection;
    /** Latest diagnostics by URI, and how many times each URI was published. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Every URI in the order its diagnostics were published. */
    readonly publicationOrder: string[] = [];
    /** Work-done progress the server reported, in order (the client announces `window.workDoneProgress`, as VS Code does). */
    readonly progress: ProgressEvent[] = [];
    private progressListeners: (() => void)[] = [];
    private readonly publications = new Map<string, number>();
    private waiters: Waiter[] = [];
    private readonly versions = new Map<string, number>();
    readonly stderr: string[] = [];
    /** Settings by section, returned for `workspace/configuration` (none: as an editor with no settings). */
    readonly configuration: Record<string, unknown> = {};

    private constructor(command?: ServerCommand) {
        this.process = spawn(process.execPath, command?.args ?? [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.publicationOrder.push(params.uri);
            const count = (this.publications.get(params.uri) ?? 0) + 1;
            this.publications.set(params.uri, count);
            const ready = this.waiters.filter(w => w.uri === params.uri && count > w.after && (w.accept?.(params.diagnostics) ?? true));
            this.waiters = this.waiters.filter(w => !ready.includes(w));
            ready.forEach(w => w.resolve(params.diagnostics));
        });
        this.connection.onNotification('$/progress', (params: ProgressEvent) => {
            this.progress.push({ token: params.token, value: params.value, at: performance.now() });
            this.progressListeners.forEach(listener => listener());
        });
        // window/workDoneProgress/create, workspace/configuration, client/registerCapability and the like: answered as an editor with no settings would.
        this.connection.onRequest((method: string, params: unknown) => {
            if (method === 'workspace/configuration') {
                return ((params as { items?: { section?: string }[] }).items ?? []).map(item => this.configuration[item.section ?? ''] ?? null);
            }
            return null;
        });
        this.connection.listen();
    }

    /**
     * Starts the server (ours unless `command` names another) and initializes it with `folder` as the
     * workspace folder. `options.settings`: the client's settings by section (see `configuration`);
     * `options.createFiles`: workspace edits may create files.
     */
    static async start(folder: string, command?: ServerCommand, options: ClientOptions = {}): Promise<LspClient> {
        if (!command && !fs.existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} is missing: run npx tsc -b tsconfig.json first`);
        const client = new LspClient(command);
        Object.assign(client.configuration, options.settings);
        const result: InitializeResult = await client.connection.sendRequest('initialize', {
            processId: process.pid,
            initializationOptions: command?.initializationOptions,
            rootUri: fileUri(folder),
            workspaceFolders: [{ uri: fileUri(folder), name: path.basename(folder) }],
            capabilities: {
                textDocument: {
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, dataSupport: true, ...(options.disabledActions ? { disabledSupport: true } : {}) },
                    publishDiagnostics: { dataSupport: true },
                    rename: { prepareSupport: true },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
                    inlayHint: {},
                    codeLens: {},
                },
                window: { workDoneProgress: true },
                workspace: {
                    workspaceFolders: true,
                    configuration: true,
                    didChangeConfiguration: { dynamicRegistration: true },
                    ...(options.createFiles ? { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } : {}),
                },
            },
        });
        client.initializeResult = result;
        await client.connection.sendNotification('initialized', {});
        return client;
    }

    initializeResult?: InitializeResult;

    /** How many diagnostics publications arrived so far, for every URI together. */
    get publicationCount(): number {
        let total = 0;
        for (const count of this.publications.values()) total += count;
        return total;
    }

    /** The server process's id (to read its memory from /proc). */
    get pid(): number | undefined {
        return this.process.pid;
    }

    /** Resolves with the next diagnostics published for `uri` (after those already seen). */
    nextDiagnostics(uri: string, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const after = this.publications.get(uri) ?? 0;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms. Server stderr:\n${this.stderr.join('')}`)), timeoutMs);
            this.waiters.push({ uri, after, resolve: d => { clearTimeout(timer); resolve(d); } });
        });
    }

    /**
     * Resolves with the diagnostics of `uri` once they satisfy `accept`: at once if the latest do,
     * otherwise at the first later publication that does. For changes whose effect reaches a file
     * through a rebuild of its folder, where earlier publications may still be on their way.
     */
    diagnosticsWhere(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const latest = this.diagnostics.get(uri);
        if (latest && accept(latest)) return Promise.resolve(latest);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`The diagnostics of ${uri} did not reach the expected state within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri)?.map(d => d.code))}`)), timeoutMs);
            this.waiters.push({ uri, after: this.publications.get(uri) ?? 0, accept, resolve: d => { clearTimeout(timer); resolve(d); } });
        });
    }

    /**
     * Resolves with the progress events (begin, reports, end) of the first work-done progress that
     * ends among those reported from index `from` of `progress` on.
     */
    progressEnded(timeoutMs = 60_000, from = 0): Promise<ProgressEvent[]> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`No work-done progress ended within ${timeoutMs} ms; seen: ${JSON.stringify(this.progress)}`)), timeoutMs);
            const check = () => {
                const end = this.progress.slice(from).find(p => p.value.kind === 'end');
                if (!end) return;
                clearTimeout(timer);
                this.progressListeners = this.progressListeners.filter(l => l !== check);
                resolve(this.progress.slice(from).filter(p => p.token === end.token));
            };
            this.progressListeners.push(check);
            check();
        });
    }

    /** Opens a file from disk (or with the given text) and waits for its first diagnostics. */
    async open(file: string, text = fs.readFileSync(file, 'utf8'), languageId = 'ece'): Promise<Diagnostic[]> {
        const uri = fileUri(file);
        const published = this.nextDiagnostics(uri);
        this.versions.set(uri, 1);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
        return published;
    }

    /** Replaces the whole text of an open file, as a full-document change. */
    async change(file: string, text: string): Promise<void> {
        const uri = fileUri(file);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Replaces `range` of an open file with `text`, as an incremental change (what an editor sends for a keystroke). */
    async edit(file: string, range: Range, text: string): Promise<void> {
        const uri = fileUri(file);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    /** Announces changed settings without sending them, as VS Code does: the server fetches them. */
    async settingsChanged(settings: Record<string, unknown>): Promise<void> {
        Object.assign(this.configuration, settings);
        await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }

    /** Tells the server that files changed on disk (1 created, 2 changed, 3 deleted). */
    async filesChanged(changes: { file: string; type: 1 | 2 | 3 }[]): Promise<void> {
        await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(c => ({ uri: fileUri(c.file), type: c.type })) });
    }

    private at(file: string, position: Position) {
        return { textDocument: { uri: fileUri(file) }, position };
    }

    hover(file: string, position: Position): Promise<Hover | null> {
        return this.connection.sendRequest('textDocument/hover', this.at(file, position));
    }

    async completion(file: string, position: Position): Promise<CompletionItem[]> {
        const result: CompletionList | CompletionItem[] | null = await this.connection.sendRequest('textDocument/completion', this.at(file, position));
        return Array.isArray(result) ? result : result?.items ?? [];
    }

    definition(file: string, position: Position): Promise<Location | Location[] | LocationLink[] | null> {
        return this.connection.sendRequest('textDocument/definition', this.at(file, position));
    }

    references(file: string, position: Position, includeDeclaration = true): Promise<Location[] | null> {
        return this.connection.sendRequest('textDocument/references', { ...this.at(file, position), context: { includeDeclaration } });
    }

    prepareRename(file: string, position: Position): Promise<Range | { range: Range; placeholder: string } | null> {
        return this.connection.sendRequest('textDocument/prepareRename', this.at(file, position));
    }

    rename(file: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
        return this.connection.sendRequest('textDocument/rename', { ...this.at(file, position), newName });
    }

    documentSymbols(file: string): Promise<DocumentSymbol[] | null> {
        return this.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } });
    }

    workspaceSymbols(query: string): Promise<(SymbolInformation | WorkspaceSymbol)[] | null> {
        return this.connection.sendRequest('workspace/symbol', { query });
    }

    foldingRanges(file: string): Promise<FoldingRange[] | null> {
        return this.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: fileUri(file) } });
    }

    semanticTokens(file: string): Promise<SemanticTokens | null> {
        return this.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: fileUri(file) } });
    }

    formatting(file: string, options = { tabSize: 4, insertSpaces: true }): Promise<TextEdit[] | null> {
        return this.connection.sendRequest('textDocument/formatting', { textDocument: { uri: fileUri(file) }, options });
    }

    codeActions(file: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[] | null> {
        return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: fileUri(file) }, range, context: { diagnostics } });
    }

    codeLenses(file: string): Promise<CodeLens[] | null> {
        return this.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: fileUri(file) } });
    }

    inlayHints(file: string, range: Range): Promise<InlayHint[] | null> {
        return this.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: fileUri(file) }, range });
    }

    async stop(): Promise<void> {
        const exited = new Promise<void>(resolve => {
            if (this.process.exitCode !== null) resolve();
            else this.process.once('exit', () => resolve());
        });
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), delay(2000)]);
            await this.connection.sendNotification('exit');
        } catch {
            // The server may already be gone; it is killed below either way.
        }
        await Promise.race([exited, delay(2000)]);
        if (this.process.exitCode === null) this.process.kill();
        this.connection.dispose();
    }
}

function delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}
