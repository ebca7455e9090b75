/**
 * The baseline file: the findings a team has accepted, so that CI fails only on new ones
 * (`ece check --write-baseline FILE`, `ece check --baseline FILE`, and `"baseline"` in
 * ece.config.json for the editor's marks). Each entry is a finding's identity (finding-identity.ts)
 * with its deployment folder relative to the baseline file, and how many such findings there are.
 *
 *   { "version": 1, "findings": [ { "folder": "examples/lab", "rule": "routing/queue-naming",
 *     "object": "Department Sales/Queue Q1", "message": "Queue Q1 should be named …", "count": 1 } ] }
 */
import * as path from 'node:path';
import { identityKey, type FindingIdentity } from './finding-identity.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry extends FindingIdentity {
    folder: string;
    count: number;
}

export class BaselineError extends Error {}

/** A deployment folder as the baseline names it: relative to the baseline file's folder, with `/`. */
export function baselineFolder(baselineFile: string, folder: string): string {
    return path.relative(path.dirname(path.resolve(baselineFile)), folder).split(path.sep).join('/') || '.';
}

/** The known findings of a baseline file's text, by identity key → count. */
export function parseBaseline(text: string, file: string): Map<string, number> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new BaselineError(`${file}: not a baseline: ${error instanceof Error ? error.message : String(error)}`);
    }
    const findings = (parsed as { version?: unknown; findings?: unknown } | null)?.findings;
    if ((parsed as { version?: unknown } | null)?.version !== BASELINE_VERSION || !Array.isArray(findings)) {
        throw new BaselineError(`${file}: not a baseline of version ${BASELINE_VERSION} (write one with ece check --write-baseline).`);
    }
    const known = new Map<string, number>();
    for (const entry of findings as Partial<BaselineEntry>[]) {
        const { folder, rule, object, message, count } = entry ?? {};
        if (typeof folder !== 'string' || typeof rule !== 'string' || typeof object !== 'string' || typeof message !== 'string'
            || typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
            throw new BaselineError(`${file}: an entry lacks its folder, rule, object, message or count: ${JSON.stringify(entry)}`);
        }
        const key = identityKey(folder, { rule, object, message });
        known.set(key, (known.get(key) ?? 0) + count);
    }
    return known;
}

/** The baseline file's text for findings (each with its folder), sorted so that it diffs well. */
export function serializeBaseline(findings: readonly (FindingIdentity & { folder: string })[]): string {
    const counts = new Map<string, BaselineEntry>();
    for (const f of findings) {
        const key = identityKey(f.folder, f);
        const entry = counts.get(key);
        if (entry) entry.count++;
        else counts.set(key, { folder: f.folder, rule: f.rule, object: f.object, message: f.message, count: 1 });
    }
    const entries = [...counts.values()].sort((a, b) => a.folder.localeCompare(b.folder) || a.rule.localeCompare(b.rule)
        || a.object.localeCompare(b.object) || a.message.localeCompare(b.message));
    return JSON.stringify({ version: BASELINE_VERSION, findings: entries }, null, 2) + '\n';
}
