/**
 * Document formatting. It only ever changes whitespace between tokens, so no comment or token is
 * lost: one space between the words of a statement, none before a comma; a block written on one
 * line stays on one line (extra spaces there are kept, so aligned columns survive); a block over
 * several lines gets one statement per line, indented one level, and its `}` on a line of its own.
 * Blank lines between declarations are kept.
 */
import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type NodeFormatter } from 'langium/lsp';
import { isEceFile } from '../language/generated/ast.js';

export class EceFormatter extends AbstractFormatter {
    protected override format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (isEceFile(node)) {
            node.elements.forEach((element, i) => {
                formatter.node(element).prepend(i === 0 ? Formatting.newLines(0, { allowMore: true }) : Formatting.newLine({ allowMore: true }));
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
        formatter.cst([openBrace]).prepend(Formatting.oneSpace({ allowMore: oneLine }));
        if (oneLine) {
            formatter.cst(interior.filter(c => !c.hidden)).prepend(Formatting.oneSpace({ allowMore: true }));
            formatter.cst([closeBrace]).prepend(Formatting.oneSpace({ allowMore: true }));
        } else {
            formatter.cst(interior).prepend(Formatting.indent());
            formatter.cst([closeBrace]).prepend(Formatting.newLine());
        }
    }
}

/** The words of a statement (or a declaration's head): one space apart, commas close to the word before. */
function spaceOut(formatter: NodeFormatter<AstNode>, nodes: readonly CstNode[]): void {
    const tokens = nodes.filter(c => !c.hidden);
    tokens.slice(1).forEach(token => {
        formatter.cst([token]).prepend(isKeyword(token, ',') ? Formatting.noSpace() : Formatting.oneSpace());
    });
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
