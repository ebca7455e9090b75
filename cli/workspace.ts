/** What every command does first: resolve the paths it was given into built deployment folders. */
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createEceCoreServices, type EceCoreServices } from '../language/ece-module.js';
import type { FolderAnalysis } from '../language/workspace/deployment-analyses.js';
import { findDeploymentFolders, loadFolders, type FolderSource, type LoadedFolder } from '../language/workspace/load-workspace.js';
import { compareFileDiagnostics, toFileDiagnostic, type FileDiagnostic } from '../language/validation/file-diagnostic.js';

export type { FileDiagnostic };

export interface CheckedDeployment extends FolderAnalysis {
    folder: LoadedFolder;
    diagnostics: FileDiagnostic[];
}

export interface LoadOptions {
    /** Look for deployment folders below the given folders too (check), or take exactly the folder (size, growth…). */
    recursive: boolean;
    configure?: (services: EceCoreServices, folders: readonly string[]) => void;
    /** The files' text from elsewhere than the disk (a what-if's texts in memory). */
    source?: FolderSource;
}

export async function loadDeployments(inputs: readonly string[], options: LoadOptions): Promise<CheckedDeployment[]> {
    const folders = findDeploymentFolders(inputs, options.recursive);
    const { Ece } = createEceCoreServices(NodeFileSystem);
    options.configure?.(Ece, folders);
    const loaded = await loadFolders(Ece, folders, options.source);
    return loaded.map(folder => ({
        ...Ece.workspace.DeploymentAnalyses.forFolder(folder.uri),
        folder,
        diagnostics: folder.documents
            .flatMap(d => (d.diagnostics ?? []).map(diag => toFileDiagnostic(d.uri.toString(), displayPath(d.uri.fsPath), diag)))
            .sort(compareFileDiagnostics),
    }));
}

export function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
