import { getNodeValue } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJson, propertiesOf } from '../../../language/workspace/json-locations.js';

function problemOf(text: string): { message: string; offset: number } | undefined {
    const { problem } = parseJson(text);
    return problem && { message: problem.message, offset: problem.offset };
}

describe('parseJson', () => {
    it('reads what JSON.parse reads, to the same values', () => {
        const valid = [
            '{}', '[]', '0', '-0.5e+3', '1E2', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"', 'true', 'false', 'null',
            ' \t\r\n{ "a" : [ 1 , { "b" : [ ] } , "x" ] , "c" : null }\n',
            '{"rules":{"routing/queue-naming":"off"},"planningHorizonMonths":48}',
        ];
        for (const text of valid) {
            const { root, problem } = parseJson(text);
            expect(problem, text).toBeUndefined();
            expect(root && getNodeValue(root), text).toEqual(JSON.parse(text));
        }
    });

    it('refuses what JSON.parse refuses, at the first wrong character', () => {
        const cases: [string, number, string][] = [
            ['{"a": 1,}', 7, 'Trailing comma is not allowed in JSON'],
            ['[1, 2,]', 5, 'Trailing comma is not allowed in JSON'],
            ['{"a" 1}', 5, 'Expected \':\' after the property name'],
            ['{"a": 01}', 7, 'Expected \',\' between two values'],
            ['{"a": "x\ny"}', 6, 'Unterminated string'],
            ['"\\x"', 0, 'Invalid escape in a string'],
            ['"\\u12"', 0, 'Invalid \\u escape: four hexadecimal digits expected'],
            ['{} {}', 3, 'Unexpected text after the JSON value'],
            ['/* c */ {}', 0, 'Comments are not allowed in JSON'],
            ['tru', 0, 'Unexpected character: a value was expected'],
            ['{"a": undefined}', 6, 'Unexpected character: a value was expected'],
            ['"open', 0, 'Unterminated string'],
            ['', 0, 'Unexpected end of file: a value was expected'],
        ];
        for (const [text, offset, message] of cases) {
            expect(() => JSON.parse(text), text).toThrow();
            expect(problemOf(text), text).toEqual({ message, offset });
        }
    });

    it('keeps where each key and value is', () => {
        const text = '{\n  "rules": { "x": "off" }\n}';
        const { root } = parseJson(text);
        if (!root) throw new Error('not parsed');
        const [rules] = propertiesOf(root);
        expect(text.slice(rules.keyNode.offset, rules.keyNode.offset + rules.keyNode.length)).toBe('"rules"');
        expect(text.slice(rules.value.offset, rules.value.offset + rules.value.length)).toBe('{ "x": "off" }');
    });

    it('refuses a file nested 400,000 deep before parsing it, without recursion', () => {
        const depth = 400_000;
        const text = '['.repeat(depth) + ']'.repeat(depth);
        expect(problemOf(text)).toEqual({ message: `Nested more than ${MAX_JSON_DEPTH} levels deep`, offset: MAX_JSON_DEPTH });
        const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
        expect(problemOf(objects)?.message).toBe(`Nested more than ${MAX_JSON_DEPTH} levels deep`);
    });
});
