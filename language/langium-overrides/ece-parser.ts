/**
 * Two quadratic spots of Langium 4.2's parser, fixed here because large deployments hit them:
 * - the CST builder looks a new node up in its container with `indexOf` before it places the hidden
 *   tokens (comments) that precede it, even when there are none: with n top-level declarations that
 *   is O(n) per token (100,000 declarations parsed in 13 s). The new node is almost always its
 *   container's last child, so `lastIndexOf` finds it at once; no hidden tokens, nothing to place.
 * - the parser takes the comments before each token off the front of the lexer's list with
 *   `splice(0, i)`, O(comments) each time (100,000 commented declarations: 23 s). A cursor does it
 *   in O(1), and the consumed prefix is cut once at the end.
 * And two costs in memory: every CST leaf kept its range as three objects, although only the few
 * leaves that a diagnostic, hover or span shows need one (a 50,000-object deployment has 460,000
 * leaves), so a leaf computes its range from its offset when asked; and Chevrotain keeps the last
 * parse's token vector until the next parse, so it is dropped once the CST is built.
 */
import {
    CstNodeBuilder, LangiumParser, LeafCstNodeImpl, createParser, isCompositeCstNode,
    type AstNode, type CompositeCstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type LeafCstNode, type ParseResult,
    type ParserOptions, type RootCstNode,
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Position, Range } from 'vscode-languageserver-types';
import { spliceAll } from '../splice-all.js';
import { compactContent, compactLists } from './compact-arrays.js';
import { withErrorPositions } from './ece-lexer.js';

/** Where each line of a root's text starts (`\n`, `\r\n` and a lone `\r` end a line, as for Chevrotain and LSP). */
const lineStarts = new WeakMap<RootCstNode, { text: string; starts: Uint32Array }>();

/** Kept per root and text: an incremental reparse (ece-incremental-parse.ts) gives a root new text. */
function lineStartsOf(root: RootCstNode): Uint32Array {
    const text = root.fullText;
    const cached = lineStarts.get(root);
    let starts = cached?.text === text ? cached.starts : undefined;
    if (!starts) {
        const found = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13) {
                if (text.charCodeAt(i + 1) === 10) i++;
                found.push(i + 1);
            } else if (c === 10) {
                found.push(i + 1);
            }
        }
        starts = Uint32Array.from(found);
        lineStarts.set(root, { text, starts });
    }
    return starts;
}

function positionIn(starts: Uint32Array, offset: number): Position {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset) low = mid;
        else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
}

/**
 * A leaf whose range is computed from its offset and its root's text when asked. It has the fields of
 * Langium's `LeafCstNodeImpl` but two: `_range` (always computed) and `_hidden` (a leaf is hidden
 * exactly when the parser built it for no grammar element, as Langium's builder decides it), so it
 * takes 72 bytes instead of 88. It does not run that class's constructor, which would add them, but
 * inherits its methods (see below).
 */
class EceLeafCstNode {
    readonly _offset: number;
    readonly _length: number;
    readonly _tokenType: TokenType;
    grammarSource: GrammarAST.AbstractElement | undefined;
    root: RootCstNode;
    container: CompositeCstNode | undefined = undefined;

    constructor(offset: number, length: number, tokenType: TokenType, grammarSource: GrammarAST.AbstractElement | undefined, root: RootCstNode) {
        this._offset = offset;
        this._length = length;
        this._tokenType = tokenType;
        this.grammarSource = grammarSource;
        this.root = root;
    }

    get hidden(): boolean {
        return this.grammarSource === undefined;
    }

    get range(): Range {
        const starts = lineStartsOf(this.root);
        return { start: positionIn(starts, this.offset), end: positionIn(starts, this.end) };
    }
}
// The rest (offset, end, text, astNode, …) and `instanceof` come from Langium's leaf class.
Object.setPrototypeOf(EceLeafCstNode.prototype, LeafCstNodeImpl.prototype);
// The class and this interface merge: its instances are typed with the members inherited above.
interface EceLeafCstNode extends LeafCstNode {}

/**
 * The start of `node`'s range (`node.range.start`), for a leaf without computing its end too, for a
 * composite without computing and keeping its range (as CompositeCstNodeImpl's `range` does: it
 * starts where its first non-hidden node does). The formatter reads the start of nearly every node
 * (server/langium-overrides/cancellable-formatter.ts): on 50,000 objects the composites' kept ranges
 * were 50 MB.
 */
export function rangeStart(node: CstNode): Position {
    if (node instanceof EceLeafCstNode) return positionIn(lineStartsOf(node.root), node.offset);
    if (!isCompositeCstNode(node) || node.content.length === 0) return node.range.start;
    const content = node.content;
    for (let i = 0; i < content.length; i++) if (!content[i].hidden) return rangeStart(content[i]);
    return rangeStart(content[0]);
}

/** The end of `node`'s range (`node.range.end`), for a leaf without computing its start too. */
export function rangeEnd(node: CstNode): Position {
    return node instanceof EceLeafCstNode ? positionIn(lineStartsOf(node.root), node.end) : node.range.end;
}

class EceCstNodeBuilder extends CstNodeBuilder {
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const current = this.current;
        const leaf = new EceLeafCstNode(token.startOffset, token.image.length, token.tokenType, feature, current.root);
        current.content.push(leaf);
        return leaf;
    }

    /** A node is finished here: nothing is added to its content or lists afterwards (hidden tokens go to open nodes). */
    override construct(item: { $type: string | symbol | undefined; $cstNode: CstNode; $infixName?: string }): void {
        const node = this.current;
        super.construct(item);
        if ((node as CstNode) !== node.root) compactContent(node);
        compactLists(item);
    }

    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        let current: CompositeCstNode = this.current;
        const root = current.root;
        const nodes: LeafCstNode[] = tokens.map(token => new EceLeafCstNode(token.startOffset, token.image.length, token.tokenType, undefined, root));
        if (current.content.length > 0) {
            for (const node of nodes) current.content.push(node);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                spliceAll(current.container.content, index, 0, nodes);
                return;
            }
            current = current.container;
        }
        spliceAll(root.content, 0, 0, nodes);
    }
}

/** The private members of LangiumParser replaced here (instance properties shadow its methods). */
interface ParserInternals {
    nodeBuilder: CstNodeBuilder;
    lexerResult?: { hidden: IToken[] };
    doParse(rule: unknown): unknown;
    extractHiddenTokens(token: IToken): IToken[];
}

class EceParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        const internals = this as unknown as ParserInternals;
        internals.nodeBuilder = new EceCstNodeBuilder();
        let cursor = 0;
        const doParse = internals.doParse.bind(this);
        internals.doParse = rule => {
            cursor = 0;
            const result = doParse(rule);
            internals.lexerResult?.hidden.splice(0, cursor);
            return result;
        };
        internals.extractHiddenTokens = token => {
            const hidden = internals.lexerResult?.hidden ?? [];
            const start = cursor;
            while (cursor < hidden.length && hidden[cursor].startOffset <= token.startOffset) cursor++;
            return hidden.slice(start, cursor);
        };
    }

    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        const result = super.parse<T>(input, options);
        this.wrapper.input = [];
        withErrorPositions(input, result.parserErrors);
        return result;
    }
}

export function createEceParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new EceParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
