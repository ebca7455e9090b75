/**
 * The VS Code extension: starts the bundled ECE language server and adds what LSP has no place for,
 * the deployment's status bar item and the sizing report (a webview) and its Markdown export. Everything it shows comes from the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { COMMANDS } from './commands.js';
import { createLanguageClient, markStopping } from './language-client.js';
import { registerMcpServer } from './mcp-server-provider.js';
import { exportReportMarkdown, SizingReports, type SizingReportView } from './report.js';
import { DeploymentStatusBar } from './status-bar.js';

/** What `activate` returns to other extensions (and to the integration tests). */
export interface EceExtensionApi {
    languageClient(): LanguageClient | undefined;
    /** The status bar text for the active editor, undefined while hidden. */
    statusBarText(): string | undefined;
    /** What a screen reader says for the status bar item, undefined while hidden. */
    statusBarAccessibleLabel(): string | undefined;
    refreshStatusBar(): Promise<void>;
    /** The open sizing report webviews, one per deployment. */
    sizingReports(): SizingReportView[];
    /** Whether `ece mcp` was offered to VS Code's agent mode (VS Code 1.101 and later). */
    mcpServerRegistered: boolean;
}

let client: LanguageClient | undefined;
/** Settles when the server's first start does: report panels restored after a reload wait for it. */
let started: Promise<void> = Promise.resolve();

export async function activate(context: vscode.ExtensionContext): Promise<EceExtensionApi> {
    client = createLanguageClient(context);
    const starting = startClient(client);
    started = starting;
    const statusBar = new DeploymentStatusBar(() => client);
    const reports = new SizingReports(() => client, starting);
    context.subscriptions.push(
        statusBar,
        reports,
        vscode.commands.registerCommand(COMMANDS.showSizingReport, (file?: unknown, section?: unknown) => reports.show(file, section)),
        vscode.commands.registerCommand(COMMANDS.exportReportMarkdown,
            (file?: unknown, target?: unknown) => exportReportMarkdown(client, file, target)),
        vscode.commands.registerCommand(COMMANDS.restartLanguageServer, async () => {
            await client?.restart();
            await statusBar.refresh();
        }),
    );
    const mcpServerRegistered = registerMcpServer(context);
    await starting;
    await statusBar.refresh();
    return {
        languageClient: () => client,
        statusBarText: () => statusBar.text,
        statusBarAccessibleLabel: () => statusBar.accessibleLabel,
        refreshStatusBar: () => statusBar.refresh(),
        sizingReports: () => reports.views,
        mcpServerRegistered,
    };
}

async function startClient(languageClient: LanguageClient): Promise<void> {
    try {
        await languageClient.start();
    } catch (error) {
        // A window closing while the server starts is no error of the server's.
        if (client !== languageClient) return;
        void vscode.window.showErrorMessage(`The ECE language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
}

/**
 * Stops the server once it has started: stopping a client that is still starting fails the
 * requests that wait for it ("Starting server failed" in the extension host log).
 */
export async function deactivate(): Promise<void> {
    const stopping = client;
    if (!stopping) return;
    markStopping(stopping);
    await started;
    client = undefined;
    if (stopping.needsStop()) await stopping.stop().catch(() => undefined);
}
