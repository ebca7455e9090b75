/**
 * A one-line sizing and growth summary over the deployment declaration, like a cost lens. Clicking
 * it opens the sizing report at its Sizing section: the client's `ece.showSizingReport` command,
 * given the file and the section's anchor.
 */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { figuresOf } from '../language/engine/explain.js';
import { timesToLimitLine } from '../language/engine/explain-capacity.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';
import type { ReportSection } from './protocol/custom-protocol.js';

/** The client command that opens the report (package.json, client/commands.ts). */
export const SHOW_SIZING_REPORT_COMMAND = 'ece.showSizingReport';

export class EceCodeLensProvider implements CodeLensProvider {
    private readonly analyses: DeploymentAnalyses;

    constructor(services: EceServices) {
        this.analyses = services.workspace.DeploymentAnalyses;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const { analysis } = this.analyses.forDocument(document);
        const declaration = analysis.deployment.declaration;
        if (!declaration || declaration.span.uri !== document.uri.toString()) return [];
        const line = declaration.span.start.line;
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        const section: ReportSection = 'sizing';
        // Clicking a lens opens the sizing report at its section.
        const open = (title: string) => ({ range, command: { title, command: SHOW_SIZING_REPORT_COMMAND, arguments: [document.uri.toString(), section] } });
        const lenses: CodeLens[] = [open(figuresOf(analysis).summary)];
        // A growing load: when each limit is reached.
        if (analysis.capacity) lenses.push(open(timesToLimitLine(analysis.capacity)));
        return lenses;
    }
}
