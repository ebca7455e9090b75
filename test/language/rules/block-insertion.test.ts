import { describe, expect, it } from 'vitest';
import { indentationUnit, statementInsertion } from '../../../language/rules/block-insertion.js';
import type { Span } from '../../../language/model/span.js';

/** Inserts into the first `load balancer` block of `text`, as the rules do. */
function insert(text: string, statement = 'health check'): string | undefined {
    const start = text.indexOf('load balancer');
    const end = text.indexOf('}', start) + 1;
    const origin = { line: 0, character: 0 };
    const block: Span = { uri: 'file:///x.ece', start: origin, end: origin, offset: start, endOffset: end };
    const edit = statementInsertion(text, block, start + 'load balancer LB'.length, statement);
    return edit && text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('statement insertion', () => {
    it('adds a line with the indentation of the block\'s statements', () => {
        expect(insert('load balancer LB {\n      in dmz\n}\n')).toBe('load balancer LB {\n      in dmz\n      health check\n}\n');
    });

    it('indents an empty block one level deeper than its header, with the file\'s unit', () => {
        expect(insert('server S {\n\troles web\n}\n  load balancer LB {\n  }\n')).toBe('server S {\n\troles web\n}\n  load balancer LB {\n  \thealth check\n  }\n');
        expect(insert('load balancer LB {\n}')).toBe('load balancer LB {\n    health check\n}');
    });

    it('writes inside the braces of a one-line block', () => {
        expect(insert('load balancer LB { in dmz }')).toBe('load balancer LB { in dmz health check }');
        expect(insert('load balancer LB {}')).toBe('load balancer LB { health check }');
        expect(insert('load balancer LB {   }')).toBe('load balancer LB { health check }');
    });

    it('leaves a block without its closing brace alone', () => {
        const origin = { line: 0, character: 0 };
        expect(statementInsertion('load balancer LB { in dmz', { uri: 'file:///x.ece', start: origin, end: origin, offset: 0, endOffset: 25 }, 16, 'health check')).toBeUndefined();
    });

    it('takes the file\'s smallest indentation as its unit, ignoring comment lines', () => {
        expect(indentationUnit('a {\n        b\n  c\n}')).toBe('  ');
        expect(indentationUnit('/*\n * note\n */\na {\n    b\n}')).toBe('    ');
        expect(indentationUnit('a {\n\tb\n}')).toBe('\t');
        expect(indentationUnit('a {}')).toBe('    ');
    });
});
