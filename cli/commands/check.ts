import * as fs from 'node:fs';
import * as path from 'node:path';
import { findDeploymentFolders } from '../../language/workspace/load-workspace.js';
import { repositoryRoot } from '../../language/workspace/project-config.js';
import { compareWithBaseline, writeBaseline, type BaselineComparison } from '../baseline.js';
import { formatDiagnostic } from '../../report/text.js';
import { EXIT_ERRORS, EXIT_OK } from '../errors.js';
import { identifyDiagnostics } from '../findings.js';
import { fixDiff, planFixes, writeFixes } from '../fix.js';
import { toSarif } from '../output/sarif.js';
import { ruleDocUrl } from '../../language/rules/rule.js';
import { displayPath, loadDeployments, type CheckedDeployment, type FileDiagnostic } from '../workspace.js';
import type { CommonOptions } from '../options.js';
import { configureSettings } from '../options.js';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions extends CommonOptions {
    format: CheckFormat;
    baseline?: string;
    writeBaseline?: string;
    fix?: boolean;
    fixDryRun?: boolean;
}

/** A diagnostic with the link to its rule's section of the rules reference. */
export interface CheckedDiagnostic extends FileDiagnostic {
    url: string;
}

export interface CheckSummary {
    deployments: number;
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
    /** Known findings the baseline hid (with --baseline). */
    baselined?: number;
}

export async function checkCommand(paths: string[], options: CheckOptions): Promise<number> {
    if (options.fix || options.fixDryRun) {
        const plan = await planFixes(findDeploymentFolders(paths, true), configureSettings(options));
        const notes = plan.skipped.map(s => `ece: ${displayPath(s.folder) || '.'}: not fixed: ${s.reason}\n`);
        if (!plan.converged) notes.push(`ece: the fixes still changed the text after ${plan.rounds} rounds; run --fix again\n`);
        if (options.fixDryRun) {
            process.stdout.write(fixDiff(plan));
            process.stderr.write(notes.join(''));
            return EXIT_OK;
        }
        const { written, changedMeanwhile } = writeFixes(plan);
        notes.push(...changedMeanwhile.map(file => `ece: ${displayPath(file)}: not fixed: it changed on disk meanwhile\n`));
        notes.push(`ece: applied ${plan.fixes} quick-fix${plan.fixes === 1 ? '' : 'es'} in ${written.length} file${written.length === 1 ? '' : 's'}\n`);
        process.stderr.write(notes.join(''));
    }
    const deployments = await loadDeployments(paths, { recursive: true, configure: configureSettings(options) });
    const identified = deployments.flatMap(identifyDiagnostics);
    // Compared before writing, so that --baseline F --write-baseline F reports against the old file, then refreshes it.
    const comparison: BaselineComparison | undefined = options.baseline ? compareWithBaseline(options.baseline, identified) : undefined;
    if (options.writeBaseline) writeBaseline(options.writeBaseline, identified);
    const shown = comparison ? identified.filter((_, i) => comparison.states[i] === 'new') : identified;
    const { diagnostics, summary } = checkJson(deployments, shown.map(({ identity: _identity, folder: _folder, ...d }) => d),
        comparison ? identified.length - shown.length : undefined);
    switch (options.format) {
        case 'json':
            process.stdout.write(JSON.stringify({ diagnostics, summary }, null, 2) + '\n');
            break;
        case 'sarif':
            process.stdout.write(JSON.stringify(toSarif(identified, { root: sourceRoot(deployments), baseline: comparison }), null, 2) + '\n');
            break;
        default:
            process.stdout.write(formatText(diagnostics, summary));
    }
    if (options.writeBaseline) process.stderr.write(`ece: wrote ${identified.length} finding${identified.length === 1 ? '' : 's'} to ${options.writeBaseline}\n`);
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Where SARIF locations are relative to: the repository holding the first deployment, else the current folder. */
function sourceRoot(deployments: readonly CheckedDeployment[]): string {
    const first = deployments[0]?.folder.path;
    const root = first ? repositoryRoot(first) : undefined;
    return root && fs.existsSync(path.join(root, '.git')) ? root : process.cwd();
}

/**
 * The `ece check --format json` contract: every diagnostic with its rule's documentation link, and
 * the counts; `baselined` counts the known findings a baseline hid.
 */
export function checkJson(
    deployments: readonly CheckedDeployment[],
    shown: readonly FileDiagnostic[] = deployments.flatMap(d => d.diagnostics),
    baselined?: number,
): { diagnostics: CheckedDiagnostic[]; summary: CheckSummary } {
    const diagnostics = shown.map(d => ({ ...d, url: ruleDocUrl(d.code) }));
    return {
        diagnostics,
        summary: {
            deployments: deployments.length,
            files: deployments.reduce((n, d) => n + d.folder.documents.length, 0),
            errors: count(diagnostics, 'error'),
            warnings: count(diagnostics, 'warning'),
            infos: count(diagnostics, 'info'),
            hints: count(diagnostics, 'hint'),
            ...(baselined !== undefined ? { baselined } : {}),
        },
    };
}

function count(diagnostics: FileDiagnostic[], severity: FileDiagnostic['severity']): number {
    return diagnostics.filter(d => d.severity === severity).length;
}


function formatText(diagnostics: FileDiagnostic[], s: CheckSummary): string {
    const lines = diagnostics.map(formatDiagnostic);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`${plural(s.deployments, 'deployment')}, ${plural(s.files, 'file')}: `
        + `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info, ${plural(s.hints, 'hint')}`
        + (s.baselined === undefined ? '' : `; ${plural(s.baselined, 'known finding')} hidden by the baseline`));
    return lines.join('\n') + '\n';
}
