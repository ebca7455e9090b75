/** Checks deployments held in memory with one long-lived set of core services (fast for fuzzing). */
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createEceCoreServices, type EceCoreServices } from '../../language/ece-module.js';
import type { FolderAnalysis } from '../../language/workspace/deployment-analyses.js';

export interface InMemoryResult extends FolderAnalysis {
    diagnostics: Diagnostic[];
}

export class InMemoryChecker {
    readonly services: EceCoreServices = createEceCoreServices(EmptyFileSystem).Ece;
    private counter = 0;

    async check(files: Record<string, string>): Promise<InMemoryResult> {
        const folder = `file:///memory/${++this.counter}`;
        const workspace = this.services.shared.workspace;
        const documents = Object.entries(files).map(([name, text]) => {
            const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`${folder}/${name}`));
            workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        try {
            await workspace.DocumentBuilder.build(documents, { validation: true });
            return {
                ...this.services.workspace.DeploymentAnalyses.forFolder(folder),
                diagnostics: documents.flatMap(d => d.diagnostics ?? []),
            };
        } finally {
            // Through the builder, so that the index forgets them too (else every later check searches them).
            await workspace.DocumentBuilder.update([], documents.map(d => d.uri));
        }
    }
}
