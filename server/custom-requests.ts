/**
 * Handlers of the ECE requests beyond LSP (server/custom-protocol.ts): the deployment summary the
 * VS Code status bar shows and the sizing report, as Markdown and as the HTML page for a webview.
 * Each waits until the workspace is linked, then reads the folder's cached analysis: nothing is
 * computed twice. The report is report/'s, the same as `ece report` prints.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';
import type { EceCoreServices } from '../language/ece-module.js';
import { figuresOf } from '../language/engine/explain.js';
import { capacityHeadline, describeTimeToLimit } from '../language/engine/explain-capacity.js';
import { renderMarkdown } from '../report/markdown.js';
import { buildReportModel, type ReportDiagnostic, type ReportModel } from '../report/report-model.js';
import { compareFileDiagnostics, toFileDiagnostic } from '../language/validation/file-diagnostic.js';
import type { FolderAnalysis } from '../language/workspace/deployment-analyses.js';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import {
    DEPLOYMENT_SUMMARY_REQUEST, REPORT_HTML_REQUEST, REPORT_REQUEST,
    type DeploymentSummary, type DocumentParams, type Report, type ReportHtml,
} from './protocol/custom-protocol.js';
import { webviewReportHtml } from './report-webview.js';
import { SizeLimits } from './size-limits.js';
import type { EceSharedServices } from './ece-lsp-module.js';

interface EceServicePair {
    shared: EceSharedServices;
    Ece: EceCoreServices;
}

/** Call once, after `createEceServices` and before the connection listens (server/serve.ts). */
export function registerCustomRequests(connection: Connection, services: EceServicePair): void {
    connection.onRequest(DEPLOYMENT_SUMMARY_REQUEST, async (params: DocumentParams, token: CancellationToken) => {
        const found = await folderOf(services, params, token);
        return found ? deploymentSummary(found.folder, found.documents) : null;
    });
    connection.onRequest(REPORT_REQUEST, async (params: DocumentParams, token: CancellationToken): Promise<Report | null> => {
        const found = await folderOf(services, params, token, true);
        if (!found) return null;
        return { name: found.folder.analysis.deployment.name, markdown: renderMarkdown(reportModel(found)) };
    });
    connection.onRequest(REPORT_HTML_REQUEST, async (params: DocumentParams, token: CancellationToken): Promise<ReportHtml | null> => {
        const found = await folderOf(services, params, token, true);
        if (!found) return null;
        const { deployment } = found.folder.analysis;
        return {
            name: deployment.name,
            title: `Sizing Report: ${deployment.name}`,
            folder: deployment.folder,
            files: found.documents.map(d => d.uri.toString()),
            html: await webviewReportHtml(reportModel(found)),
        };
    });
}

interface FoundFolder {
    folder: FolderAnalysis;
    documents: LangiumDocument[];
}

/**
 * The analysed deployment of the file once its files are linked (as hovers wait); undefined for a
 * file the server does not know. With `validated`, once its files are validated too, so that every
 * diagnostic of the deployment is known.
 */
async function folderOf({ shared, Ece }: EceServicePair, params: DocumentParams, token: CancellationToken, validated = false): Promise<FoundFolder | undefined> {
    await shared.workspace.WorkspaceManager.ready;
    const uri = URI.parse(params.uri);
    await shared.workspace.BackgroundCheck.readNow(deploymentFolderOf(uri));
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    if (!document) return undefined;
    // Past the size limits the deployment is not analysed (server/size-limits.ts): no summary, no report.
    if (new SizeLimits(shared).exceeded(document)) return undefined;
    const analyses = Ece.workspace.DeploymentAnalyses;
    const folder = deploymentFolderOf(document.uri);
    const target = validated ? DocumentState.Validated : DocumentState.Linked;
    // Each file of the folder, not the workspace's build state: a build cancelled by a newer one never
    // announces the workspace-wide phase again, but every file reaches it. Every build of this server
    // validates (the initial one and updates), so waiting is enough, and building here would cancel
    // the build in progress, leaving other folders' files half-built.
    const builder = shared.workspace.DocumentBuilder;
    const waits = await Promise.allSettled(analyses.documentsOf(folder).map(d => builder.waitUntil(target, d.uri, token)));
    const failed = waits.find(w => w.status === 'rejected');
    if (failed && token.isCancellationRequested) throw failed.reason;
    // A file whose build was cancelled with no build after it (Langium then refuses to wait): build it now.
    const behind = analyses.documentsOf(folder).filter(d => d.state < target);
    if (behind.length > 0) {
        await shared.workspace.WorkspaceLock.write(cancel => builder.build(behind, { validation: validated }, cancel));
    }
    return { folder: analyses.forFolder(folder), documents: analyses.documentsOf(folder) };
}

function deploymentSummary({ analysis }: FolderAnalysis, documents: LangiumDocument[]): DeploymentSummary {
    const { deployment, sizing } = analysis;
    const { configuration } = sizing;
    const figures = figuresOf(analysis);
    return {
        name: deployment.name,
        folder: deployment.folder,
        files: documents.length,
        standardizedAgents: { ...sizing.standardizedAgents },
        configuration: {
            name: configuration.name,
            maxAgents: Number.isFinite(configuration.maxAgents) ? configuration.maxAgents : null,
            ova: configuration.ova,
        },
        applicationServersNeeded: sizing.applicationServersNeeded,
        applicationServersDeclared: sizing.applicationServersDeclared,
        headroom: { ...sizing.headroom },
        summary: figures.summary,
        figures: [...figures.standardizedAgents, ...figures.configuration]
            .map(({ key, label, value, arithmetic }) => ({ key, label, value, arithmetic })),
        ...capacitySummary(analysis),
    };
}

function capacitySummary(analysis: FolderAnalysis['analysis']): Pick<DeploymentSummary, 'capacity'> {
    const headline = capacityHeadline(analysis);
    if (!analysis.capacity || headline === undefined) return {};
    return { capacity: { headline, timesToLimit: analysis.capacity.timesToLimit.map(describeTimeToLimit) } };
}

/** The report of the folder with every diagnostic of its files, in `ece check`'s order. */
function reportModel({ folder, documents }: FoundFolder): ReportModel {
    const diagnostics = documents
        .flatMap(d => (d.diagnostics ?? []).map(diagnostic => reportDiagnostic(d, diagnostic)))
        .sort(compareFileDiagnostics);
    return buildReportModel(folder.analysis, diagnostics);
}

function reportDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): ReportDiagnostic {
    return toFileDiagnostic(document.uri.toString(), UriUtils.basename(document.uri), diagnostic);
}
