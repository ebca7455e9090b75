import { describe, expect, it } from 'vitest';
import { indentationAt, mergeEdits, positionAt, statementDeletion, type OffsetEdit } from '../../../language/rules/text-edits.js';

/** Applies one offset edit, to read the expectations as text. */
function apply(text: string, edit: OffsetEdit): string {
    return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

function deleting(text: string, statement: string): string {
    const start = text.indexOf(statement);
    return apply(text, statementDeletion(text, start, start + statement.length));
}

describe('text edits for quick-fixes', () => {
    it('turns offsets into 0-based lines and characters', () => {
        const text = 'ab\ncd\r\nef';
        expect([0, 2, 3, 5, 7, 9].map(o => positionAt(text, o))).toEqual([
            { line: 0, character: 0 }, { line: 0, character: 2 }, { line: 1, character: 0 },
            { line: 1, character: 2 }, { line: 2, character: 0 }, { line: 2, character: 2 },
        ]);
    });

    it('finds the indentation of the line an offset is on', () => {
        const text = 'queue Q {\n\t  mrd M\n}';
        expect(indentationAt(text, text.indexOf('M'))).toBe('\t  ');
        expect(indentationAt(text, 0)).toBe('');
    });

    it('deletes a statement alone on its line with the line', () => {
        expect(deleting('{\n    a b\n    c\n}\n', 'c')).toBe('{\n    a b\n}\n');
        expect(deleting('{\r\n    c\r\n}\r\n', 'c')).toBe('{\r\n}\r\n');
    });

    it('deletes a statement after another with the spaces before it', () => {
        expect(deleting('{ a  b c }', 'b')).toBe('{ a c }');
    });

    it('deletes a statement that opens a line with the spaces after it', () => {
        expect(deleting('{\n    b c\n}', 'b')).toBe('{\n    c\n}');
    });

    it('deletes a last line without a line break by the break before it', () => {
        expect(deleting('a\n  b', 'b')).toBe('a');
    });

    it('merges edits of one file into one edit spanning them, the text between kept', () => {
        const text = 'one two three four';
        const edit = mergeEdits('file:///x.ece', text, [
            { start: 14, end: 18, newText: 'FOUR' },
            { start: 4, end: 7, newText: 'TWO' },
            { start: 7, end: 7, newText: '!' },
        ]);
        expect(edit).toEqual({
            uri: 'file:///x.ece',
            range: { start: { line: 0, character: 4 }, end: { line: 0, character: 18 } },
            newText: 'TWO! three FOUR',
        });
    });

    it('puts an insertion before an edit that starts where it is', () => {
        expect(mergeEdits('u', 'ab', [{ start: 1, end: 2, newText: 'B' }, { start: 1, end: 1, newText: '+' }]).newText).toBe('+B');
    });

    it('refuses overlapping edits', () => {
        expect(() => mergeEdits('u', 'abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }])).toThrow('overlapping');
    });
});
