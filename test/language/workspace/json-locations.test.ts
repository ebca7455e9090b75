import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson, positionAt, type JsonNode } from '../../../language/workspace/json-locations.js';

/** The plain value of a node tree, to compare with JSON.parse. */
function plain(node: JsonNode): unknown {
    switch (node.kind) {
        case 'object': return Object.fromEntries(node.properties.map(p => [p.key, plain(p.value)]));
        case 'array': return node.items.map(plain);
        case 'null': return null;
        default: return node.value;
    }
}

function errorOf(text: string): { message: string; offset: number } {
    try {
        parseJson(text);
    } catch (error) {
        if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.location.offset };
        throw error;
    }
    throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
    it('reads what JSON.parse reads, to the same values', () => {
        const valid = [
            '{}', '[]', '0', '-0.5e+3', '1E2', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"', 'true', 'false', 'null',
            ' \t\r\n{ "a" : [ 1 , { "b" : [ ] } , "x" ] , "c" : null }\n',
            '{"rules":{"routing/queue-naming":"off"},"planningHorizonMonths":48}',
        ];
        for (const text of valid) expect(plain(parseJson(text)), text).toEqual(JSON.parse(text));
    });

    it('refuses what JSON.parse refuses, at the first wrong character', () => {
        const cases: [string, number, string][] = [
            ['{"a": 1,}', 7, 'Trailing comma is not allowed in JSON'],
            ['[1, 2,]', 5, 'Trailing comma is not allowed in JSON'],
            ['{"a" 1}', 5, 'Expected \':\' after the property name "a"'],
            ['{"a": 01}', 7, 'Expected \',\' or \'}\' after a property value'],
            ['{"a": "x\ny"}', 6, 'Unterminated string: a line break or control character inside a string'],
            ['"\\x"', 1, 'Invalid escape \'\\x\' in a string'],
            ['"\\u12"', 1, 'Invalid \\u escape: four hexadecimal digits expected'],
            ['{} {}', 3, 'Unexpected text after the JSON value'],
            ['/* c */ {}', 0, 'Comments are not allowed in JSON'],
            ['tru', 0, 'Unexpected character \'t\': a value was expected'],
            ['{"a": undefined}', 6, 'Unexpected character \'u\': a value was expected'],
            ['"open', 0, 'Unterminated string'],
        ];
        for (const [text, offset, message] of cases) {
            expect(() => JSON.parse(text), text).toThrow();
            expect(errorOf(text), text).toEqual({ message, offset });
        }
    });

    it('keeps where each key and value is', () => {
        const text = '{\n  "rules": { "x": "off" }\n}';
        const root = parseJson(text);
        if (root.kind !== 'object') throw new Error('not an object');
        const [rules] = root.properties;
        expect(text.slice(rules.keyLocation.offset, rules.keyLocation.end)).toBe('"rules"');
        expect(text.slice(rules.value.offset, rules.value.end)).toBe('{ "x": "off" }');
    });
});

describe('positionAt', () => {
    it('counts 0-based lines and characters over \\n, \\r\\n and \\r line breaks', () => {
        expect(positionAt('ab\ncd', 4)).toEqual({ line: 1, character: 1 });
        expect(positionAt('ab\r\ncd', 5)).toEqual({ line: 1, character: 1 });
        expect(positionAt('ab\rcd', 3)).toEqual({ line: 1, character: 0 });
        expect(positionAt('ab', 10)).toEqual({ line: 0, character: 2 });
    });
});
