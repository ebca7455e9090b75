/**
 * The one place where Langium's concrete syntax tree is turned into plain spans.
 * The deployment model holds several spans per object, and only the few that a finding, hover or
 * lens shows are ever read, so a span finds its CST node and range when first read (finding a
 * property's node walks the grammar; done eagerly it was most of the model's build time).
 */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Span, TextRange } from './span.js';

export function spanOfCst(cst: CstNode, uri: string): Span {
    return new LazySpan(uri, cst);
}

/** The whole node, or one of its properties when `property` is given and written. */
export function spanOf(node: AstNode, property?: string, index?: number): Span {
    const uri = documentUri(node);
    const whole = node.$cstNode;
    if (!whole) {
        const origin = { line: 0, character: 0 };
        return { uri, start: origin, end: origin, offset: 0, endOffset: 0 };
    }
    return new LazySpan(uri, whole, property, index);
}

/**
 * A span that finds its CST node when first read, and reads its position from it each time, so it
 * stays right when an incremental reparse moves the text before it (the model keeps a block's spans
 * across edits: build-deployment.ts). Its position properties are getters of the class (an own
 * accessor per span made each build slower than the eager spans it replaced), so a span serializes
 * through `toJSON`, and is compared with `toMatchObject`, not `toEqual`.
 */
class LazySpan implements Span {
    /** The whole node until the property's node is looked for, then that node (or the whole one, if none). */
    #node: CstNode;
    /** The property whose node the span is, until that node is looked for. */
    #property: string | undefined;
    readonly #index: number | undefined;

    constructor(readonly uri: string, whole: CstNode, property?: string, index?: number) {
        this.#node = whole;
        this.#property = property;
        this.#index = index;
    }

    get start(): TextRange['start'] {
        return this.#found().range.start;
    }

    get end(): TextRange['end'] {
        return this.#found().range.end;
    }

    get offset(): number {
        return this.#found().offset;
    }

    get endOffset(): number {
        return this.#found().end;
    }

    toJSON(): Span {
        return { uri: this.uri, start: this.start, end: this.end, offset: this.offset, endOffset: this.endOffset };
    }

    // One field for the node before and after the lookup: 242,000 spans on 50,000 objects.
    #found(): CstNode {
        if (this.#property) {
            this.#node = GrammarUtils.findNodeForProperty(this.#node, this.#property, this.#index) ?? this.#node;
            this.#property = undefined;
        }
        return this.#node;
    }
}

export function spanOfKeyword(node: AstNode, keyword: string): Span {
    const whole = node.$cstNode;
    const part = whole ? GrammarUtils.findNodeForKeyword(whole, keyword) : undefined;
    return part ? spanOfCst(part, documentUri(node)) : spanOf(node);
}

function documentUri(node: AstNode): string {
    let root: AstNode = node;
    while (root.$container) root = root.$container;
    const document = (root as AstNode & { $document?: LangiumDocument }).$document;
    return document?.uri.toString() ?? '';
}

/** From the first to the last of a node's keywords, e.g. `load profile` of a load profile block. */
export function spanOfKeywords(node: AstNode, first: string, last: string): Span {
    const a = spanOfKeyword(node, first);
    const b = spanOfKeyword(node, last);
    return { uri: a.uri, start: a.start, end: b.end, offset: a.offset, endOffset: b.endOffset };
}
