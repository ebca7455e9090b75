/** What every command does first: resolve the paths it was given into built deployment folders. */
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createEceCoreServices, type EceCoreServices } from '../language/ece-module.js';
import type { FolderAnalysis } from '../language/workspace/deployment-analyses.js';
import { eceFilesIn, findDeploymentFolders, loadFolders, readEceText, type LoadedFolder } from '../language/workspace/load-workspace.js';
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
}

export async function loadDeployments(inputs: readonly string[], options: LoadOptions): Promise<CheckedDeployment[]> {
    const folders = findDeploymentFolders(inputs, options.recursive);
    const { Ece } = createEceCoreServices(NodeFileSystem);
    options.configure?.(Ece, folders);
    return checked(Ece, await loadFolders(Ece, folders));
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
    const factory = Ece.shared.workspace.LangiumDocumentFactory;
    const documents = Ece.shared.workspace.LangiumDocuments;
    const loaded: LoadedFolder[] = folders.map(folder => ({
        path: folder.path,
        uri: URI.file(folder.path).toString(),
        documents: [...folder.files].sort(([a], [b]) => a.localeCompare(b)).map(([file, text]) => {
            const document = factory.fromString(text, URI.file(file));
            documents.addDocument(document);
            return document;
        }),
    }));
    await Ece.shared.workspace.DocumentBuilder.build(loaded.flatMap(f => f.documents), { validation: true });
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
