/**
 * A strict JSON parser (RFC 8259) that keeps where every value and key is, so that a problem in a
 * configuration file can be reported at its line and column. `JSON.parse` gives neither positions of
 * keys nor, on every Node version, the position of a syntax error.
 */

export interface JsonLocation {
    /** Offset of the first character. */
    offset: number;
    /** Offset just past the last character. */
    end: number;
}

export type JsonNode = JsonLocation & (
    | { kind: 'object'; properties: JsonProperty[] }
    | { kind: 'array'; items: JsonNode[] }
    | { kind: 'string'; value: string }
    | { kind: 'number'; value: number }
    | { kind: 'boolean'; value: boolean }
    | { kind: 'null' }
);

export interface JsonProperty {
    key: string;
    keyLocation: JsonLocation;
    value: JsonNode;
}

export class JsonSyntaxError extends Error {
    constructor(message: string, readonly location: JsonLocation) {
        super(message);
    }
}

/** Parses `text` as one JSON value; throws a `JsonSyntaxError` at the first character that is wrong. */
export function parseJson(text: string): JsonNode {
    const parser = new Parser(text);
    parser.skipWhitespace();
    const value = parser.value();
    parser.skipWhitespace();
    if (parser.pos < text.length) parser.fail('Unexpected text after the JSON value', parser.pos, parser.pos + 1);
    return value;
}

/** 0-based line and UTF-16 character of an offset, as LSP counts them. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    const limit = Math.min(offset, text.length);
    for (let i = 0; i < limit; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, character: limit - lineStart };
}

/** A plain value (e.g. editor settings) as a node tree without positions, to validate it the same way. */
export function jsonNodeOf(value: unknown): JsonNode {
    const at = { offset: 0, end: 0 };
    if (value === null || value === undefined) return { ...at, kind: 'null' };
    if (typeof value === 'string') return { ...at, kind: 'string', value };
    if (typeof value === 'number') return { ...at, kind: 'number', value };
    if (typeof value === 'boolean') return { ...at, kind: 'boolean', value };
    if (Array.isArray(value)) return { ...at, kind: 'array', items: value.map(jsonNodeOf) };
    if (typeof value === 'object') {
        return {
            ...at, kind: 'object',
            properties: Object.entries(value).map(([key, v]) => ({ key, keyLocation: at, value: jsonNodeOf(v) })),
        };
    }
    return { ...at, kind: 'null' };
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Parser {
    pos = 0;

    constructor(private readonly text: string) {}

    fail(message: string, offset: number, end = offset + 1): never {
        throw new JsonSyntaxError(message, { offset, end: Math.min(Math.max(end, offset), this.text.length) });
    }

    skipWhitespace(): void {
        for (;;) {
            const c = this.text[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
                this.pos++;
            } else if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) {
                this.fail('Comments are not allowed in JSON', this.pos, this.pos + 2);
            } else {
                return;
            }
        }
    }

    value(): JsonNode {
        const start = this.pos;
        const c = this.text[this.pos];
        if (c === undefined) this.fail('Unexpected end of file: a value was expected', start, start);
        if (c === '{') return this.object();
        if (c === '[') return this.array();
        if (c === '"') {
            const value = this.string();
            return { kind: 'string', value, offset: start, end: this.pos };
        }
        for (const [word, node] of [['true', { kind: 'boolean', value: true }], ['false', { kind: 'boolean', value: false }], ['null', { kind: 'null' }]] as const) {
            if (this.text.startsWith(word, start)) {
                this.pos += word.length;
                return { ...node, offset: start, end: this.pos };
            }
        }
        NUMBER.lastIndex = start;
        const number = NUMBER.exec(this.text);
        if (number) {
            this.pos += number[0].length;
            return { kind: 'number', value: Number(number[0]), offset: start, end: this.pos };
        }
        if (c === '\'') this.fail('Strings in JSON are written in double quotes', start);
        this.fail(`Unexpected character '${c}': a value was expected`, start);
    }

    private object(): JsonNode {
        const start = this.pos++;
        const properties: JsonProperty[] = [];
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return { kind: 'object', properties, offset: start, end: this.pos };
        }
        for (;;) {
            this.skipWhitespace();
            const keyStart = this.pos;
            if (this.text[this.pos] !== '"') {
                if (this.text[this.pos] === '}' && properties.length > 0) this.fail('Trailing comma is not allowed in JSON', this.lastComma(keyStart));
                if (this.text[this.pos] === undefined) this.fail('Unexpected end of file: a property name was expected', keyStart, keyStart);
                this.fail('Expected a property name in double quotes', keyStart);
            }
            const key = this.string();
            const keyLocation = { offset: keyStart, end: this.pos };
            this.skipWhitespace();
            if (this.text[this.pos] !== ':') this.fail(`Expected ':' after the property name "${key}"`, this.pos);
            this.pos++;
            this.skipWhitespace();
            properties.push({ key, keyLocation, value: this.value() });
            this.skipWhitespace();
            const next = this.text[this.pos];
            if (next === ',') {
                this.pos++;
                continue;
            }
            if (next === '}') {
                this.pos++;
                return { kind: 'object', properties, offset: start, end: this.pos };
            }
            if (next === undefined) this.fail('Unexpected end of file: \'}\' was expected', this.pos, this.pos);
            this.fail('Expected \',\' or \'}\' after a property value', this.pos);
        }
    }

    private array(): JsonNode {
        const start = this.pos++;
        const items: JsonNode[] = [];
        this.skipWhitespace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return { kind: 'array', items, offset: start, end: this.pos };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] === ']' && items.length > 0) this.fail('Trailing comma is not allowed in JSON', this.lastComma(this.pos));
            items.push(this.value());
            this.skipWhitespace();
            const next = this.text[this.pos];
            if (next === ',') {
                this.pos++;
                continue;
            }
            if (next === ']') {
                this.pos++;
                return { kind: 'array', items, offset: start, end: this.pos };
            }
            if (next === undefined) this.fail('Unexpected end of file: \']\' was expected', this.pos, this.pos);
            this.fail('Expected \',\' or \']\' after an array element', this.pos);
        }
    }

    private lastComma(before: number): number {
        const comma = this.text.lastIndexOf(',', before);
        return comma >= 0 ? comma : before;
    }

    private string(): string {
        const start = this.pos++;
        let value = '';
        for (;;) {
            const c = this.text[this.pos];
            if (c === undefined) this.fail('Unterminated string', start, this.pos);
            if (c === '"') {
                this.pos++;
                return value;
            }
            if (c === '\\') {
                const e = this.text[this.pos + 1];
                if (e === 'u') {
                    const hex = this.text.slice(this.pos + 2, this.pos + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape: four hexadecimal digits expected', this.pos, this.pos + 2);
                    value += String.fromCharCode(parseInt(hex, 16));
                    this.pos += 6;
                } else if (e !== undefined && e in ESCAPES) {
                    value += ESCAPES[e];
                    this.pos += 2;
                } else {
                    this.fail(`Invalid escape '\\${e ?? ''}' in a string`, this.pos, this.pos + 2);
                }
                continue;
            }
            if (c.charCodeAt(0) < 0x20) this.fail('Unterminated string: a line break or control character inside a string', start, this.pos);
            value += c;
            this.pos++;
        }
    }
}
