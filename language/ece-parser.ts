/**
 * Two quadratic spots of Langium 4.2's parser, fixed here because large deployments hit them:
 * - the CST builder looks a new node up in its container with `indexOf` before it places the hidden
 *   tokens (comments) that precede it, even when there are none: with n top-level declarations that
 *   is O(n) per token (100,000 declarations parsed in 13 s). The new node is almost always its
 *   container's last child, so `lastIndexOf` finds it at once; no hidden tokens, nothing to place.
 * - the parser takes the comments before each token off the front of the lexer's list with
 *   `splice(0, i)`, O(comments) each time (100,000 commented declarations: 23 s). A cursor does it
 *   in O(1), and the consumed prefix is cut once at the end.
 */
import {
    CstNodeBuilder, CstUtils, LangiumParser, LeafCstNodeImpl, createParser,
    type CompositeCstNode, type LangiumCoreServices,
} from 'langium';
import type { IToken } from 'chevrotain';

class EceCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        let current: CompositeCstNode = this.current;
        const root = current.root;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = root;
            return leaf;
        });
        if (current.content.length > 0) {
            current.content.push(...nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        root.content.unshift(...nodes);
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
}

export function createEceParser(services: LangiumCoreServices): LangiumParser {
    const parser = createParser(services.Grammar, new EceParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
