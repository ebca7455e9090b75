/**
 * Whole-document formatting that honours cancellation. Langium's AbstractFormatter walks the syntax
 * tree twice in one synchronous call, which for a 50,000-object file takes seconds during which no
 * message (a `$/cancelRequest`, a keystroke) is even read. This runs the same two passes (collect
 * each node's formatting, then turn it into edits: AbstractFormatter.doDocumentFormat) with a pause
 * every few hundred nodes where a cancelled request stops. The formatting rules are EceFormatter's.
 */
import { AstUtils, Cancellation, CstUtils, interruptAndCheck, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';
import type { FormattingAction, FormattingContext } from 'langium/lsp';
import type { DocumentFormattingParams, FormattingOptions, TextEdit } from 'vscode-languageserver';
import { EceFormatter } from '../formatter.js';

/** Nodes between two checks for cancellation (interruptAndCheck itself yields at most every 10 ms). */
const CHECK_EVERY = 256;

export class CancellableEceFormatter extends EceFormatter {
    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams, cancelToken = Cancellation.CancellationToken.None): Promise<TextEdit[]> {
        const { lexerErrors, parserErrors } = document.parseResult;
        // As AbstractFormatter: a document that does not parse is left as it is.
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        const formattings = new Map<string, FormattingAction>();
        this.collector = (node, mode, formatting) => {
            const key = this.nodeModeToKey(node, mode);
            const existing = formattings.get(key);
            if (!existing || (existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) formattings.set(key, formatting);
        };
        await this.collectFormattings(document, cancelToken);
        const edits = await this.textEdits(document, formattings, params.options, cancelToken);
        return this.avoidOverlappingEdits(document.textDocument, edits);
    }

    /** AbstractFormatter.iterateAstFormatting over the whole document, interruptible. */
    private async collectFormattings(document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const root = document.parseResult.value;
        this.format(root);
        let visited = 0;
        for (const node of AstUtils.streamAllContents(root)) {
            if (++visited % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.format(node);
        }
    }

    /** AbstractFormatter.iterateCstFormatting over the whole document, interruptible. */
    private async textEdits(document: LangiumDocument, formattings: Map<string, FormattingAction>, options: FormattingOptions, cancelToken: Cancellation.CancellationToken): Promise<TextEdit[]> {
        const context: FormattingContext = { indentation: 0, options, document: document.textDocument };
        const edits: TextEdit[] = [];
        let lastNode: CstNode | undefined;
        let visited = 0;
        for (const node of this.iterateCstTree(document, context)) {
            if (++visited % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            const prependKey = this.nodeModeToKey(node, 'prepend');
            const prepend = formattings.get(prependKey);
            formattings.delete(prependKey);
            if (prepend) edits.push(...this.createTextEdit(lastNode, node, prepend, context).filter(e => e !== undefined));
            const appendKey = this.nodeModeToKey(node, 'append');
            const append = formattings.get(appendKey);
            formattings.delete(appendKey);
            if (append) {
                const next = CstUtils.getNextNode(node);
                if (next) edits.push(...this.createTextEdit(node, next, append, context).filter(e => e !== undefined));
            }
            if (!prepend && node.hidden) edits.push(...this.createHiddenTextEdits(lastNode, node, undefined, context).filter(e => e !== undefined));
            if (isLeafCstNode(node)) lastNode = node;
        }
        return edits;
    }
}
