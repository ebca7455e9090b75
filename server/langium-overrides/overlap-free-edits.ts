/**
 * AbstractFormatter.avoidOverlappingEdits (lib/lsp/formatter.js) applied as the edits are made
 * rather than to the finished list: an edit drops the edits before it that end after it starts,
 * and of those left, only the necessary ones (AbstractFormatter.isNecessary, copied: they change
 * the text) are returned. The same edits come out. But an unnecessary edit, one per token of a document
 * already formatted, is not held to the end: only its end offset is, which is all a later edit
 * needs to drop it. Holding a million edits of a 50,000-object file was most of its garbage collection.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class OverlapFreeEdits {
    private readonly text: string;
    /** The end offset of each edit kept so far, necessary or not. */
    private readonly ends: number[] = [];
    /** Each edit kept so far; undefined where it was unnecessary. */
    private readonly edits: (TextEdit | undefined)[] = [];

    constructor(private readonly document: TextDocument) {
        this.text = document.getText();
    }

    add(edit: TextEdit): void {
        const start = this.document.offsetAt(edit.range.start);
        const end = this.document.offsetAt(edit.range.end);
        while (this.ends.length > 0 && start < this.ends[this.ends.length - 1]) {
            this.ends.pop();
            this.edits.pop();
        }
        this.ends.push(end);
        this.edits.push(this.isNecessary(edit, start, end) ? edit : undefined);
    }

    /** The edits to send, in the order they were made. */
    result(): TextEdit[] {
        return this.edits.filter(edit => edit !== undefined);
    }

    /** AbstractFormatter.isNecessary, with the offsets of the edit's range at hand. */
    private isNecessary(edit: TextEdit, start: number, end: number): boolean {
        const existing = this.text.substring(start, end);
        return edit.newText !== (existing.includes('\r') ? existing.replace(/\r/g, '') : existing);
    }
}
