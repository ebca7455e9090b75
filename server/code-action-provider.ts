/**
 * Quick-fixes: a rule that knows its repair puts it on its diagnostic (`data.fix`, see
 * language/validation/ece-validator.ts); this turns each into a `quickfix` code action, and offers
 * "Fix all" when one rule has several fixable diagnostics in the file. Edits may touch other files
 * of the folder (a rename, a missing server added elsewhere).
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { FindingData } from '../language/validation/ece-validator.js';

type Fix = NonNullable<FindingData['fix']>;

export class EceCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const only = params.context.only;
        if (only && !only.some(kind => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
        const stored = document.diagnostics ?? [];
        const actions: CodeAction[] = [];
        const rules = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const fix = fixOf(diagnostic, stored);
            if (!fix) continue;
            actions.push({
                title: fix.title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: true,
                edit: workspaceEdit(fix.edits),
            });
            if (typeof diagnostic.code === 'string') rules.add(diagnostic.code);
        }
        for (const rule of rules) {
            const all = stored.filter(d => d.code === rule && fixOf(d, stored));
            if (all.length < 2) continue;
            actions.push({
                title: `Fix all '${rule}' problems in file`,
                kind: CodeActionKind.QuickFix,
                diagnostics: all,
                edit: workspaceEdit(all.flatMap(d => fixOf(d, stored)?.edits ?? [])),
            });
        }
        return actions;
    }
}

/**
 * The fix of a diagnostic. Clients that do not send `data` back (no `dataSupport`) still get it:
 * the diagnostic is matched with the one the server published.
 */
function fixOf(diagnostic: Diagnostic, published: readonly Diagnostic[]): Fix | undefined {
    const own = (diagnostic.data as FindingData | undefined)?.fix;
    if (own) return own;
    const match = published.find(p => p.code === diagnostic.code && p.message === diagnostic.message && sameRange(p, diagnostic));
    return (match?.data as FindingData | undefined)?.fix;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
    return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** Groups edits by file, drops duplicates (two fixes making the same edit) and edits overlapping an earlier one. */
function workspaceEdit(edits: Fix['edits']): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of edits) {
        const list = (changes[edit.uri] ??= []);
        const duplicate = list.some(e => e.newText === edit.newText && rangeKey(e.range) === rangeKey(edit.range));
        if (duplicate || list.some(e => overlaps(e.range, edit.range))) continue;
        list.push({ range: edit.range, newText: edit.newText });
    }
    return { changes };
}

type Range = TextEdit['range'];

function rangeKey(r: Range): string {
    return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function before(a: Range['start'], b: Range['start']): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Overlapping ranges. Insertions at one point do not overlap: LSP applies them in array order. */
function overlaps(a: Range, b: Range): boolean {
    return before(a.start, b.end) && before(b.start, a.end);
}
