/**
 * "ECE: Show Sizing Report" and "ECE: Export Report as Markdown". Both reports come from the server:
 * the HTML page of `ece report --html` made for a webview (`ece/reportHtml`), and the Markdown of
 * `ece report --format markdown` (`ece/report`). The webview shows the page beside the editor, one
 * panel per deployment, renders it again when the server publishes new diagnostics for the
 * deployment's files (after each rebuild), reveals an object in the source when it is clicked, scrolls
 * to the section a command names (the code lens names one), and comes back after a window reload
 * (the page keeps its file as webview state; `SizingReports` is the panel serializer).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import {
    REPORT_HTML_REQUEST, REPORT_REQUEST, REPORT_SECTIONS,
    type DocumentParams, type Report, type ReportHtml, type ReportPageState, type ReportSection, type RevealMessage,
} from '../server/protocol/custom-protocol.js';
import { activeEceDocument } from './status-bar.js';

export const REPORT_VIEW_TYPE = 'ece.sizingReport';
/** How long the report waits after the last diagnostics of its deployment before it renders again. */
export const REFRESH_DELAY_MS = 300;

/** A sizing report panel as other extensions and the integration tests see it. */
export interface SizingReportView {
    readonly title: string;
    /** The deployment folder. */
    readonly folder: vscode.Uri;
    /** The page shown now. */
    readonly html: string;
    /** How many times the page was rendered (1 once opened). */
    readonly renders: number;
    /** The section the page last scrolled to at the editor's request. */
    readonly shownSection: ReportSection | undefined;
    /** Handles a message as if the page had posted it; resolves to the editor it revealed, if any. */
    handleMessage(message: unknown): Promise<vscode.TextEditor | undefined>;
}

export async function fetchReport(client: LanguageClient | undefined, file: vscode.Uri): Promise<Report | undefined> {
    if (!client?.isRunning()) return undefined;
    const params: DocumentParams = { uri: client.code2ProtocolConverter.asUri(file) };
    return (await client.sendRequest<Report | null>(REPORT_REQUEST, params)) ?? undefined;
}

async function fetchReportHtml(client: LanguageClient | undefined, file: vscode.Uri): Promise<ReportHtml | undefined> {
    if (!client?.isRunning()) return undefined;
    const params: DocumentParams = { uri: client.code2ProtocolConverter.asUri(file) };
    return (await client.sendRequest<ReportHtml | null>(REPORT_HTML_REQUEST, params)) ?? undefined;
}

/**
 * The file whose deployment a command reports on: its argument (a URI, or a URI string as a code
 * lens from the server passes it), else the active `.ece` editor.
 */
function targetFile(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    if (typeof argument === 'string' && /^[a-z][\w+.-]*:/i.test(argument)) return vscode.Uri.parse(argument, true);
    return activeEceDocument()?.uri;
}

function sectionOf(argument: unknown): ReportSection | undefined {
    return REPORT_SECTIONS.find(section => section === argument);
}

const WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = {
    // Only for the page's one script, which the page's policy admits by nonce.
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    // The page is self-contained: nothing to load from disk.
    localResourceRoots: [],
};

function isPageState(state: unknown): state is ReportPageState {
    return typeof state === 'object' && state !== null && typeof (state as Partial<ReportPageState>).file === 'string';
}

function folderOf(uri: vscode.Uri): string {
    return vscode.Uri.joinPath(uri, '..').toString();
}

function isRevealMessage(message: unknown): message is RevealMessage {
    if (typeof message !== 'object' || message === null) return false;
    const m = message as Record<string, unknown>;
    const position = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
    return m.command === 'reveal' && typeof m.uri === 'string'
        && position(m.line) && position(m.character) && position(m.endLine) && position(m.endCharacter);
}

/** The open sizing reports, one webview panel per deployment folder; restores them after a reload. */
export class SizingReports implements vscode.Disposable, vscode.WebviewPanelSerializer {
    private readonly panels = new Map<string, SizingReportPanel>();
    private readonly subscriptions: vscode.Disposable[];

    /** `started` settles once the language server has started (or failed to). */
    constructor(private readonly client: () => LanguageClient | undefined, private readonly started: Promise<unknown>) {
        this.subscriptions = [
            vscode.window.registerWebviewPanelSerializer(REPORT_VIEW_TYPE, this),
            // The server publishes diagnostics after every rebuild of a file: the report may have changed too.
            vscode.languages.onDidChangeDiagnostics(event => {
                const folders = new Set(event.uris.filter(uri => uri.path.endsWith('.ece')).map(folderOf));
                for (const panel of this.panels.values()) {
                    if (folders.has(panel.folder.toString())) panel.refreshSoon();
                }
            }),
        ];
    }

    get views(): SizingReportView[] {
        return [...this.panels.values()];
    }

    /** Opens (or brings forward) the report of the file's deployment beside the editor, at a section if one is named. */
    async show(argument?: unknown, section?: unknown): Promise<SizingReportView | undefined> {
        const file = targetFile(argument);
        if (!file) {
            void vscode.window.showInformationMessage('Open an .ece file to see its deployment\'s sizing report.');
            return undefined;
        }
        const client = this.client();
        const report = await fetchReportHtml(client, file);
        if (!client || !report) {
            void vscode.window.showWarningMessage('The ECE language server has no deployment for this file yet.');
            return undefined;
        }
        const folder = client.protocol2CodeConverter.asUri(report.folder);
        const sourceColumn = vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
        const existing = this.panels.get(folder.toString());
        if (existing) {
            existing.showSection(sectionOf(section));
            existing.render(report);
            existing.panel.reveal(undefined, true);
            return existing;
        }
        const webviewPanel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, report.title,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
        return this.adopt(webviewPanel, file, folder, sourceColumn, report, sectionOf(section));
    }

    /** After a window reload: the page of the deployment it showed, if the server still has that deployment. */
    async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
        webviewPanel.webview.options = WEBVIEW_OPTIONS;
        const client = this.client();
        let file: vscode.Uri | undefined;
        try {
            file = isPageState(state) ? vscode.Uri.parse(state.file, true) : undefined;
        } catch {
            file = undefined;
        }
        // The server starts with the extension: the page waits for it rather than failing.
        await this.started.catch(() => undefined);
        const report = file ? await fetchReportHtml(client, file).catch(() => undefined) : undefined;
        if (!client || !file || !report) {
            // Nothing to show any more (the files are gone, or the server did not start): no empty tab is left behind.
            webviewPanel.dispose();
            return;
        }
        const folder = client.protocol2CodeConverter.asUri(report.folder);
        if (this.panels.has(folder.toString())) {
            webviewPanel.dispose();
            return;
        }
        this.adopt(webviewPanel, file, folder, vscode.ViewColumn.One, report, undefined);
    }

    private adopt(webviewPanel: vscode.WebviewPanel, file: vscode.Uri, folder: vscode.Uri, sourceColumn: vscode.ViewColumn,
        report: ReportHtml, section: ReportSection | undefined): SizingReportPanel {
        const panel = new SizingReportPanel(this.client, webviewPanel, file, folder, sourceColumn, report, section,
            () => this.panels.delete(folder.toString()));
        this.panels.set(folder.toString(), panel);
        return panel;
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) panel.panel.dispose();
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}

class SizingReportPanel implements SizingReportView {
    private readonly subscriptions: vscode.Disposable[] = [];
    private pending: NodeJS.Timeout | undefined;
    private generation = 0;
    private files: vscode.Uri[] = [];
    /** The deployment changed while the panel was hidden: render when it shows again. */
    private stale = false;
    /** The section to show once the page is loaded. */
    private pendingSection: ReportSection | undefined;
    renders = 0;
    shownSection: ReportSection | undefined;

    constructor(
        private readonly client: () => LanguageClient | undefined,
        readonly panel: vscode.WebviewPanel,
        private file: vscode.Uri,
        readonly folder: vscode.Uri,
        private readonly sourceColumn: vscode.ViewColumn,
        report: ReportHtml,
        section: ReportSection | undefined,
        onDispose: () => void,
    ) {
        this.pendingSection = section;
        this.subscriptions.push(
            this.panel.webview.onDidReceiveMessage(message => void this.handleMessage(message)),
            this.panel.onDidChangeViewState(({ webviewPanel }) => {
                if (webviewPanel.visible && this.stale) this.refreshSoon();
            }),
            this.panel.onDidDispose(() => {
                clearTimeout(this.pending);
                vscode.Disposable.from(...this.subscriptions).dispose();
                onDispose();
            }),
        );
        this.render(report);
    }

    get title(): string {
        return this.panel.title;
    }

    get html(): string {
        return this.panel.webview.html;
    }

    render(report: ReportHtml): void {
        this.generation++;
        const client = this.client();
        if (client) this.files = report.files.map(f => client.protocol2CodeConverter.asUri(f));
        this.panel.title = report.title;
        this.panel.webview.html = report.html;
        this.renders++;
    }

    refreshSoon(): void {
        clearTimeout(this.pending);
        // A hidden panel is not rendered for nothing (the server draws the pictures each time).
        this.stale = !this.panel.visible;
        if (this.stale) return;
        this.pending = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    }

    /** Asks the server for the page again, for a file of the deployment that still exists. */
    async refresh(): Promise<void> {
        const generation = ++this.generation;
        const client = this.client();
        const candidates = [this.file, ...this.files.filter(f => f.toString() !== this.file.toString())];
        for (const file of candidates) {
            let report: ReportHtml | undefined;
            try {
                report = await fetchReportHtml(client, file);
            } catch (error) {
                client?.outputChannel.appendLine(`ece/reportHtml failed: ${error instanceof Error ? error.message : String(error)}`);
                return;
            }
            // A newer refresh (or a render by the command) started meanwhile: its page wins.
            if (generation !== this.generation) return;
            if (report) {
                this.file = file;
                this.render(report);
                return;
            }
        }
    }

    /** Scrolls the page to a section once it is loaded (the next `ready`), or now if it is. */
    showSection(section: ReportSection | undefined): void {
        this.pendingSection = section;
    }

    async handleMessage(message: unknown): Promise<vscode.TextEditor | undefined> {
        const command = typeof message === 'object' && message !== null ? (message as { command?: unknown }).command : undefined;
        if (command === 'ready' && this.pendingSection) {
            void this.panel.webview.postMessage({ command: 'showSection', section: this.pendingSection });
            this.pendingSection = undefined;
            return undefined;
        }
        if (command === 'shown') {
            this.shownSection = sectionOf((message as { section?: unknown }).section);
            return undefined;
        }
        if (!isRevealMessage(message)) return undefined;
        const client = this.client();
        const uri = client ? client.protocol2CodeConverter.asUri(message.uri) : vscode.Uri.parse(message.uri);
        // The page may only point into its own deployment.
        if (folderOf(uri) !== this.folder.toString() || !uri.path.endsWith('.ece')) return undefined;
        const range = new vscode.Range(message.line, message.character, message.endLine, message.endCharacter);
        const document = await vscode.workspace.openTextDocument(uri);
        const reportColumn = this.panel.viewColumn;
        const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString() && e.viewColumn !== reportColumn);
        const column = shown?.viewColumn ?? (this.sourceColumn !== reportColumn ? this.sourceColumn : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preview: false });
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return editor;
    }
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
    if (!(target instanceof vscode.Uri)) void offerToOpen(destination);
    return destination;
}

async function offerToOpen(file: vscode.Uri): Promise<void> {
    const open = 'Open';
    const choice = await vscode.window.showInformationMessage(`Sizing report written to ${vscode.workspace.asRelativePath(file)}.`, open);
    if (choice === open) await vscode.window.showTextDocument(file, { preview: false });
}
