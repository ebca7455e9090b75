/** The one place where Langium's concrete syntax tree is turned into plain spans. */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Span } from './span.js';

export function spanOfCst(cst: CstNode, uri: string): Span {
    return { uri, start: cst.range.start, end: cst.range.end, offset: cst.offset, endOffset: cst.end };
}

/** The whole node, or one of its properties when `property` is given and written. */
export function spanOf(node: AstNode, property?: string, index?: number): Span {
    const uri = documentUri(node);
    const whole = node.$cstNode;
    if (!whole) {
        const origin = { line: 0, character: 0 };
        return { uri, start: origin, end: origin, offset: 0, endOffset: 0 };
    }
    const part = property ? GrammarUtils.findNodeForProperty(whole, property, index) : undefined;
    return spanOfCst(part ?? whole, uri);
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
