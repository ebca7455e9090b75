/** What every command does first: resolve the paths it was given into built deployment folders. */
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createEceCoreServices, type EceCoreServices } from '../language/ece-module.js';
import type { FolderAnalysis } from '../language/workspace/deployment-analyses.js';
import { eceFilesIn, findDeploymentFolders, loadFolders, readEceText, type FolderSource, type LoadedFolder } from '../language/workspace/load-workspace.js';
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
    return checked(Ece, await loadFolders(Ece, folders, options.source));
}

/** A deployment folder's files as text, read from disk, a git revision, or fixed in memory. */
export interface FolderTexts {
    /** Absolute path of the folder: its files' URIs are under it, as if on disk. */
    path: string;
    /** Absolute path → text. */
    files: ReadonlyMap<string, string>;
}

/** Reads the `.ece` files of deployment folders as text. */
export function readFolderTexts(folders: readonly string[]): FolderTexts[] {
    return folders.map(folder => ({ path: folder, files: new Map(eceFilesIn(folder).map(file => [file, readEceText(file)])) }));
}

/** Builds deployments from texts held in memory (nothing is read but the configuration), in a workspace of their own. */
export async function loadDeploymentTexts(folders: readonly FolderTexts[], configure?: LoadOptions['configure']): Promise<CheckedDeployment[]> {
    const { Ece } = createEceCoreServices(NodeFileSystem);
    configure?.(Ece, folders.map(f => f.path));
    const byFolder = new Map(folders.map(f => [f.path, f.files]));
    const source: FolderSource = {
        files: folder => [...(byFolder.get(folder)?.keys() ?? [])].sort((a, b) => a.localeCompare(b)),
        read: file => byFolder.get(path.dirname(file))?.get(file) ?? '',
    };
    const loaded = await loadFolders(Ece, folders.map(f => f.path), source);
    return checked(Ece, loaded);
}

function checked(Ece: EceCoreServices, loaded: LoadedFolder[]): CheckedDeployment[] {
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
