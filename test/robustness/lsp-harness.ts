/**
 * The language server's services in-process, for property tests: one long-lived service set (as the
 * server has), deployments loaded from memory, each provider called as the LSP handlers call it and
 * timed. No connection, no stdio: hundreds of documents a second.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type {
    CodeAction, Command, Diagnostic, Position, Range, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { createEceServices, type EceServices } from '../../server/ece-lsp-module.js';

/** What every provider must stay under for one request (test/robustness/README.md). */
export const ANSWER_MS = 2000;

export interface LoadedFolder {
    /** The folder's URI, `file:///fuzz/<n>`. */
    uri: string;
    names: string[];
    documents: LangiumDocument[];
    document(name: string): LangiumDocument;
    uriOf(name: string): string;
    /** The file name of a URI of this folder (undefined for other URIs). */
    nameOf(uri: string): string | undefined;
}

export interface Timing {
    label: string;
    ms: number;
}

export class InProcessServer {
    readonly shared: LangiumSharedServices;
    readonly Ece: EceServices;
    private counter = 0;
    /** How long each provider call took, for the test to assert on and report. */
    readonly timings: Timing[] = [];

    constructor() {
        const { shared, Ece } = createEceServices(EmptyFileSystem);
        this.shared = shared;
        this.Ece = Ece;
    }

    /** Parses, links and validates a folder held in memory; unload it when done. */
    async load(files: Record<string, string>): Promise<LoadedFolder> {
        const uri = `file:///fuzz/${++this.counter}`;
        const workspace = this.shared.workspace;
        const names = Object.keys(files);
        const documents = names.map(name => {
            const document = workspace.LangiumDocumentFactory.fromString(files[name], URI.parse(`${uri}/${encodeURIComponent(name)}`));
            workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        const start = performance.now();
        await workspace.DocumentBuilder.build(documents, { validation: true });
        this.timings.push({ label: 'build', ms: performance.now() - start });
        const byUri = new Map(documents.map((d, i) => [d.uri.toString(), names[i]]));
        return {
            uri, names, documents,
            document: name => documents[names.indexOf(name)],
            uriOf: name => documents[names.indexOf(name)].uri.toString(),
            nameOf: u => byUri.get(u),
        };
    }

    /** Forgets the folder's documents, their index entries included (else every later build and search would see them). */
    async unload(folder: LoadedFolder): Promise<void> {
        await this.shared.workspace.DocumentBuilder.update([], folder.documents.map(d => d.uri));
    }

    async with<T>(files: Record<string, string>, action: (folder: LoadedFolder) => Promise<T>): Promise<T> {
        const folder = await this.load(files);
        try {
            return await action(folder);
        } finally {
            await this.unload(folder);
        }
    }

    /** Runs one provider call and records how long it took. */
    async timed<T>(label: string, call: () => T | Promise<T>): Promise<T> {
        const start = performance.now();
        const result = await call();
        this.timings.push({ label, ms: performance.now() - start });
        return result;
    }

    /** The slowest call recorded so far. */
    slowest(): Timing {
        return this.timings.reduce((a, b) => (b.ms > a.ms ? b : a), { label: 'none', ms: 0 });
    }

    // ---- Each provider, called as the LSP handlers of langium/lsp call it --------------------------

    hover(document: LangiumDocument, position: Position) {
        return this.timed('hover', () => this.Ece.lsp.HoverProvider!.getHoverContent(document, { textDocument: idOf(document), position }));
    }

    completion(document: LangiumDocument, position: Position) {
        return this.timed('completion', () => this.Ece.lsp.CompletionProvider!.getCompletion(document, { textDocument: idOf(document), position }));
    }

    async formatting(document: LangiumDocument): Promise<TextEdit[]> {
        return await this.timed('formatting', () => this.Ece.lsp.Formatter!.formatDocument(document, {
            textDocument: idOf(document), options: { tabSize: 4, insertSpaces: true },
        })) ?? [];
    }

    documentSymbols(document: LangiumDocument) {
        return this.timed('documentSymbols', () => this.Ece.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: idOf(document) }));
    }

    semanticTokens(document: LangiumDocument) {
        return this.timed('semanticTokens', () => this.Ece.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: idOf(document) }));
    }

    codeLens(document: LangiumDocument) {
        return this.timed('codeLens', () => this.Ece.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: idOf(document) }));
    }

    inlayHints(document: LangiumDocument) {
        return this.timed('inlayHints', () => this.Ece.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: idOf(document), range: wholeRange(document) }));
    }

    foldingRanges(document: LangiumDocument) {
        return this.timed('foldingRanges', () => this.Ece.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: idOf(document) }));
    }

    async codeActions(document: LangiumDocument, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
        const result: (CodeAction | Command)[] | undefined = await this.timed('codeActions', () => this.Ece.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: idOf(document), range, context: { diagnostics },
        }));
        return (result ?? []).filter((a): a is CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
    }

    rename(document: LangiumDocument, position: Position, newName: string): Promise<WorkspaceEdit | undefined> {
        return this.timed('rename', () => this.Ece.lsp.RenameProvider!.rename(document, { textDocument: idOf(document), position, newName }));
    }
}

export function idOf(document: LangiumDocument): { uri: string } {
    return { uri: document.uri.toString() };
}

export function wholeRange(document: LangiumDocument): Range {
    return { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
}

/**
 * The text as the lexer sees it: every token and comment in order, whitespace left out (a line
 * comment without its trailing blanks). Formatting must keep this sequence exactly.
 */
export function tokenSequence(services: EceServices, text: string): string[] {
    const { tokens, hidden } = services.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => (t.tokenType.name === 'SL_COMMENT' ? t.image.trimEnd() : t.image));
}
