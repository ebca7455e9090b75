/**
 * Small text helpers for quick-fixes that follow the file's own layout: delete a statement without
 * leaving a blank line or a double space, find a line's indentation, and join several edits of one
 * file into a single edit so that no client ever sees overlapping or touching edits.
 */
import { lineIndexOf } from '../model/line-index.js';
import type { TextPosition } from '../model/span.js';
import type { TextEdit } from './rule.js';

/** An edit by offsets into one file's text. */
export interface OffsetEdit {
    start: number;
    end: number;
    newText: string;
}

export function positionAt(text: string, offset: number): TextPosition {
    return lineIndexOf(text).position(offset);
}

export function toTextEdit(uri: string, text: string, edit: OffsetEdit): TextEdit {
    return { uri, range: lineIndexOf(text).range(edit.start, edit.end), newText: edit.newText };
}

function lineStartOf(text: string, offset: number): number {
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Where the line holding `offset` ends: its line break (`\r` of a `\r\n`), or the end of the text. */
function lineEndOf(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    const cr = text.indexOf('\r', offset);
    if (newline === -1 || cr === -1) return newline === -1 ? (cr === -1 ? text.length : cr) : newline;
    return Math.min(newline, cr);
}

function lineBreakLength(text: string, at: number): number {
    return text.startsWith('\r\n', at) ? 2 : at < text.length ? 1 : 0;
}

/** The whitespace a line starts with. */
export function indentationAt(text: string, offset: number): string {
    const start = lineStartOf(text, offset);
    return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/**
 * Deletes the text from `start` to `end` (a statement) with the layout it leaves: its whole line when
 * it stands alone on it, otherwise the spaces that separated it from its neighbour.
 */
export function statementDeletion(text: string, start: number, end: number): OffsetEdit {
    const lineStart = lineStartOf(text, start);
    const lineEnd = lineEndOf(text, end);
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd);
    if (before.trim() === '' && after.trim() === '') {
        if (lineEnd < text.length) return { start: lineStart, end: lineEnd + lineBreakLength(text, lineEnd), newText: '' };
        // The last line of the file: take the line break before it instead.
        const previousBreak = lineStart > 0 ? lineStart - 1 - (text.startsWith('\r\n', lineStart - 2) ? 1 : 0) : 0;
        return { start: previousBreak, end: text.length, newText: '' };
    }
    if (before.trim() !== '') {
        let from = start;
        while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
        return { start: from, end, newText: '' };
    }
    let to = end;
    while (to < lineEnd && (text[to] === ' ' || text[to] === '\t')) to++;
    return { start, end: to, newText: '' };
}

/**
 * Several non-overlapping edits of one file as one edit from the first to the last, the text between
 * them copied unchanged. Insertions at the same offset as another edit's start go first.
 */
export function mergeEdits(uri: string, text: string, edits: readonly OffsetEdit[]): TextEdit {
    const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
    const start = sorted[0].start;
    const end = sorted.reduce((a, e) => Math.max(a, e.end), start);
    let newText = '';
    let at = start;
    for (const edit of sorted) {
        if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
        newText += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
    }
    newText += text.slice(at, end);
    return toTextEdit(uri, text, { start, end, newText });
}
