/** Test helpers: build real folders (from disk or written to a temporary folder) with the core services. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createEceCoreServices } from '../../language/ece-module.js';
import type { FolderAnalysis } from '../../language/workspace/deployment-analyses.js';
import { loadFolders } from '../../language/workspace/load-workspace.js';
import { makeTempFolder } from './temp-folder.js';
import type { CheckerSettings } from '../../language/workspace/ece-settings.js';

export { REPO_ROOT } from './repo-root.js';

export interface CheckedDiagnostic extends Diagnostic {
    /** File name within the folder, e.g. `ece.ece`. */
    file: string;
}

export interface CheckedFolder extends FolderAnalysis {
    diagnostics: CheckedDiagnostic[];
    /** Diagnostic codes, sorted, for quick assertions. */
    codes: string[];
}

/** Parses, links and validates one deployment folder on disk. */
export async function checkFolder(folder: string, settings?: Partial<CheckerSettings>): Promise<CheckedFolder> {
    const { Ece } = createEceCoreServices(NodeFileSystem);
    if (settings) Ece.workspace.EceSettings.set(settings);
    const [loaded] = await loadFolders(Ece, [path.resolve(folder)]);
    const diagnostics = loaded.documents.flatMap(d =>
        (d.diagnostics ?? []).map(diag => ({ ...diag, file: path.basename(d.uri.fsPath) })));
    return {
        ...Ece.workspace.DeploymentAnalyses.forFolder(loaded.uri),
        diagnostics,
        codes: diagnostics.map(d => String(d.code)).sort(),
    };
}

/** Writes `files` (name → text) to a fresh temporary folder, removed after the test (temp-folder.ts), and returns its path. */
export function writeTempFolder(files: Record<string, string>): string {
    const folder = makeTempFolder('ece-test-');
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
    return folder;
}

/** Checks a deployment given as text: one file, or several files of one folder. */
export async function checkText(files: string | Record<string, string>, settings?: Partial<CheckerSettings>): Promise<CheckedFolder> {
    return checkFolder(writeTempFolder(typeof files === 'string' ? { 'main.ece': files } : files), settings);
}
