/**
 * The formattings collected for a document, as AbstractFormatter keeps them (`doDocumentFormat`'s
 * collector and `iterateCstFormatting`; lib/lsp/formatter.js), without its string keys.
 *
 * Langium keys a formatting by `nodeModeToKey`: `${node.offset}:${node.end}:${mode}`. So syntax nodes
 * with the same extent share one (a leaf and the composites that wrap only it), a later formatting
 * replaces an earlier one of no higher priority, and the first node of the walk with that key takes
 * it. Here the same pair (offset, end) is found through a table indexed by offset, which holds the
 * chain of ends collected at that offset (one or two: a leaf and a composite starting with it).
 * Building a string per node and hashing it into a map of half a million entries was most of the
 * time and garbage of formatting 50,000 objects; the table is 4 bytes per character, for one request.
 */
import { isCompositeCstNode, type CstNode } from 'langium';
import type { FormattingAction } from 'langium/lsp';

type Mode = 'prepend' | 'append';

/** The formattings of one mode. */
class Formattings {
    /** For each offset, 1 + the index of the entry collected last at that offset; 0: none. */
    private readonly newest: Int32Array;
    private ends = new Int32Array(1024);
    /** For each entry, 1 + the index of the entry collected before it at the same offset; 0: none. */
    private older = new Int32Array(1024);
    private readonly actions: (FormattingAction | undefined)[] = [];
    /** Entries not taken yet. */
    private waiting = 0;

    constructor(length: number) {
        this.newest = new Int32Array(length + 1);
    }

    collect(offset: number, end: number, formatting: FormattingAction): void {
        const index = this.find(offset, end);
        if (index < 0) {
            const entry = this.actions.length;
            if (entry === this.ends.length) this.grow();
            this.ends[entry] = end;
            this.older[entry] = this.newest[offset];
            this.actions.push(formatting);
            this.newest[offset] = entry + 1;
            this.waiting++;
            return;
        }
        const existing = this.actions[index];
        if (!existing) {
            this.actions[index] = formatting;
            this.waiting++;
        } else if ((existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) {
            this.actions[index] = formatting;
        }
    }

    take(node: CstNode): FormattingAction | undefined {
        if (this.waiting === 0) return undefined;
        const offset = offsetOf(node);
        // A composite computes its end: only when something was collected at its offset.
        if (this.newest[offset] === 0) return undefined;
        const index = this.find(offset, endOf(node));
        if (index < 0) return undefined;
        const formatting = this.actions[index];
        if (formatting) {
            this.actions[index] = undefined;
            this.waiting--;
        }
        return formatting;
    }

    private find(offset: number, end: number): number {
        for (let entry = this.newest[offset]; entry > 0; entry = this.older[entry - 1]) {
            if (this.ends[entry - 1] === end) return entry - 1;
        }
        return -1;
    }

    private grow(): void {
        const ends = new Int32Array(this.ends.length * 2);
        ends.set(this.ends);
        this.ends = ends;
        const older = new Int32Array(this.older.length * 2);
        older.set(this.older);
        this.older = older;
    }
}

export class FormattingMap {
    private readonly prepend: Formattings;
    /** Made when the first append formatting is collected: EceFormatter has none. */
    private append?: Formattings;

    /** For a document of `length` characters: every syntax node's offset is at most that. */
    constructor(private readonly length: number) {
        this.prepend = new Formattings(length);
    }

    /** The collector's rule: keeps `formatting` unless the node already has one of higher priority. */
    collect(node: CstNode, mode: Mode, formatting: FormattingAction): void {
        const formattings = mode === 'prepend' ? this.prepend : (this.append ??= new Formattings(this.length));
        formattings.collect(offsetOf(node), endOf(node), formatting);
    }

    /** The formatting for `node`, removed so that no later node with the same extent takes it too. */
    take(node: CstNode, mode: Mode): FormattingAction | undefined {
        const formattings = mode === 'prepend' ? this.prepend : this.append;
        return formattings?.take(node);
    }
}

/**
 * `node.offset`: for a composite (CompositeCstNodeImpl), the offset of its first non-hidden child, or
 * of its first child if all are hidden, or 0 if it has none. With index loops: Langium's getters walk
 * the children with for…of, a fifth of formatting's time.
 */
function offsetOf(node: CstNode): number {
    while (isCompositeCstNode(node)) {
        const content = node.content;
        if (content.length === 0) return 0;
        let first = content[0];
        for (let i = 0; i < content.length; i++) {
            if (!content[i].hidden) {
                first = content[i];
                break;
            }
        }
        node = first;
    }
    return node.offset;
}

/** `node.end`: for a composite, the end of its last non-hidden child, or of its last child if all are hidden, or 0. */
function endOf(node: CstNode): number {
    while (isCompositeCstNode(node)) {
        const content = node.content;
        if (content.length === 0) return 0;
        let last = content[content.length - 1];
        for (let i = content.length - 1; i >= 0; i--) {
            if (!content[i].hidden) {
                last = content[i];
                break;
            }
        }
        node = last;
    }
    return node.end;
}
