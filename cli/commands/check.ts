import pc from 'picocolors';
import { EXIT_ERRORS, EXIT_OK } from '../errors.js';
import { toSarif } from '../output/sarif.js';
import { terminalText } from '../output/text.js';
import { loadDeployments, type FileDiagnostic } from '../workspace.js';
import type { CommonOptions } from '../options.js';
import { configureSettings } from '../options.js';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckSummary {
    deployments: number;
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export async function checkCommand(paths: string[], options: CommonOptions & { format: CheckFormat }): Promise<number> {
    const deployments = await loadDeployments(paths, { recursive: true, configure: configureSettings(options) });
    const diagnostics = deployments.flatMap(d => d.diagnostics);
    const summary: CheckSummary = {
        deployments: deployments.length,
        files: deployments.reduce((n, d) => n + d.folder.documents.length, 0),
        errors: count(diagnostics, 'error'),
        warnings: count(diagnostics, 'warning'),
        infos: count(diagnostics, 'info'),
        hints: count(diagnostics, 'hint'),
    };
    switch (options.format) {
        case 'json':
            process.stdout.write(JSON.stringify({ diagnostics, summary }, null, 2) + '\n');
            break;
        case 'sarif':
            process.stdout.write(JSON.stringify(toSarif(diagnostics), null, 2) + '\n');
            break;
        default:
            process.stdout.write(formatText(diagnostics, summary));
    }
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

function count(diagnostics: FileDiagnostic[], severity: FileDiagnostic['severity']): number {
    return diagnostics.filter(d => d.severity === severity).length;
}

const COLOUR: Record<FileDiagnostic['severity'], (s: string) => string> = {
    error: pc.red, warning: pc.yellow, info: pc.cyan, hint: pc.dim,
};

export function formatDiagnostic(d: FileDiagnostic): string {
    return `${terminalText(d.file)}:${d.line}:${d.column}: ${COLOUR[d.severity](d.severity)} ${pc.dim(terminalText(d.code))}: ${terminalText(d.message)}`;
}

function formatText(diagnostics: FileDiagnostic[], s: CheckSummary): string {
    const lines = diagnostics.map(formatDiagnostic);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`${plural(s.deployments, 'deployment')}, ${plural(s.files, 'file')}: `
        + `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info, ${plural(s.hints, 'hint')}`);
    return lines.join('\n') + '\n';
}
