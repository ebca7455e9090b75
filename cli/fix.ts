/**
 * `ece check --fix`: applies every quick-fix the rules offer (the editor's "Fix all", through the same
 * language/rules/fix-all.ts), in memory and in rounds until a round changes nothing, then writes each
 * changed file atomically. A deployment whose files have syntax errors is left alone, before (its model
 * is incomplete) and after (a fix must never leave one). `--fix-dry-run` prints the unified diff instead.
 */
import { createTwoFilesPatch } from 'diff';
import { TextDocument, URI } from 'langium';
import { compatibleFixes, fixOfDiagnostic, groupFixEdits } from '../language/rules/fix-all.js';
import { readEceText } from '../language/workspace/load-workspace.js';
import { writeFileAtomic } from './output/atomic-write.js';
import { displayPath, loadDeploymentTexts, readFolderTexts, type CheckedDeployment, type FolderTexts, type LoadOptions } from './workspace.js';

/** Decision: fixes that keep changing each other's text stop here rather than loop forever. */
export const MAX_FIX_ROUNDS = 10;

export interface FileChange {
    file: string;
    before: string;
    after: string;
}

export interface FixPlan {
    changes: FileChange[];
    /** Quick-fixes applied, over all rounds. */
    fixes: number;
    rounds: number;
    /** Deployment folders not fixed, and why. */
    skipped: { folder: string; reason: string }[];
    converged: boolean;
}

function hasSyntaxErrors(deployment: CheckedDeployment): boolean {
    return deployment.diagnostics.some(d => d.severity === 'error' && d.code.startsWith('syntax/'));
}

/** The fixes of every deployment folder, applied in memory; nothing is written. */
export async function planFixes(folders: readonly string[], configure: LoadOptions['configure']): Promise<FixPlan> {
    const original = readFolderTexts(folders);
    let current: FolderTexts[] = original.map(f => ({ path: f.path, files: new Map(f.files) }));
    const skipped: FixPlan['skipped'] = [];
    let fixes = 0;
    let rounds = 0;
    let converged = false;
    for (;;) {
        const deployments = await loadDeploymentTexts(current, configure);
        for (const deployment of deployments.filter(hasSyntaxErrors)) {
            skipped.push({
                folder: deployment.folder.path,
                reason: rounds === 0 ? 'it has syntax errors; fix them first' : 'the fixes would leave a syntax error, so none is written',
            });
        }
        const broken = new Set(deployments.filter(hasSyntaxErrors).map(d => d.folder.path));
        current = current.filter(f => !broken.has(f.path));
        if (rounds === MAX_FIX_ROUNDS) break;
        let changed = false;
        current = current.map(folder => {
            const deployment = deployments.find(d => d.folder.path === folder.path);
            if (!deployment) return folder;
            const diagnostics = deployment.folder.documents.flatMap(d => d.diagnostics ?? []);
            const fixable = compatibleFixes(diagnostics.map(fixOfDiagnostic).filter(f => f !== undefined));
            const files = new Map(folder.files);
            for (const [uri, edits] of Object.entries(groupFixEdits(fixable.flatMap(f => f.edits)))) {
                const file = URI.parse(uri).fsPath;
                const text = files.get(file);
                // A fix edits the files of its own deployment only.
                if (text === undefined) continue;
                const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'ece', 0, text), edits);
                if (fixed !== text) files.set(file, fixed);
            }
            if ([...files].some(([file, text]) => folder.files.get(file) !== text)) {
                changed = true;
                fixes += fixable.length;
            }
            return { path: folder.path, files };
        });
        if (!changed) {
            converged = true;
            break;
        }
        rounds++;
    }
    const changes = current.flatMap(folder => {
        const before = original.find(f => f.path === folder.path)?.files ?? new Map<string, string>();
        return [...folder.files].filter(([file, text]) => before.get(file) !== text)
            .map(([file, after]) => ({ file, before: before.get(file) ?? '', after }));
    });
    return { changes, fixes, rounds, skipped, converged };
}

/** The plan as a unified diff, paths as `ece check` prints them. */
export function fixDiff(plan: FixPlan): string {
    return plan.changes.map(c => {
        const shown = displayPath(c.file);
        return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, c.before, c.after, undefined, undefined, { context: 3 })
            .replace(/^={3,}\n/m, '');
    }).join('');
}

/** Writes each changed file atomically; a file that changed on disk since it was read is left alone. */
export function writeFixes(plan: FixPlan): { written: string[]; changedMeanwhile: string[] } {
    const written: string[] = [];
    const changedMeanwhile: string[] = [];
    for (const change of plan.changes) {
        if (readEceText(change.file) !== change.before) {
            changedMeanwhile.push(change.file);
            continue;
        }
        writeFileAtomic(change.file, change.after);
        written.push(change.file);
    }
    return { written, changedMeanwhile };
}
