/**
 * Langium parses a document again from its first character on every change. A `.ece` file is a list
 * of self-contained top-level blocks, so after a keystroke only the blocks around the change need
 * parsing: this reparses them as a file of their own and splices the result into the previous tree,
 * moving what follows by the length of the change. A 2,700-object file took 70 ms or more to parse
 * on each keystroke; a block takes well under a millisecond.
 *
 * It keeps the result exactly that of a full parse (the tests compare both on random edits) by
 * falling back to one whenever that is not certain: the previous parse or the reparsed blocks have
 * errors, or the reparsed text ends in a token with nothing after it to end it.
 */
import {
    DefaultLangiumDocumentFactory,
    type AstNode, type Cancellation, type CompositeCstNode, type CstNode, type LangiumDocuments, type LangiumParser,
    type LangiumSharedCoreServices, type LeafCstNode, type ParseResult, type URI,
} from 'langium';
import { isEceFile, type EceFile } from '../generated/ast.js';
import { spliceAll } from '../splice-all.js';

/** The private fields of Langium's CST nodes that a splice updates. */
interface LeafInternals { _offset: number }
interface CompositeInternals { _rangeCache?: unknown }
interface RootInternals { _text: string }
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isComposite(node: CstNode): node is CompositeCstNode {
    return 'content' in node;
}

function hasErrors(result: ParseResult): boolean {
    return result.lexerErrors.length > 0 || result.parserErrors.length > 0;
}

/** Visits a CST subtree: each leaf, and each composite node before its content. */
function walk(node: CstNode, visit: (node: CstNode) => void): void {
    visit(node);
    if (isComposite(node)) for (const child of node.content) walk(child, visit);
}

function lineBreakIn(text: string): boolean {
    return text.includes('\n') || text.includes('\r');
}

/**
 * The parse of `text` obtained by reparsing only the top-level blocks that the change from the
 * previous text touches, or `undefined` when a full parse is needed. The previous tree is changed
 * in place and returned as the new result.
 */
export function reparseIncrementally(parser: LangiumParser, previous: ParseResult, text: string): ParseResult | undefined {
    const root = previous.value;
    const rootCst = root.$cstNode as CompositeCstNode | undefined;
    if (!isEceFile(root) || !rootCst || hasErrors(previous) || root.elements.length === 0) return undefined;
    const oldText = rootCst.root.fullText;
    if (oldText === text) return undefined;

    // The changed range: [p, q) in the old text, [p, q + delta) in the new one.
    const delta = text.length - oldText.length;
    const limit = Math.min(oldText.length, text.length);
    let p = 0;
    while (p < limit && oldText.charCodeAt(p) === text.charCodeAt(p)) p++;
    let s = 0;
    while (s < limit - p && oldText.charCodeAt(oldText.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
    const q = oldText.length - s;

    // The blocks that touch the change, and one more on each side; the region runs from the end of
    // the block before them to the start of the block after them, so it holds the whole gaps.
    const elements = root.elements;
    const n = elements.length;
    const cst = elements.map(e => e.$cstNode);
    if (cst.some(c => c === undefined)) return undefined;
    let first = cst.findIndex(c => c!.end >= p);
    if (first < 0) first = n;
    let last = -1;
    for (let i = n - 1; i >= 0; i--) {
        if (cst[i]!.offset <= q) {
            last = i;
            break;
        }
    }
    const a = Math.max(0, first - 1);
    const b = Math.min(n - 1, last + 1);
    if (a > b) return undefined;
    const start = a > 0 ? cst[a - 1]!.end : 0;
    const end = b < n - 1 ? cst[b + 1]!.offset : oldText.length;
    const regionText = text.slice(start, end + delta);

    const region = parser.parse<EceFile>(regionText);
    if (hasErrors(region) || !region.value.$cstNode) return undefined;
    const regionCst = region.value.$cstNode as CompositeCstNode;
    if (end < oldText.length) {
        // Whatever ends the region must end it in the full text too: whitespace after its last token,
        // with a line break after a line comment.
        let lastLeafEnd = 0;
        let lastIsLineComment = false;
        walk(regionCst, node => {
            if (!isComposite(node) && node.end >= lastLeafEnd) {
                lastLeafEnd = node.end;
                lastIsLineComment = (node as LeafCstNode).tokenType.name === 'SL_COMMENT';
            }
        });
        const trailing = regionText.slice(lastLeafEnd);
        if (trailing.length === 0 || (lastIsLineComment && !lineBreakIn(trailing))) return undefined;
    }

    // Splice the CST: the root's children inside [start, end) give way to the region's, moved to `start`.
    const children = rootCst.content;
    let from = 0;
    while (from < children.length && children[from].offset < start) from++;
    let to = from;
    while (to < children.length && children[to].offset < end) to++;
    const replacement = [...regionCst.content];
    for (const child of replacement) {
        walk(child, node => {
            (node as Mutable<CstNode>).root = rootCst.root;
            if (!isComposite(node)) (node as unknown as LeafInternals)._offset += start;
        });
    }
    // What follows moves by the change's length; its cached ranges go when its lines or columns may have moved.
    if (delta !== 0 || lineBreakIn(oldText.slice(p, q)) || lineBreakIn(text.slice(p, q + delta))) {
        for (let i = to; i < children.length; i++) {
            walk(children[i], node => {
                if (isComposite(node)) (node as unknown as CompositeInternals)._rangeCache = undefined;
                else (node as unknown as LeafInternals)._offset += delta;
            });
        }
    }
    spliceAll(children, from, to - from, replacement);
    (rootCst as unknown as CompositeInternals)._rangeCache = undefined;
    (rootCst.root as unknown as RootInternals)._text = text;

    // Splice the AST.
    const added = region.value.elements;
    spliceAll(elements, a, b - a + 1, added);
    for (let i = a; i < elements.length; i++) {
        const element = elements[i] as Mutable<AstNode>;
        element.$container = root;
        element.$containerProperty = 'elements';
        element.$containerIndex = i;
    }
    return { value: previous.value, lexerErrors: [], lexerReport: region.lexerReport, parserErrors: [] };
}

/** Reparses a changed document incrementally when it can (see above), fully otherwise. */
export class EceDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly documents: () => LangiumDocuments;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documents = () => services.workspace.LangiumDocuments;
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const previous = this.documents().getDocument(uri)?.parseResult;
        if (previous) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const result = reparseIncrementally(parser, previous, text);
            if (result) return result as ParseResult<T>;
        }
        return super.parseAsync<T>(uri, text, cancellationToken);
    }
}
