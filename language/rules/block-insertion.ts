/**
 * Quick-fixes that add a statement to a block (`load balancer X { … }`) in the file's own layout: on a
 * new line with the indentation the block's statements already use, or inside the braces when the
 * block is written on one line.
 */
import type { Span } from '../model/span.js';
import type { TextEdit } from './rule.js';
import { indentationAt, toTextEdit, type OffsetEdit } from './text-edits.js';
import { hasLineBreak, lineBreakOf } from '../model/line-index.js';

/**
 * The edit that appends `statement` as the block's last statement. `block` is the whole block, ending
 * with its `}`; `headerEnd` is an offset before the block's `{` (e.g. the end of its name). Undefined
 * when the block has no braces to insert into (a parse error left it open).
 */
export function statementInsertion(text: string, block: Span, headerEnd: number, statement: string): OffsetEdit | undefined {
    const close = block.endOffset - 1;
    const open = text.indexOf('{', Math.max(headerEnd, block.offset));
    if (text[close] !== '}' || open === -1 || open >= close) return undefined;
    const inner = text.slice(open + 1, close);
    const lastContent = lastNonSpace(inner);
    if (!hasLineBreak(inner)) {
        // `{ health check }` stays on one line; `{}` and `{ }` become `{ statement }`.
        return lastContent === -1
            ? { start: open + 1, end: close, newText: ` ${statement} ` }
            : { start: open + 1 + lastContent + 1, end: open + 1 + lastContent + 1, newText: ` ${statement}` };
    }
    const indent = statementIndentation(text, open, close) ?? indentationAt(text, open) + indentationUnit(text);
    const at = lastContent === -1 ? open + 1 : open + 1 + lastContent + 1;
    return { start: at, end: at, newText: `${lineBreakOf(text)}${indent}${statement}` };
}

export function statementInsertionEdit(text: string, block: Span, headerEnd: number, statement: string): TextEdit | undefined {
    const edit = statementInsertion(text, block, headerEnd, statement);
    return edit && toTextEdit(block.uri, text, edit);
}

function lastNonSpace(s: string): number {
    for (let i = s.length - 1; i >= 0; i--) if (!/\s/.test(s[i])) return i;
    return -1;
}

/** The indentation of the first statement that starts a line of the block's body, if any. */
function statementIndentation(text: string, open: number, close: number): string | undefined {
    const lines = text.slice(open + 1, close).split(/\r\n?|\n/).slice(1);
    const line = lines.find(l => l.trim() !== '');
    return line === undefined ? undefined : /^[ \t]*/.exec(line)?.[0] ?? '';
}

/** One level of the file's indentation: a tab when its lines are indented with tabs, else its smallest indent of spaces (4 when nothing is indented). */
export function indentationUnit(text: string): string {
    let smallest: string | undefined;
    for (const line of text.split(/\r\n?|\n/)) {
        const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
        const rest = line.slice(indent.length).trim();
        if (indent === '' || rest === '' || rest.startsWith('*') || rest.startsWith('//')) continue;
        if (indent.startsWith('\t')) return '\t';
        if (!smallest || indent.length < smallest.length) smallest = indent;
    }
    return smallest ?? '    ';
}
