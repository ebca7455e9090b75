/**
 * `ece.config.json` as a tree with the place of every key and value, read by `jsonc-parser` (the
 * parser VS Code uses for its own settings) in strict JSON mode: no comments, no trailing commas.
 * Its parser is recursive, so the nesting is measured first with its (iterative) scanner, and a file
 * nested deeper than any configuration needs is refused before it is parsed.
 */
import { createScanner, parseTree, ParseErrorCode, SyntaxKind, type Node as JsonNode } from 'jsonc-parser';

export type { JsonNode };

/** A configuration needs three levels ({ "rules": { id: severity } }); far more is no configuration. */
export const MAX_JSON_DEPTH = 64;

export interface JsonSyntaxProblem {
    message: string;
    offset: number;
    length: number;
}

export type ParsedJson = { root: JsonNode; problem?: undefined } | { root?: undefined; problem: JsonSyntaxProblem };

const MESSAGES: Record<ParseErrorCode, string> = {
    [ParseErrorCode.InvalidSymbol]: 'Unexpected character: a value was expected',
    [ParseErrorCode.InvalidNumberFormat]: 'Invalid number',
    [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes',
    [ParseErrorCode.ValueExpected]: 'A value was expected',
    [ParseErrorCode.ColonExpected]: 'Expected \':\' after the property name',
    [ParseErrorCode.CommaExpected]: 'Expected \',\' between two values',
    [ParseErrorCode.CloseBraceExpected]: '\'}\' was expected',
    [ParseErrorCode.CloseBracketExpected]: '\']\' was expected',
    [ParseErrorCode.EndOfFileExpected]: 'Unexpected text after the JSON value',
    [ParseErrorCode.InvalidCommentToken]: 'Comments are not allowed in JSON',
    [ParseErrorCode.UnexpectedEndOfComment]: 'Unterminated comment',
    [ParseErrorCode.UnexpectedEndOfString]: 'Unterminated string',
    [ParseErrorCode.UnexpectedEndOfNumber]: 'Unexpected end of a number',
    [ParseErrorCode.InvalidUnicode]: 'Invalid \\u escape: four hexadecimal digits expected',
    [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape in a string',
    [ParseErrorCode.InvalidCharacter]: 'A line break or control character inside a string',
};

/** Parses `text` as one strict JSON value, or says what is wrong at the first place it is wrong. */
export function parseJson(text: string): ParsedJson {
    const tooDeep = nestingPast(text, MAX_JSON_DEPTH);
    if (tooDeep !== undefined) {
        return { problem: { message: `Nested more than ${MAX_JSON_DEPTH} levels deep`, offset: tooDeep, length: 1 } };
    }
    const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const [first] = errors;
    if (first) {
        const comma = trailingComma(text, first.offset);
        if (comma !== undefined && (first.error === ParseErrorCode.PropertyNameExpected || first.error === ParseErrorCode.ValueExpected)) {
            return { problem: { message: 'Trailing comma is not allowed in JSON', offset: comma, length: 1 } };
        }
        if (first.error === ParseErrorCode.InvalidSymbol && text[first.offset] === '\'') {
            return { problem: { message: 'Strings in JSON are written in double quotes', offset: first.offset, length: 1 } };
        }
        const reason = MESSAGES[first.error];
        const atEnd = first.offset >= text.length && first.length === 0;
        const message = atEnd ? `Unexpected end of file: ${reason[0].toLowerCase()}${reason.slice(1)}` : reason;
        return { problem: { message, offset: first.offset, length: first.length } };
    }
    if (!root) return { problem: { message: 'Unexpected end of file: a value was expected', offset: 0, length: 0 } };
    return { root };
}

/** The offset of the first `{` or `[` that opens a level past `limit`, counted without recursion. */
function nestingPast(text: string, limit: number): number | undefined {
    const scanner = createScanner(text, true);
    let depth = 0;
    for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
        if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
            if (++depth > limit) return scanner.getTokenOffset();
        } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
            depth = Math.max(0, depth - 1);
        }
    }
    return undefined;
}

/** The comma just before a closing `}` or `]` at `offset`, when there is one. */
function trailingComma(text: string, offset: number): number | undefined {
    if (text[offset] !== '}' && text[offset] !== ']') return undefined;
    let at = offset - 1;
    while (at >= 0 && /\s/.test(text[at])) at--;
    return text[at] === ',' ? at : undefined;
}

/** The properties of an object node, as key node, key and value node. */
export function propertiesOf(node: JsonNode): { key: string; keyNode: JsonNode; value: JsonNode }[] {
    if (node.type !== 'object') return [];
    const result: { key: string; keyNode: JsonNode; value: JsonNode }[] = [];
    for (const property of node.children ?? []) {
        const [keyNode, value] = property.children ?? [];
        if (keyNode && value) result.push({ key: String(keyNode.value), keyNode, value });
    }
    return result;
}

/**
 * A plain value (e.g. editor settings) as a node tree without positions, to validate it the same
 * way. Only the levels a configuration has are converted; anything deeper is an empty object or array.
 */
export function jsonNodeOf(value: unknown, levels = 3): JsonNode {
    const at = { offset: 0, length: 0 };
    if (value === null || value === undefined) return { ...at, type: 'null', value: null };
    if (typeof value === 'string') return { ...at, type: 'string', value };
    if (typeof value === 'number') return { ...at, type: 'number', value };
    if (typeof value === 'boolean') return { ...at, type: 'boolean', value };
    if (Array.isArray(value)) return { ...at, type: 'array', children: levels > 0 ? value.map(v => jsonNodeOf(v, levels - 1)) : [] };
    if (typeof value === 'object') {
        const children = levels > 0
            ? Object.entries(value).map(([key, v]): JsonNode => ({
                ...at, type: 'property',
                children: [{ ...at, type: 'string', value: key }, jsonNodeOf(v, levels - 1)],
            }))
            : [];
        return { ...at, type: 'object', children };
    }
    return { ...at, type: 'null', value: null };
}
