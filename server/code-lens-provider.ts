/** A one-line sizing and growth summary over the deployment declaration, like a cost lens. */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { figuresOf } from '../language/engine/explain.js';
import { timesToLimitLine } from '../language/engine/explain-capacity.js';
import type { DeploymentAnalyses } from '../language/workspace/deployment-analyses.js';
import type { EceServices } from './ece-lsp-module.js';

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
        // An empty command id makes the lens a label: clients show the title and run nothing.
        const lenses: CodeLens[] = [{ range, command: { title: figuresOf(analysis).summary, command: '' } }];
        // A growing load: when each limit is reached.
        if (analysis.capacity) lenses.push({ range, command: { title: timesToLimitLine(analysis.capacity), command: '' } });
        return lenses;
    }
}
