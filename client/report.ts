/**
 * "ECE: Show Sizing Report" and "ECE: Export Report as Markdown". The report is Markdown the server
 * builds (`ece/report`); it is shown as a read-only virtual document in VS Code's Markdown preview,
 * which refreshes whenever the deployment's diagnostics change.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { REPORT_REQUEST, type DocumentParams, type Report } from '../server/custom-protocol.js';
import { activeEceDocument } from './status-bar.js';

export const REPORT_SCHEME = 'ece-report';

/** Serves `ece-report:/<name>.md?<file URI>` documents: the report of the deployment that file belongs to. */
export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly changes = new vscode.EventEmitter<vscode.Uri>();
    private readonly subscriptions: vscode.Disposable[];
    readonly onDidChange = this.changes.event;

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.subscriptions = [
            vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this),
            vscode.languages.onDidChangeDiagnostics(() => {
                for (const document of vscode.workspace.textDocuments) {
                    if (document.uri.scheme === REPORT_SCHEME) this.changes.fire(document.uri);
                }
            }),
        ];
    }

    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
        const report = await fetchReport(this.client(), vscode.Uri.parse(uri.query));
        return report?.markdown ?? '# No ECE deployment\n\nThe file is not part of a deployment the language server knows.\n';
    }

    dispose(): void {
        this.changes.dispose();
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}

export async function fetchReport(client: LanguageClient | undefined, file: vscode.Uri): Promise<Report | undefined> {
    if (!client?.isRunning()) return undefined;
    const params: DocumentParams = { uri: client.code2ProtocolConverter.asUri(file) };
    return (await client.sendRequest<Report | null>(REPORT_REQUEST, params)) ?? undefined;
}

/** The file whose deployment a command reports on: its argument, else the active `.ece` editor. */
function targetFile(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    return activeEceDocument()?.uri;
}

/** Opens the report beside the editor; returns the report document's URI. */
export async function showSizingReport(argument?: unknown): Promise<vscode.Uri | undefined> {
    const file = targetFile(argument);
    if (!file) {
        void vscode.window.showInformationMessage('Open an .ece file to see its deployment\'s sizing report.');
        return undefined;
    }
    const name = file.path.split('/').at(-2) ?? 'deployment';
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}-sizing-report.md`, query: file.toString() });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    return uri;
}

/** Writes the report to a Markdown file (asks where unless a target is given); returns that file. */
export async function exportReportMarkdown(client: LanguageClient | undefined, argument?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
    const file = targetFile(argument);
    if (!file) {
        void vscode.window.showInformationMessage('Open an .ece file to export its deployment\'s sizing report.');
        return undefined;
    }
    const report = await fetchReport(client, file);
    if (!report) {
        void vscode.window.showWarningMessage('The ECE language server has no deployment for this file yet.');
        return undefined;
    }
    const destination = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(file, '..', `${report.name}-sizing-report.md`),
        filters: { Markdown: ['md'] },
        saveLabel: 'Export Report',
    });
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(report.markdown));
    if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(`Sizing report written to ${vscode.workspace.asRelativePath(destination)}.`);
    return destination;
}
