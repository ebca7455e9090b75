/**
 * Applies the quick-fix a rule's diagnostic carries (data.fix, as code actions receive it) and checks
 * the fixed text again in a fresh folder, the way a user applies a fix and the editor re-validates.
 */
import { expect } from 'vitest';
import type { FindingData } from '../../language/validation/ece-validator.js';
import { applyEditsToFiles } from './apply-edits.js';
import { checkText, type CheckedDiagnostic, type CheckedFolder } from './check-folder.js';

export interface FixOutcome {
    before: CheckedFolder;
    /** The diagnostic whose fix was applied. */
    diagnostic: CheckedDiagnostic;
    title: string;
    /** The files after the fix, by name. */
    fixed: Record<string, string>;
    after: CheckedFolder;
    /** Error diagnostics (code and message) after the fix that were not there before it. */
    newErrors: string[];
}

export async function applyRuleFix(files: string | Record<string, string>, ruleId: string, index = 0): Promise<FixOutcome> {
    const named = typeof files === 'string' ? { 'main.ece': files } : files;
    const before = await checkText(named);
    const diagnostic = before.diagnostics.filter(d => d.code === ruleId)[index];
    if (!diagnostic) throw new Error(`No ${ruleId} diagnostic #${index}: ${before.codes.join(', ')}`);
    const fix = (diagnostic.data as FindingData | undefined)?.fix;
    if (!fix) throw new Error(`The ${ruleId} diagnostic carries no fix`);
    const fixed = applyEditsToFiles(named, fix.edits);
    const after = await checkText(fixed);
    const errors = (folder: CheckedFolder) => folder.diagnostics.filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    const earlier = new Set(errors(before));
    return { before, diagnostic, title: fix.title, fixed, after, newErrors: errors(after).filter(e => !earlier.has(e)) };
}

export interface ExpectedFix {
    title: string;
    /** The whole folder after the fix, by name; or the text of one file (`file`, by default main.ece). */
    fixed: string | Record<string, string>;
    file?: string;
}

/**
 * Applies the fix of the rule's first diagnostic and expects its title and the fixed text, the
 * diagnostic gone after it and no new error. Returns the outcome for further assertions.
 */
export async function expectRuleFix(ruleId: string, files: string | Record<string, string>, expected: ExpectedFix): Promise<FixOutcome> {
    const outcome = await applyRuleFix(files, ruleId);
    expect(outcome.title).toBe(expected.title);
    if (typeof expected.fixed === 'string') expect(outcome.fixed[expected.file ?? 'main.ece']).toBe(expected.fixed);
    else expect(outcome.fixed).toEqual(expected.fixed);
    expect(outcome.after.codes).not.toContain(ruleId);
    expect(outcome.newErrors).toEqual([]);
    return outcome;
}
