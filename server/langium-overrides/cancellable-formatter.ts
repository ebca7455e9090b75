/**
 * Whole-document formatting that honours cancellation and takes time linear in the document.
 *
 * Replaces AbstractFormatter.formatDocument (`doDocumentFormat`: `iterateAstFormatting`, then
 * `iterateCstFormatting` over `iterateCstTree`, then `avoidOverlappingEdits`) and `createTextEdit`
 * (lib/lsp/formatter.js) with copies that give the same edits:
 * - Langium runs both passes in one synchronous call, which for a 50,000-object file took seconds
 *   during which no message (a `$/cancelRequest`, a keystroke) was even read. Here both pause every
 *   few hundred nodes, where a cancelled request stops.
 * - Langium keys each formatting by a string `offset:end:mode` built for every collected formatting
 *   and twice for every syntax node; walks the syntax tree with a stream that allocates iterators per
 *   node; reads the two nodes' ranges up to six times per edit, each read of a leaf's range computing
 *   it anew (language/langium-overrides/ece-parser.ts); and holds every edit, one per token, to the
 *   end. On 50,000 objects that was 4.9 s, most of it allocation and garbage collection. Here the
 *   formattings are found by (offset, end) in a table (FormattingMap), the walk is a loop over an
 *   explicit stack that restores the indentation where `iterateCst` does, each edit reads one end of
 *   each node's range, and only the necessary edits are kept (OverlapFreeEdits).
 * The formatting rules are EceFormatter's.
 */
import { Cancellation, interruptAndCheck, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { FormattingAction, FormattingCollector, FormattingContext } from 'langium/lsp';
import type { DocumentFormattingParams, FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { forEachAstNode } from '../../language/langium-overrides/ast-walk.js';
import { rangeEnd, rangeStart } from '../../language/langium-overrides/ece-parser.js';
import { EceFormatter } from '../formatter.js';
import { FormattingMap } from './formatting-map.js';
import { OverlapFreeEdits } from './overlap-free-edits.js';

/**
 * Nodes between two checks for cancellation (interruptAndCheck itself yields at most every 10 ms).
 * Each such slice runs in a synchronous method: V8 optimizes a loop inside an async function late,
 * and the first formatting of a document ran several times slower.
 */
const CHECK_EVERY = 256;

/** The children of a composite being walked, and the indentation to restore when they are done. */
interface Frame { content: readonly CstNode[]; next: number; indentation: number }

/** The state of the syntax tree's walk between two slices of it. */
interface CstWalk {
    readonly frames: Frame[];
    lastNode: CstNode | undefined;
    readonly context: FormattingContext;
    readonly formattings: FormattingMap;
    readonly edits: OverlapFreeEdits;
}

export class CancellableEceFormatter extends EceFormatter {
    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams, cancelToken = Cancellation.CancellationToken.None): Promise<TextEdit[]> {
        const { lexerErrors, parserErrors } = document.parseResult;
        // As AbstractFormatter: a document that does not parse is left as it is.
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        const cst = document.parseResult.value.$cstNode;
        // Without a syntax tree AbstractFormatter finds nothing to format either.
        if (!cst) return [];
        // The parsed text: the editor's may already be newer.
        const formattings = new FormattingMap(cst.root.fullText.length);
        const collector: FormattingCollector = (node, mode, formatting) => formattings.collect(node, mode, formatting);
        await this.collectFormattings(document, collector, cancelToken);
        const edits = await this.textEdits(document, formattings, params.options, cancelToken);
        return edits.result();
    }

    /** AbstractFormatter.iterateAstFormatting over the whole document, interruptible. */
    private async collectFormattings(document: LangiumDocument, collector: FormattingCollector, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const nodes: AstNode[] = [];
        forEachAstNode(document.parseResult.value, node => nodes.push(node));
        try {
            for (let start = 0; start < nodes.length; start += CHECK_EVERY) {
                if (start > 0) await interruptAndCheck(cancelToken);
                // Set for each slice: another formatting request may have run meanwhile and set its own.
                this.collector = collector;
                this.formatEach(nodes, start, Math.min(start + CHECK_EVERY, nodes.length));
            }
        } finally {
            // The collector holds the request's formattings: tens of megabytes for a large document.
            this.collector = () => undefined;
        }
    }

    private formatEach(nodes: readonly AstNode[], start: number, end: number): void {
        for (let i = start; i < end; i++) this.format(nodes[i]);
    }

    /**
     * AbstractFormatter.iterateCstFormatting over the whole document (its nodes in `iterateCstTree`'s
     * order), interruptible, its edits going through `avoidOverlappingEdits` as they are made.
     */
    private async textEdits(document: LangiumDocument, formattings: FormattingMap, options: FormattingOptions, cancelToken: Cancellation.CancellationToken): Promise<OverlapFreeEdits> {
        const textDocument = document.textDocument;
        const context: FormattingContext = { indentation: 0, options, document: textDocument };
        const edits = new OverlapFreeEdits(textDocument);
        const root = document.parseResult.value.$cstNode;
        if (!root || !isCompositeCstNode(root)) return edits;
        // Entering a composite remembers the indentation before its own formatting; leaving it restores
        // that indentation, as the stream AbstractFormatter.iterateCst gives for its children does.
        const walk: CstWalk = { frames: [{ content: root.content, next: 0, indentation: context.indentation }], lastNode: undefined, context, formattings, edits };
        while (!this.walkCst(walk, CHECK_EVERY)) await interruptAndCheck(cancelToken);
        return edits;
    }

    /** Takes `walk` `count` nodes further; whether it is done. */
    private walkCst(walk: CstWalk, count: number): boolean {
        const { frames, context, formattings, edits } = walk;
        let visited = 0;
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next >= frame.content.length) {
                context.indentation = frame.indentation;
                frames.pop();
                continue;
            }
            if (visited++ === count) return false;
            const node = frame.content[frame.next++];
            // Not a composite: a leaf (isLeafCstNode).
            const composite = isCompositeCstNode(node);
            if (composite) frames.push({ content: node.content, next: 0, indentation: context.indentation });
            const prepend = formattings.take(node, 'prepend');
            if (prepend) addAll(edits, this.createTextEdit(walk.lastNode, node, prepend, context));
            const append = formattings.take(node, 'append');
            if (append) {
                const next = nextNode(frames, node);
                if (next) addAll(edits, this.createTextEdit(node, next, append, context));
            }
            if (!prepend && node.hidden) addAll(edits, this.createHiddenTextEdits(walk.lastNode, node, undefined, context));
            if (!composite) walk.lastNode = node;
        }
        return true;
    }

    /** AbstractFormatter.createTextEdit, reading one end of each node's range, once. */
    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        if (b.hidden) return this.createHiddenTextEdits(a, b, formatting, context);
        const start = rangeStart(b);
        const end = a && rangeEnd(a);
        // Ignore the edit if the previous node ends after the current node starts.
        if (end && (end.line > start.line || (end.line === start.line && end.character > start.character))) return [];
        const between: Range = { start: end ?? { character: 0, line: 0 }, end: start };
        const move = this.findFittingMove(between, formatting.moves, context);
        if (!move) return [];
        const { characters, lines, tabs } = move;
        const existingIndentation = context.indentation;
        context.indentation += tabs ?? 0;
        const edits: TextEdit[] = [];
        if (characters !== undefined) {
            // No spaces on the same line after a hidden node.
            if (!a?.hidden) edits.push(this.createSpaceTextEdit(between, characters, formatting.options));
        } else if (lines !== undefined) {
            edits.push(this.createLineTextEdit(between, lines, context, formatting.options));
        } else if (tabs !== undefined) {
            edits.push(this.createTabTextEdit(between, Boolean(a), context));
        }
        if (isLeafCstNode(b)) context.indentation = existingIndentation;
        return edits;
    }
}

/** Langium's createTextEdit results may hold `undefined`; those are skipped, as Langium does. */
function addAll(edits: OverlapFreeEdits, more: readonly (TextEdit | undefined)[]): void {
    for (const edit of more) if (edit) edits.add(edit);
}

/**
 * CstUtils.getNextNode(node) read off the walk's frames instead of searching each container with
 * `indexOf`: the next node in the container of `node`, or else of the nearest container that has one.
 */
function nextNode(frames: readonly Frame[], node: CstNode): CstNode | undefined {
    // A composite's own frame is on top; its siblings are in the frame below.
    for (let i = frames.length - (isCompositeCstNode(node) ? 2 : 1); i >= 0; i--) {
        const frame = frames[i];
        if (frame.next < frame.content.length) return frame.content[frame.next];
    }
    return undefined;
}
