/** Starts the bundled ECE language server as a child Node process and connects to it (lsp-sample's shape). */
import * as vscode from 'vscode';
import {
    CloseAction, ErrorAction, LanguageClient, TransportKind,
    type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type Message, type Middleware, type ServerOptions,
} from 'vscode-languageclient/node.js';

/** Where the bundle puts the server, beside the client (client/bundle.mjs). */
export const SERVER_MODULE = 'dist/server/main.cjs';

/** Clients being stopped with the extension: their server's exit is expected, not restarted. */
const stopping = new WeakSet<LanguageClient>();

export function markStopping(client: LanguageClient): void {
    stopping.add(client);
}

/**
 * The library's handler (restart a crashed server a few times), except while the extension stops:
 * a server that exits then (the window reloads or closes) is not restarted, which would fail the
 * requests waiting for the new one.
 */
function errorHandler(client: () => LanguageClient): ErrorHandler {
    let fallback: ErrorHandler | undefined;
    const standard = () => (fallback ??= client().createDefaultErrorHandler());
    return {
        error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
            if (stopping.has(client())) return { action: ErrorAction.Shutdown, handled: true };
            return standard().error(error, message, count);
        },
        closed(): CloseHandlerResult | Promise<CloseHandlerResult> {
            if (stopping.has(client())) return { action: CloseAction.DoNotRestart, handled: true };
            return standard().closed();
        },
    };
}

/** The providers VS Code may call while the window closes (a lightbulb, a lens, a hover in flight). */
const PROVIDERS = [
    'provideCodeActions', 'provideCodeLenses', 'provideCompletionItem', 'provideDefinition', 'provideDocumentFormattingEdits',
    'provideDocumentHighlights', 'provideDocumentSemanticTokens', 'provideDocumentSemanticTokensEdits', 'provideDocumentSymbols',
    'provideFoldingRanges', 'provideHover', 'provideInlayHints', 'provideReferences', 'provideRenameEdits', 'prepareRename',
    'provideWorkspaceSymbols',
] as const;

/**
 * A request in flight when the extension stops fails with "Starting server failed", which VS Code
 * logs as "provider FAILED" with a stack: once the extension is stopping, such a request answers
 * nothing instead. At any other time an error goes on as it came.
 */
function quietWhileStopping(client: () => LanguageClient): Middleware {
    const guarded = (...args: unknown[]): Promise<unknown> => {
        const next = args[args.length - 1] as (...rest: unknown[]) => unknown;
        return Promise.resolve().then(() => next(...args.slice(0, -1))).catch((error: unknown) => {
            if (stopping.has(client())) return null;
            throw error;
        });
    };
    return Object.fromEntries(PROVIDERS.map(name => [name, guarded])) as Middleware;
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(SERVER_MODULE);
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // The server reads the deployment's other files from disk, so only files on disk are served.
        documentSelector: [{ scheme: 'file', language: 'ece' }],
        synchronize: {
            // Sends `ece.*` settings (rule severities, planning horizon) on every change.
            configurationSection: 'ece',
            // A deployment is a folder: files created, deleted or changed outside the editor relink it.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.ece'),
        },
    };
    // The id `ece` makes the client honour the `ece.trace.server` setting.
    const client: LanguageClient = new LanguageClient('ece', 'ECE Language Server', serverOptions, {
        ...clientOptions,
        errorHandler: errorHandler(() => client),
        middleware: quietWhileStopping(() => client),
    });
    return client;
}
