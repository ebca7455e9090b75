/**
 * "Fix all": the repairs that diagnostics carry (`data.fix`, language/validation/ece-validator.ts),
 * joined into one edit per file. Shared by the editor's "Fix all" code action and `ece check --fix`,
 * so that both apply exactly the same edits.
 */
import type { TextRange } from '../model/span.js';
import type { Fix, TextEdit } from './rule.js';

export interface FileEdit {
    range: TextRange;
    newText: string;
}

/** The fix a diagnostic carries, if any. */
export function fixOfDiagnostic(diagnostic: { data?: unknown }): Fix | undefined {
    return (diagnostic.data as { fix?: Fix } | undefined)?.fix;
}

/** Groups edits by file, drops duplicates (two fixes making the same edit) and edits overlapping an earlier one. */
export function groupFixEdits(edits: readonly TextEdit[]): Record<string, FileEdit[]> {
    const changes: Record<string, FileEdit[]> = {};
    for (const edit of edits) {
        const list = (changes[edit.uri] ??= []);
        const duplicate = list.some(e => e.newText === edit.newText && rangeKey(e.range) === rangeKey(edit.range));
        if (duplicate || list.some(e => overlaps(e.range, edit.range))) continue;
        list.push({ range: edit.range, newText: edit.newText });
    }
    return changes;
}

/**
 * The fixes that can be applied together, whole: a fix whose edits overlap, touch or insert at the same
 * place as an earlier fix's waits (two fixes adding the same missing server would add it twice). Run
 * the rules again on the result for the fixes left out, as `ece check --fix` does.
 */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
    const taken: TextEdit[] = [];
    const accepted: Fix[] = [];
    for (const fix of fixes) {
        if (fix.edits.some(e => taken.some(t => t.uri === e.uri && touches(t.range, e.range)))) continue;
        accepted.push(fix);
        taken.push(...fix.edits);
    }
    return accepted;
}

function touches(a: TextRange, b: TextRange): boolean {
    return !before(a.end, b.start) && !before(b.end, a.start);
}

function rangeKey(r: TextRange): string {
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function before(a: TextRange['start'], b: TextRange['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Overlapping ranges. Insertions at one point do not overlap: LSP applies them in array order. */
function overlaps(a: TextRange, b: TextRange): boolean {
    return before(a.start, b.end) && before(b.start, a.end);
}
