/**
 * Document formatting. It only ever changes whitespace between tokens, so no comment or token is
 * lost: one space between the words of a statement, none before a comma or after a minus sign; a block written on one
 * line stays on one line (extra spaces there are kept, so aligned columns survive); a block over
 * several lines gets one statement per line, indented one level, and its `}` on a line of its own.
 * Blank lines between declarations are kept.
 */
import { CstUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type NodeFormatter } from 'langium/lsp';
import { isEceFile } from '../language/generated/ast.js';

export class EceFormatter extends AbstractFormatter {
    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isEceFile(node)) {
            node.elements.forEach((element, i) => {
                if (i > 0) {
                    formatter.node(element).prepend(Formatting.newLine({ allowMore: true }));
                } else if (!element.$cstNode || !afterCommentOnSameLine(element.$cstNode)) {
                    formatter.node(element).prepend(Formatting.newLines(0, { allowMore: true }));
                }
            });
            return;
        }
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const children = ownNodes(node, cst);
        const open = children.findIndex(c => isKeyword(c, '{'));
        const close = children.findIndex(c => isKeyword(c, '}'));
        const head = open >= 0 && close > open ? children.slice(0, open) : children;
        spaceOut(formatter, head);
        if (open < 0 || close <= open) return;
        const openBrace = children[open];
        const closeBrace = children[close];
        const interior = children.slice(open + 1, close);
        const oneLine = openBrace.range.start.line === closeBrace.range.end.line;
        const beforeBrace = head.filter(c => !c.hidden).at(-1);
        formatter.cst([openBrace]).prepend(beforeBrace && openBrace.range.start.line > beforeBrace.range.end.line
            ? Formatting.indent()
            : Formatting.oneSpace({ allowMore: oneLine }));
        if (oneLine) {
            formatter.cst(interior.filter(c => !c.hidden)).prepend(Formatting.oneSpace({ allowMore: true }));
            formatter.cst([closeBrace]).prepend(Formatting.oneSpace({ allowMore: true }));
        } else {
            formatter.cst(interior).prepend(Formatting.indent());
            formatter.cst([closeBrace]).prepend(Formatting.newLine());
        }
    }
}

/**
 * The words of a statement (or a declaration's head): one space apart, commas close to the word
 * before. A word the user put on a line of its own (after a `//` comment, say) stays there, indented
 * one level deeper than the statement.
 */
function spaceOut(formatter: NodeFormatter<AstNode>, nodes: readonly CstNode[]): void {
    const tokens = nodes.filter(c => !c.hidden);
    tokens.slice(1).forEach((token, i) => {
        const onNewLine = token.range.start.line > tokens[i].range.end.line;
        // A comma closes up to the word before; a number to its minus sign (`growth -5 % per year`).
        const close = isKeyword(token, ',') || isKeyword(tokens[i], '-');
        formatter.cst([token]).prepend(onNewLine ? Formatting.indent() : close ? Formatting.noSpace() : Formatting.oneSpace());
    });
}

/** Whether a comment ends on the line where `node` starts, right before it (`/* header *\/ deployment …`). */
function afterCommentOnSameLine(node: CstNode): boolean {
    const previous = CstUtils.getPreviousNode(node, true);
    return previous !== undefined && previous.hidden && previous.range.end.line === node.range.start.line;
}

/**
 * The tokens of `node` itself and the syntax nodes of its children, in order. Langium wraps a node's
 * tokens in one composite per rule call (e.g. Element → Deployment) and a name in one per datatype
 * rule; those wrappers are looked through.
 */
function ownNodes(node: AstNode, cst: CstNode): CstNode[] {
    if (!isCompositeCstNode(cst)) return [cst];
    return cst.content.flatMap(child => (isCompositeCstNode(child) && child.astNode === node ? ownNodes(node, child) : [child]));
}

function isKeyword(node: CstNode, keyword: string): boolean {
    return !isCompositeCstNode(node) && !node.hidden && node.text === keyword && node.grammarSource?.$type === 'Keyword';
}
