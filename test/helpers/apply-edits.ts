/** Applies text edits to text, as an editor applies a quick-fix's workspace edit. Pure; no editor needed. */

export interface Position {
    line: number;
    character: number;
}

export interface Edit {
    range: { start: Position; end: Position };
    newText: string;
}

function offsetAt(text: string, position: Position): number {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
        const next = text.indexOf('\n', offset);
        if (next === -1) return text.length;
        offset = next + 1;
    }
    return Math.min(offset + position.character, text.length);
}

/** Applies edits of one file; they must not overlap (LSP's rule), and are applied as if all at once. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
    const byOffset = edits
        .map((edit, index) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText, index }))
        .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
    let result = '';
    let at = 0;
    for (const edit of byOffset) {
        if (edit.start < at) throw new Error(`Overlapping edits at ${edit.start}`);
        result += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
    }
    return result + text.slice(at);
}

/** Applies edits that carry a file URI to files given by name (the URI's last segment). */
export function applyEditsToFiles(files: Record<string, string>, edits: readonly (Edit & { uri: string })[]): Record<string, string> {
    const result = { ...files };
    for (const name of Object.keys(files)) {
        const own = edits.filter(e => decodeURIComponent(e.uri.slice(e.uri.lastIndexOf('/') + 1)) === name);
        if (own.length) result[name] = applyEdits(files[name], own);
    }
    const unknown = edits.filter(e => !(decodeURIComponent(e.uri.slice(e.uri.lastIndexOf('/') + 1)) in files));
    if (unknown.length) throw new Error(`Edits for files not given: ${unknown.map(e => e.uri).join(', ')}`);
    return result;
}
