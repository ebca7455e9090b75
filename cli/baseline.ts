/** `ece check --write-baseline FILE` and `--baseline FILE`: which findings are known, new, or gone. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baselineFolder, BaselineError, parseBaseline, serializeBaseline } from '../language/validation/baseline.js';
import { identityKey, matchKnown, type FindingIdentity } from '../language/validation/finding-identity.js';
import { UsageError } from './errors.js';
import type { IdentifiedDiagnostic } from './findings.js';
import { writeFileAtomic } from './output/atomic-write.js';

export type BaselineState = 'new' | 'unchanged';

export interface BaselineComparison {
    /** Per diagnostic, in order. */
    states: BaselineState[];
    /** Known findings no longer reported, with how many of each. */
    absent: (FindingIdentity & { folder: string; count: number; folderPath: string })[];
}

export function writeBaseline(file: string, diagnostics: readonly IdentifiedDiagnostic[]): void {
    writeFileAtomic(file, serializeBaseline(diagnostics.map(d => ({ ...d.identity, folder: baselineFolder(file, d.folder) }))));
}

export function compareWithBaseline(file: string, diagnostics: readonly IdentifiedDiagnostic[]): BaselineComparison {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        throw new UsageError(`${file}: cannot read the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)}); write one with --write-baseline.`);
    }
    let known: Map<string, number>;
    try {
        known = parseBaseline(text, file);
    } catch (error) {
        if (error instanceof BaselineError) throw new UsageError(error.message);
        throw error;
    }
    const matched = matchKnown(diagnostics.map(d => identityKey(baselineFolder(file, d.folder), d.identity)), known);
    return {
        states: matched.known.map(k => (k ? 'unchanged' : 'new')),
        absent: [...matched.absent].map(([key, count]) => {
            const [folder, rule, object, message] = JSON.parse(key) as string[];
            return { folder, rule, object, message, count, folderPath: path.resolve(path.dirname(path.resolve(file)), folder) };
        }),
    };
}
