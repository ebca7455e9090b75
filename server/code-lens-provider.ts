/** A one-line sizing and growth summary over the deployment declaration, like a cost lens. */
import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { figuresOf } from '../language/engine/explain.js';
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
        // An empty command id makes the lens a label: clients show the title and run nothing.
        return [{
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            command: { title: figuresOf(analysis).summary, command: '' },
        }];
    }
}
