/** Starts the bundled ECE language server as a child Node process and connects to it (lsp-sample's shape). */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

/** Where the bundle puts the server, beside the client (client/bundle.mjs). */
export const SERVER_MODULE = 'dist/server/main.cjs';

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
    return new LanguageClient('ece', 'ECE Language Server', serverOptions, clientOptions);
}
