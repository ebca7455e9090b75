/**
 * Puts the plain-words syntax messages (syntax-hints.ts) on the diagnostics Langium made of the
 * lexer's and parser's errors, and drops a parser error that only follows from a lexer error just
 * before it on the same line (`emails/hour` is one mistake, not two).
 */
import { spliceAll } from './splice-all.js';
import type { ParseResult } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { plainSyntaxMessage } from './syntax-hints.js';

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
}

/** Rewrites `diagnostics[from…]` in place, all of one kind. */
export function plainSyntaxMessages(parseResult: ParseResult, diagnostics: Diagnostic[], from: number, kind: 'lexer' | 'parser'): void {
    if (diagnostics.length === from) return;
    const text = parseResult.value.$cstNode?.root.fullText ?? '';
    const starts = lineStarts(text);
    const offsetAt = (p: Position) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
    const lexerEnds = kind === 'parser'
        ? diagnostics.slice(0, from).filter(d => d.data?.code === 'lexing-error' || /^Unexpected|string is not closed/.test(d.message)).map(d => d.range.end)
        : [];
    const kept: Diagnostic[] = [];
    for (const diagnostic of diagnostics.slice(from)) {
        const { start, end } = diagnostic.range;
        const consequence = lexerEnds.some(e => e.line === start.line && e.character <= start.character
            && text.slice(offsetAt(e), offsetAt(start)).trim() === '');
        if (consequence) continue;
        const offset = offsetAt(start);
        diagnostic.message = plainSyntaxMessage(text, { kind, offset, length: offsetAt(end) - offset, message: diagnostic.message });
        kept.push(diagnostic);
    }
    // Where the parser recovers, it may report the line again from its first word ("Expected '}' but
    // found 'email'"): the error furthest into a line is the one that says what is wrong.
    const furthest = new Map<number, Diagnostic>();
    for (const d of kept) {
        const other = furthest.get(d.range.start.line);
        if (!other || other.range.start.character < d.range.start.character) furthest.set(d.range.start.line, d);
    }
    const shown = kind === 'parser' ? kept.filter(d => furthest.get(d.range.start.line) === d) : kept;
    spliceAll(diagnostics, from, diagnostics.length - from, shown);
}
