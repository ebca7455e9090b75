/**
 * The deployment model, its analysis and its rule findings, computed once per folder and workspace
 * state, and shared by validation, hovers, code lenses and the CLI.
 */
import { WorkspaceCache, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments } from 'langium';
import { analyze, type Analysis } from '../engine/analysis.js';
import { buildDeployment } from '../model/build-deployment.js';
import { runRules, type RuleFinding } from '../rules/run-rules.js';
import { deploymentFolderOf } from './deployment-folder.js';
import type { EceSettings } from './ece-settings.js';

export interface FolderAnalysis {
    analysis: Analysis;
    findings: RuleFinding[];
}

export class DeploymentAnalyses {
    private readonly documents: LangiumDocuments;
    private readonly settings: EceSettings;
    private readonly cache: WorkspaceCache<string, FolderAnalysis>;

    constructor(services: LangiumCoreServices & { workspace: { EceSettings: EceSettings } }) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.settings = services.workspace.EceSettings;
        this.cache = new WorkspaceCache(services.shared);
    }

    forDocument(document: LangiumDocument): FolderAnalysis {
        return this.forFolder(deploymentFolderOf(document.uri));
    }

    forFolder(folder: string): FolderAnalysis {
        return this.cache.get(folder, () => this.compute(folder));
    }

    documentsOf(folder: string): LangiumDocument[] {
        return this.documents.all.filter(d => deploymentFolderOf(d.uri) === folder).toArray();
    }

    private compute(folder: string): FolderAnalysis {
        const documents = this.documentsOf(folder);
        const settings = this.settings.forFolder(folder);
        const analysis = analyze(buildDeployment(folder, documents), settings.planningHorizonMonths);
        const texts = new Map(documents.map(d => [d.uri.toString(), d.textDocument.getText()]));
        const findings = runRules(analysis, {
            planningHorizonMonths: settings.planningHorizonMonths,
            text: uri => texts.get(uri),
        });
        return { analysis, findings };
    }
}
