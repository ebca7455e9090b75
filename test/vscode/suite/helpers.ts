/** Helpers of the in-editor suite: the real extension, the real CLI, and waiting for the server. */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { EceExtensionApi } from '../../../client/extension.js';
import { config } from './config.js';

export const EXTENSION_ID = 'ece-design-as-code.ece-design-as-code';

export async function eceExtension(): Promise<EceExtensionApi> {
    const extension = vscode.extensions.getExtension<EceExtensionApi>(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
    return extension.activate();
}

export function workspaceRoot(): string {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('VS Code opened no folder');
    return folder.uri.fsPath;
}

export function exampleUri(relative: string): vscode.Uri {
    return vscode.Uri.file(path.join(workspaceRoot(), relative));
}

export async function open(relative: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(exampleUri(relative));
    return vscode.window.showTextDocument(document, { preview: false });
}

const execFileAsync = promisify(execFile);

/** Runs the `ece` CLI in the workspace with the Node that runs this extension host (plain Node under Electron too). */
export async function ece<T>(...args: string[]): Promise<T> {
    const { stdout } = await execFileAsync(process.execPath, [config().cli, ...args], {
        cwd: workspaceRoot(),
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; code?: number }) => {
        // `ece check` exits 1 when it finds errors; its JSON is on stdout all the same.
        if (error.code === 1 && error.stdout) return { stdout: error.stdout };
        throw error;
    });
    return JSON.parse(stdout) as T;
}

/** Polls until `probe` returns a value for which `done` holds; returns the last value either way. */
export async function waitFor<T>(probe: () => T | PromiseLike<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let value = await probe();
    while (!done(value) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 200));
        value = await probe();
    }
    return value;
}

/** A diagnostic as `ece check --format json` prints it. */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITY: Record<vscode.DiagnosticSeverity, CliDiagnostic['severity']> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'info',
    [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** The editor's diagnostics of the `.ece` files of one folder, in the CLI's shape and order. */
export function editorDiagnostics(folder: string): CliDiagnostic[] {
    const root = workspaceRoot();
    return vscode.languages.getDiagnostics()
        .filter(([uri]) => uri.fsPath.endsWith('.ece') && path.dirname(uri.fsPath) === path.join(root, folder))
        .flatMap(([uri, diagnostics]) => diagnostics.map(d => ({
            file: path.relative(root, uri.fsPath),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: SEVERITY[d.severity],
            code: String(typeof d.code === 'object' ? d.code.value : d.code),
            message: d.message,
        })))
        .sort(compareDiagnostics);
}

export function compareDiagnostics(a: CliDiagnostic, b: CliDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
        || a.message.localeCompare(b.message);
}

export async function cliDiagnostics(folder: string): Promise<CliDiagnostic[]> {
    const result = await ece<{ diagnostics: CliDiagnostic[] }>('check', '--format', 'json', folder);
    // The CLI's JSON may gain fields (its contract adds, never renames): compare what the editor shows.
    return result.diagnostics.map(d => ({
        file: path.normalize(d.file), line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
        severity: d.severity, code: d.code, message: d.message,
    })).sort(compareDiagnostics);
}

export function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

export function positionOf(document: vscode.TextDocument, text: string, after = ''): vscode.Position {
    const start = document.getText().indexOf(after + text);
    if (start < 0) throw new Error(`'${after}${text}' is not in ${document.uri.fsPath}`);
    return document.positionAt(start + after.length + 1);
}
