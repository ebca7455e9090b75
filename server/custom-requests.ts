/**
 * Handlers of the ECE requests beyond LSP (server/custom-protocol.ts): the deployment summary the
 * VS Code status bar shows and the Markdown sizing report. Each waits until the workspace is linked,
 * then reads the folder's cached analysis: nothing is computed twice.
 */
import { DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver';
import type { EceCoreServices } from '../language/ece-module.js';
import type { FolderAnalysis } from '../language/workspace/deployment-analyses.js';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import {
    DEPLOYMENT_SUMMARY_REQUEST, REPORT_REQUEST,
    type DeploymentSummary, type DocumentParams, type Report,
} from './custom-protocol.js';
import { sizingReportMarkdown, type ReportDiagnostic } from './sizing-report.js';

interface EceServicePair {
    shared: LangiumSharedCoreServices;
    Ece: EceCoreServices;
}

/** Call once, after `createEceServices` and before the connection listens (server/main.ts). */
export function registerCustomRequests(connection: Connection, services: EceServicePair): void {
    connection.onRequest(DEPLOYMENT_SUMMARY_REQUEST, async (params: DocumentParams, token: CancellationToken) => {
        const found = await folderOf(services, params, token);
        return found ? deploymentSummary(found.folder, found.documents) : null;
    });
    connection.onRequest(REPORT_REQUEST, async (params: DocumentParams, token: CancellationToken) => {
        const found = await folderOf(services, params, token, true);
        return found ? report(found.folder, found.documents) : null;
    });
}

interface FoundFolder {
    folder: FolderAnalysis;
    documents: LangiumDocument[];
}

/**
 * The analysed deployment of the file once the workspace is linked (as hovers wait); undefined for a
 * file the server does not know. With `validated`, the folder's files that no editor opened (Langium
 * validates only those) are validated first, so that every diagnostic of the deployment is known.
 */
async function folderOf({ shared, Ece }: EceServicePair, params: DocumentParams, token: CancellationToken, validated = false): Promise<FoundFolder | undefined> {
    await shared.workspace.WorkspaceManager.ready;
    const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
    if (!document) return undefined;
    const analyses = Ece.workspace.DeploymentAnalyses;
    const folder = deploymentFolderOf(document.uri);
    // Each file of the folder, not the workspace's build state: a build cancelled by a newer one never
    // announces the workspace-wide phase again, but every file reaches it.
    const builder = shared.workspace.DocumentBuilder;
    await Promise.all(analyses.documentsOf(folder).map(d => builder.waitUntil(DocumentState.Linked, d.uri, token)));
    if (validated) {
        const unvalidated = analyses.documentsOf(folder).filter(d => d.state < DocumentState.Validated);
        if (unvalidated.length > 0) {
            await shared.workspace.WorkspaceLock.write(cancel => builder.build(unvalidated, { validation: true }, cancel));
        }
    }
    return { folder: analyses.forFolder(folder), documents: analyses.documentsOf(folder) };
}

function deploymentSummary({ analysis }: FolderAnalysis, documents: LangiumDocument[]): DeploymentSummary {
    const { deployment, sizing } = analysis;
    const { configuration } = sizing;
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
    };
}

function report({ analysis }: FolderAnalysis, documents: LangiumDocument[]): Report {
    const diagnostics = documents
        .flatMap(d => (d.diagnostics ?? []).map(diagnostic => reportDiagnostic(d, diagnostic)))
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    return { name: analysis.deployment.name, markdown: sizingReportMarkdown(analysis, diagnostics) };
}

const SEVERITY_NAMES: Record<number, ReportDiagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function reportDiagnostic(document: LangiumDocument, diagnostic: Diagnostic): ReportDiagnostic {
    const path = document.uri.path;
    return {
        file: path.slice(path.lastIndexOf('/') + 1),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        message: diagnostic.message,
    };
}
