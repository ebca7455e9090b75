/**
 * Document formatting. It only ever changes whitespace between tokens, so no comment or token is
 * lost: one space between the words of a statement, none before a comma or after a minus sign; a block written on one
 * line stays on one line (extra spaces there are kept, so aligned columns survive); a block over
 * several lines gets one statement per line, indented one level, and its `}` on a line of its own.
 * Blank lines between declarations are kept.
 *
 * This runs for every syntax node of the document (50,000 objects are half a million tokens), so it
 * tells lines apart by the line breaks between two nodes rather than by their ranges (a leaf's
 * range is computed on each read: language/langium-overrides/ece-parser.ts), hands each node's
 * formatting straight to the collector, node by node in order (as a NodeFormatter region would,
 * without a region and a copy of its nodes per call), and shares its formatting values, which
 * Langium only reads.
 */
import { CstUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingCollector } from 'langium/lsp';
import { isEceFile } from '../language/generated/ast.js';

const ONE_SPACE = Formatting.oneSpace();
const NO_SPACE = Formatting.noSpace();
const INDENT = Formatting.indent();
const NEW_LINE = Formatting.newLine();
const NEW_LINES = Formatting.newLine({ allowMore: true });
const NO_NEW_LINE = Formatting.newLines(0, { allowMore: true });
const AT_LEAST_ONE_SPACE = Formatting.oneSpace({ allowMore: true });

export class EceFormatter extends AbstractFormatter {
    protected override format(node: AstNode): void {
        const collect = this.collector;
        if (isEceFile(node)) {
            node.elements.forEach((element, i) => {
                if (!element.$cstNode) return;
                if (i > 0) collect(element.$cstNode, 'prepend', NEW_LINES);
                else if (!afterCommentOnSameLine(element.$cstNode)) collect(element.$cstNode, 'prepend', NO_NEW_LINE);
            });
            return;
        }
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const children = ownNodes(node, cst, []);
        const [open, close] = braces(children);
        const block = open >= 0 && close > open;
        spaceOut(collect, children, block ? open : children.length);
        if (!block) return;
        const openBrace = children[open];
        const closeBrace = children[close];
        const oneLine = !onLaterLine(openBrace, closeBrace);
        const beforeBrace = children.findLast((c, i) => i < open && !c.hidden);
        collect(openBrace, 'prepend', beforeBrace && onLaterLine(beforeBrace, openBrace) ? INDENT : oneLine ? AT_LEAST_ONE_SPACE : ONE_SPACE);
        for (let i = open + 1; i < close; i++) {
            if (!oneLine) collect(children[i], 'prepend', INDENT);
            else if (!children[i].hidden) collect(children[i], 'prepend', AT_LEAST_ONE_SPACE);
        }
        collect(closeBrace, 'prepend', oneLine ? AT_LEAST_ONE_SPACE : NEW_LINE);
    }
}

/**
 * The words of a statement (or a declaration's head: `nodes` up to `end`): one space apart, commas
 * close to the word before. A word the user put on a line of its own (after a `//` comment, say)
 * stays there, indented one level deeper than the statement.
 */
function spaceOut(collect: FormattingCollector, nodes: readonly CstNode[], end: number): void {
    let previous: CstNode | undefined;
    for (let i = 0; i < end; i++) {
        const token = nodes[i];
        if (token.hidden) continue;
        // A comma closes up to the word before; a number to its minus sign (`growth -5 % per year`).
        if (previous) collect(token, 'prepend', onLaterLine(previous, token) ? INDENT : isKeyword(token, ',') || isKeyword(previous, '-') ? NO_SPACE : ONE_SPACE);
        previous = token;
    }
}

/** Whether `after` starts on a later line than `before` ends: whether a line break lies between them. */
function onLaterLine(before: CstNode, after: CstNode): boolean {
    const text = before.root.fullText;
    for (let i = before.end; i < after.offset; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return true;
    }
    return false;
}

/** Whether a comment ends on the line where `node` starts, right before it (`/* header *\/ deployment …`). */
function afterCommentOnSameLine(node: CstNode): boolean {
    const previous = CstUtils.getPreviousNode(node, true);
    return previous !== undefined && previous.hidden && previous.range.end.line === node.range.start.line;
}

/**
 * The tokens of `node` itself and the syntax nodes of its children, in order, added to `into`.
 * Langium wraps a node's tokens in one composite per rule call (e.g. Element → Deployment) and a
 * name in one per datatype rule; those wrappers are looked through.
 */
function ownNodes(node: AstNode, cst: CstNode, into: CstNode[]): CstNode[] {
    if (!isCompositeCstNode(cst)) {
        into.push(cst);
        return into;
    }
    for (const child of cst.content) {
        if (isCompositeCstNode(child) && child.astNode === node) ownNodes(node, child, into);
        else into.push(child);
    }
    return into;
}

/** The index of the first `{` and of the first `}` among `nodes` (-1: none). */
function braces(nodes: readonly CstNode[]): [number, number] {
    let open = -1;
    let close = -1;
    for (let i = 0; i < nodes.length && close < 0; i++) {
        if (open < 0 && isKeyword(nodes[i], '{')) open = i;
        else if (isKeyword(nodes[i], '}')) close = i;
    }
    return [open, close];
}

function isKeyword(node: CstNode, keyword: string): boolean {
    // Cheapest test first: only a leaf's grammar source is a keyword (a composite's length is computed).
    return node.grammarSource?.$type === 'Keyword' && !isCompositeCstNode(node) && !node.hidden && node.length === keyword.length && node.text === keyword;
}
