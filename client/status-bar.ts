/**
 * The status bar item: standardized agents and configuration of the active file's deployment, as the
 * server computed them (`ece/deploymentSummary`). Clicking it opens the sizing report.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { DEPLOYMENT_SUMMARY_REQUEST, type DeploymentSummary, type DocumentParams } from '../server/protocol/custom-protocol.js';
import { COMMANDS } from './commands.js';

export class DeploymentStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('ece.deployment', vscode.StatusBarAlignment.Right, 100);
    private readonly subscriptions: vscode.Disposable[] = [];
    private pending: NodeJS.Timeout | undefined;
    private generation = 0;
    /** The summary shown now; tests and the report command read it. */
    current: DeploymentSummary | undefined;

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.item.name = 'ECE Deployment';
        this.item.command = COMMANDS.showSizingReport;
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
            // The server publishes diagnostics after each rebuild: the figures may have changed too.
            vscode.languages.onDidChangeDiagnostics(event => {
                const active = activeEceDocument();
                if (active && event.uris.some(uri => sameFolder(uri, active.uri))) this.refreshSoon();
            }),
        );
    }

    refreshSoon(): void {
        clearTimeout(this.pending);
        this.pending = setTimeout(() => void this.refresh(), 150);
    }

    async refresh(): Promise<void> {
        const generation = ++this.generation;
        const document = activeEceDocument();
        const client = this.client();
        if (!document || !client?.isRunning()) {
            this.current = undefined;
            this.item.hide();
            return;
        }
        let summary: DeploymentSummary | null = null;
        try {
            const params: DocumentParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
            summary = await client.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, params);
        } catch (error) {
            client.outputChannel.appendLine(`ece/deploymentSummary failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (generation !== this.generation) return;
        this.current = summary ?? undefined;
        if (!summary) {
            this.item.hide();
            return;
        }
        this.item.text = statusText(summary);
        this.item.tooltip = statusTooltip(summary);
        // Screen readers get the tooltip's facts in plain words, not its Markdown.
        this.item.accessibilityInformation = { label: statusAccessibleLabel(summary), role: 'button' };
        this.item.show();
    }

    /** What the item shows now (for the tests, which cannot read the status bar through the API). */
    get text(): string | undefined {
        return this.current ? this.item.text : undefined;
    }

    /** What a screen reader says for the item now. */
    get accessibleLabel(): string | undefined {
        return this.current ? this.item.accessibilityInformation?.label : undefined;
    }

    dispose(): void {
        clearTimeout(this.pending);
        this.item.dispose();
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}

export function statusText(summary: DeploymentSummary): string {
    const agents = summary.standardizedAgents.total.toLocaleString('en-US');
    return `$(server-environment) ${summary.name}: ${agents} std agents · ${summary.configuration.name}`;
}

/** The server's figures, worded as the hover words them; the tooltip adds nothing of its own. */
function statusTooltip(summary: DeploymentSummary): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`ECE deployment ${summary.name} (${summary.files} file${summary.files === 1 ? '' : 's'})\n\n${summary.summary}\n\n`);
    for (const figure of summary.figures) tooltip.appendText(`${figure.label}: ${figure.value.replace(/`/g, '')}\n\n`);
    if (summary.capacity) tooltip.appendText(`Growth: ${summary.capacity.headline}\n\n${summary.capacity.timesToLimit.map(t => `- ${t}`).join('\n')}\n\n`);
    tooltip.appendText('Click for the sizing report.');
    return tooltip;
}

export function statusAccessibleLabel(summary: DeploymentSummary): string {
    const agents = summary.standardizedAgents.total.toLocaleString('en-US');
    return `ECE deployment ${summary.name}: ${agents} standardized agents, ${summary.configuration.name} configuration, `
        + `${summary.applicationServersDeclared} of ${summary.applicationServersNeeded} application servers declared. Opens the sizing report.`;
}

export function activeEceDocument(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'ece' && document.uri.scheme === 'file' ? document : undefined;
}

function sameFolder(a: vscode.Uri, b: vscode.Uri): boolean {
    return vscode.Uri.joinPath(a, '..').toString() === vscode.Uri.joinPath(b, '..').toString();
}
