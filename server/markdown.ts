/** Small markdown builders for hovers; every hover is made of these. */
import type { Figure } from '../language/engine/explain.js';

export function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** One row per figure: what it is, its value, its formula with the inputs used, and the guide's section. */
export function figureTable(figures: readonly Figure[], first = 'Figure'): string {
    return table([first, 'Value', 'Formula with inputs', 'Guide'],
        figures.map(f => [f.label, f.value, `${f.formula} = ${f.arithmetic}`, f.section]));
}

export function code(name: string): string {
    return `\`${name}\``;
}

export function names(list: readonly string[]): string {
    return list.length === 0 ? '—' : list.map(code).join(', ');
}

export function sections(...parts: (string | undefined | false)[]): string {
    return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}
