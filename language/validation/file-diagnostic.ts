/**
 * A diagnostic as every presenter shows it (CLI, report, SARIF, the editor's custom requests):
 * 1-based line and column, the rule's severity by name. The one mapping between our severities
 * and LSP's numbers lives here.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../rules/rule.js';

const TO_LSP: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

const FROM_LSP: Record<number, Severity> = {
    [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint',
};

export function lspSeverity(severity: Severity): DiagnosticSeverity {
    return TO_LSP[severity];
}

/** A diagnostic without a severity is an error, as LSP says. */
export function severityOf(diagnostic: Pick<Diagnostic, 'severity'>): Severity {
    return FROM_LSP[diagnostic.severity ?? DiagnosticSeverity.Error] ?? 'error';
}

export interface FileDiagnostic {
    /** The file as the reader should see it (relative path, or last segment). */
    file: string;
    uri: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export function toFileDiagnostic(uri: string, file: string, d: Diagnostic): FileDiagnostic {
    return {
        file,
        uri,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityOf(d),
        code: typeof d.code === 'string' ? d.code : String(d.code ?? 'unknown'),
        message: d.message,
    };
}

/** `ece check`'s order: file, line, column, rule. */
export function compareFileDiagnostics(a: FileDiagnostic, b: FileDiagnostic): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}
