/**
 * The VS Code extension: starts the bundled ECE language server and adds what LSP has no place for,
 * the deployment's status bar item and the sizing report (a webview) and its Markdown export. Everything it shows comes from the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { COMMANDS } from './commands.js';
import { createLanguageClient } from './language-client.js';
import { registerMcpServer } from './mcp-server-provider.js';
import { exportReportMarkdown, SizingReports, type SizingReportView } from './report.js';
import { DeploymentStatusBar } from './status-bar.js';

/** What `activate` returns to other extensions (and to the integration tests). */
export interface EceExtensionApi {
    languageClient(): LanguageClient | undefined;
    /** The status bar text for the active editor, undefined while hidden. */
    statusBarText(): string | undefined;
    refreshStatusBar(): Promise<void>;
    /** The open sizing report webviews, one per deployment. */
    sizingReports(): SizingReportView[];
    /** Whether `ece mcp` was offered to VS Code's agent mode (VS Code 1.101 and later). */
    mcpServerRegistered: boolean;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<EceExtensionApi> {
    client = createLanguageClient(context);
    const statusBar = new DeploymentStatusBar(() => client);
    const reports = new SizingReports(() => client);
    context.subscriptions.push(
        statusBar,
        reports,
        vscode.commands.registerCommand(COMMANDS.showSizingReport, (file?: unknown) => reports.show(file)),
        vscode.commands.registerCommand(COMMANDS.exportReportMarkdown,
            (file?: unknown, target?: unknown) => exportReportMarkdown(client, file, target)),
        vscode.commands.registerCommand(COMMANDS.restartLanguageServer, async () => {
            await client?.restart();
            await statusBar.refresh();
        }),
    );
    const mcpServerRegistered = registerMcpServer(context);
    try {
        await client.start();
    } catch (error) {
        void vscode.window.showErrorMessage(`The ECE language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    }
    await statusBar.refresh();
    return {
        languageClient: () => client,
        statusBarText: () => statusBar.text,
        refreshStatusBar: () => statusBar.refresh(),
        sizingReports: () => reports.views,
        mcpServerRegistered,
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
