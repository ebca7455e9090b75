/** `ece diff`: what a change does to a deployment's sizing, growth, routing and diagnostics. */
import { buildReportModel } from '../../report/report-model.js';
import { compareDeployments, type DeploymentDiff } from '../diff/diff-model.js';
import { readFolderAtRevision } from '../diff/git-revision.js';
import { diffMarkdown, diffText } from '../diff/render.js';
import { EXIT_ERRORS, EXIT_OK, UsageError } from '../errors.js';
import { identifyDiagnostics } from '../findings.js';
import { configureSettings, type CommonOptions } from '../options.js';
import { displayPath, loadDeployments, loadDeploymentTexts, type CheckedDeployment } from '../workspace.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export const FAIL_ON = ['limit', 'error'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface DiffOptions extends CommonOptions {
    base?: string;
    format: (typeof DIFF_FORMATS)[number];
    failOn?: FailOn[];
}

export const DIFF_HELP = `
Compares two deployment folders, or (with --base) a folder with itself at a git revision, read from
the repository without running git. The settings of ece.config.json (or --config) apply to both sides.

Examples:
  ece diff deployments/before deployments/after
  ece diff --base origin/main deployments/production --format markdown > comment.md
  ece diff --base HEAD~1 deployments/production --fail-on limit,error
`;

export function parseFailOn(value: string): FailOn[] {
    const list = value.split(',').map(v => v.trim()).filter(Boolean);
    const unknown = list.filter(v => !(FAIL_ON as readonly string[]).includes(v));
    if (unknown.length > 0 || list.length === 0) throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')} (comma-separated); found ${value}`);
    return list as FailOn[];
}

async function loadOneFolder(path: string, options: CommonOptions): Promise<CheckedDeployment> {
    const [deployment] = await loadDeployments([path], { recursive: false, configure: configureSettings(options) });
    if (!deployment) throw new UsageError(`${path}: no deployment found`);
    return deployment;
}

export async function diffCommand(paths: string[], options: DiffOptions): Promise<number> {
    let base: CheckedDeployment;
    let head: CheckedDeployment;
    let labels: [string, string];
    if (options.base !== undefined) {
        if (paths.length !== 1) throw new UsageError('with --base, give one deployment folder');
        head = await loadOneFolder(paths[0], options);
        const texts = await readFolderAtRevision(head.folder.path, options.base);
        [base] = await loadDeploymentTexts([texts], configureSettings(options));
        labels = [options.base, 'working tree'];
    } else {
        if (paths.length !== 2) throw new UsageError('give two deployment folders (base and head), or one with --base REV');
        base = await loadOneFolder(paths[0], options);
        head = await loadOneFolder(paths[1], options);
        labels = [displayPath(base.folder.path), displayPath(head.folder.path)];
    }
    const diff = diffJson(base, head, labels);
    switch (options.format) {
        case 'json':
            process.stdout.write(JSON.stringify(diff, null, 2) + '\n');
            break;
        case 'markdown':
            process.stdout.write(diffMarkdown(diff, ...labels));
            break;
        default:
            process.stdout.write(diffText(diff, ...labels));
    }
    return fails(diff, options.failOn ?? []) ? EXIT_ERRORS : EXIT_OK;
}

/** The `ece diff --format json` contract: what changing `base` into `head` does, with the sides' labels. */
export function diffJson(base: CheckedDeployment, head: CheckedDeployment, labels: readonly [string, string]): DeploymentDiff & { base: string; head: string } {
    const diff = compareDeployments(
        buildReportModel(base.analysis, base.diagnostics), buildReportModel(head.analysis, head.diagnostics),
        identifyDiagnostics(base), identifyDiagnostics(head),
    );
    return { base: labels[0], head: labels[1], ...diff };
}

function fails(diff: DeploymentDiff, failOn: readonly FailOn[]): boolean {
    return (failOn.includes('limit') && diff.crossesConfigurationLimit) || (failOn.includes('error') && diff.introducesErrors);
}
