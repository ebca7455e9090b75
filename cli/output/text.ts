import Table from 'cli-table3';
import pc from 'picocolors';

export function table(head: string[], rows: string[][]): string {
    const t = new Table({ head: head.map(h => pc.bold(h)), style: { head: [], border: [] } });
    for (const row of rows) t.push(row);
    return t.toString();
}

export function heading(text: string): string {
    return pc.bold(pc.underline(text));
}

/** One decimal, thousands separated: 244.140625 → "244.1". Whole numbers stay whole. */
export function fixed(value: number): string {
    return Number.isInteger(value) ? value.toLocaleString('en-US')
        : value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
