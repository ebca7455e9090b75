import Table from 'cli-table3';
import pc from 'picocolors';

/**
 * The terminal's one escaping rule, for every string that comes from the user's files (file and
 * folder names, descriptions, names, messages): control characters (ESC and so CSI and OSC
 * sequences, the other C0 and C1 codes, line breaks) and the bidirectional overrides are written as
 * visible escapes (`\x1B`, `\u202E`), so that no file can move the cursor, erase or reorder lines,
 * set the clipboard, or forge a line of output. Colours are added after, by the CLI itself.
 */
export function terminalText(text: string): string {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, c => {
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase()}`;
    });
}

export function table(head: string[], rows: string[][]): string {
    const t = new Table({ head: head.map(h => pc.bold(terminalText(h))), style: { head: [], border: [] } });
    for (const row of rows) t.push(row.map(terminalText));
    return t.toString();
}

export function heading(text: string): string {
    return pc.bold(pc.underline(terminalText(text)));
}

/** One decimal, thousands separated: 244.140625 → "244.1". Whole numbers stay whole. */
export function fixed(value: number): string {
    return Number.isInteger(value) ? value.toLocaleString('en-US')
        : value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
