/**
 * 0-based line and UTF-16 character of offsets in a text, as LSP counts them (`\r\n`, `\n` and `\r`
 * each end a line). The line starts are indexed once per text, so that positioning many places in a
 * large file costs a binary search each, never a scan from the start of the file.
 */
import type { TextPosition, TextRange } from './span.js';

export class LineIndex {
    private readonly starts: number[] = [0];

    constructor(private readonly text: string) {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
        }
    }

    position(offset: number): TextPosition {
        const at = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= at) low = mid; else high = mid - 1;
        }
        return { line: low, character: at - this.starts[low] };
    }

    range(offset: number, end: number): TextRange {
        return { start: this.position(offset), end: this.position(end) };
    }

    offsetOf(position: TextPosition): number {
        if (position.line >= this.starts.length) return this.text.length;
        return Math.min(this.starts[position.line] + position.character, this.text.length);
    }
}

// The last texts indexed: a file's fixes and problems position many offsets of the same text in a row.
const recent: { text: string; index: LineIndex }[] = [];
const RECENT_TEXTS = 4;

/** The line index of `text`, shared with the last few callers that asked for the same text. */
export function lineIndexOf(text: string): LineIndex {
    let entry = recent.find(r => r.text === text);
    if (!entry) {
        entry = { text, index: new LineIndex(text) };
        recent.unshift(entry);
        recent.length = Math.min(recent.length, RECENT_TEXTS);
    }
    return entry.index;
}

/** The line break a text already uses (`\r\n`, `\r` or `\n`, the first one found), so that inserted lines match it. */
export function lineBreakOf(text: string): string {
    return /\r\n?|\n/.exec(text)?.[0] ?? '\n';
}

/** Whether a text holds a line break of any kind. */
export function hasLineBreak(text: string): boolean {
    return /[\r\n]/.test(text);
}
