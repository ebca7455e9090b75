/** What every command does first: resolve the paths it was given into built deployment folders. */
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createEceCoreServices, type EceCoreServices } from '../ece-module.js';
import type { FolderAnalysis } from '../workspace/deployment-analyses.js';
import { findDeploymentFolders, loadFolders, type LoadedFolder } from '../workspace/load-workspace.js';
import type { Severity } from '../rules/rule.js';

export interface CheckedDeployment extends FolderAnalysis {
    folder: LoadedFolder;
    diagnostics: FileDiagnostic[];
}

/** A diagnostic as the CLI prints it: 1-based line and column, path relative to the working directory. */
export interface FileDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
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
    const loaded = await loadFolders(Ece, folders);
    return loaded.map(folder => ({
        ...Ece.workspace.DeploymentAnalyses.forFolder(folder.uri),
        folder,
        diagnostics: folder.documents
            .flatMap(d => (d.diagnostics ?? []).map(diag => toFileDiagnostic(d.uri.fsPath, diag)))
            .sort(compareDiagnostics),
    }));
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function toFileDiagnostic(file: string, d: Diagnostic): FileDiagnostic {
    return {
        file: displayPath(file),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITY_NAMES[d.severity ?? 1],
        code: typeof d.code === 'string' ? d.code : String(d.code ?? 'unknown'),
        message: d.message,
    };
}

export function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function compareDiagnostics(a: FileDiagnostic, b: FileDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
