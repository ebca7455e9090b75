/**
 * AbstractFormatter.avoidOverlappingEdits (lib/lsp/formatter.js) applied as the edits are made
 * rather than to the finished list, keeping only the necessary edits (AbstractFormatter.isNecessary,
 * copied: they change the text). Langium keeps a stack of edits, each dropping those before it that
 * end after it starts, and then filters out the unnecessary ones. The ends on that stack never
 * decrease (an edit is pushed only after every edit ending past its start is gone), so an edit drops
 * exactly the edits that end after it starts whether or not the unnecessary ones are on the stack:
 * leaving them off gives the same edits. A document already formatted makes an unnecessary edit per
 * token; holding the 470,000 of a 50,000-object file was most of its garbage collection.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class OverlapFreeEdits {
    /** The necessary edits kept so far, and the end offset of each. */
    private readonly edits: TextEdit[] = [];
    private readonly ends: number[] = [];

    constructor(private readonly document: TextDocument) {}

    add(edit: TextEdit): void {
        const start = this.document.offsetAt(edit.range.start);
        while (this.ends.length > 0 && start < this.ends[this.ends.length - 1]) {
            this.ends.pop();
            this.edits.pop();
        }
        const end = this.document.offsetAt(edit.range.end);
        if (this.isNecessary(edit, start, end)) {
            this.edits.push(edit);
            this.ends.push(end);
        }
    }

    /** The edits to send, in the order they were made. */
    result(): TextEdit[] {
        return this.edits;
    }

    /** AbstractFormatter.isNecessary, with the offsets of the edit's range at hand. */
    private isNecessary(edit: TextEdit, start: number, end: number): boolean {
        const existing = this.document.getText().substring(start, end);
        return edit.newText !== (existing.includes('\r') ? existing.replace(/\r/g, '') : existing);
    }
}
