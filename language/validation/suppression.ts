/**
 * Inline suppression comments:
 *
 *   // ece-ignore-next-line routing/queue-naming sizing/uneven-load -- the lab mirrors production names
 *
 * suppresses the named rules' diagnostics that start on the line right after the comment. Rule ids
 * are separated by spaces (or commas); `--` starts a free-text reason. Only `//` comments count, not
 * `/* … *\/` ones nor text inside strings. A named rule that reports nothing on that line is itself
 * reported (`suppression/unused`), as is an id that is unknown, missing, or not suppressible
 * (`suppression/unknown-rule`). Decision (docs/decisions.md): syntax errors cannot be suppressed (nor turned off): the
 * model of a file that does not parse is incomplete, so nothing else on it can be trusted.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { lineBreakOf, LineIndex } from '../model/line-index.js';
import type { TextRange } from '../model/span.js';
import { lspSeverity } from './file-diagnostic.js';
import { findRuleDescriptor, similarRuleIds } from '../rules/catalogue.js';
import { ruleDocUrl, type Severity } from '../rules/rule.js';
import { SUPPRESSION_UNKNOWN_RULE, SUPPRESSION_UNUSED } from '../rules/structural-rules.js';
import type { SeveritySetting } from '../workspace/ece-settings.js';

export const SUPPRESSION_DIRECTIVE = 'ece-ignore-next-line';

export interface SuppressedId {
    id: string;
    /** Where the id is written in the comment. */
    range: TextRange;
    /** Offsets of the text the "remove this id" fix deletes: the id and the separator before it. */
    removeOffset: number;
    removeEnd: number;
}

export interface SuppressionDirective {
    /** 0-based line of the comment; it suppresses on `line + 1`. */
    line: number;
    /** The `ece-ignore-next-line` keyword. */
    keywordRange: TextRange;
    ids: SuppressedId[];
    reason?: string;
    /** Offsets of the comment, `//` to the end of its line. */
    offset: number;
    end: number;
}

export interface SuppressionOptions {
    /** The document's URI, for the fixes' edits. */
    uri: string;
    /** The folder's severity settings, which apply to the suppression reports too. */
    rules?: Record<string, SeveritySetting>;
    /** The `source` of the reports (the language id). */
    source?: string;
}

export interface SuppressionResult {
    /** What remains to report: the diagnostics not suppressed, and the reports about the comments. */
    diagnostics: Diagnostic[];
    /** The diagnostics a comment suppressed. */
    suppressed: Diagnostic[];
}

const STRING = /"(\\.|[^"\\])*"/y;
const ML_COMMENT = /\/\*[\s\S]*?\*\//y;
const SL_COMMENT = /\/\/[^\n\r]*/y;
const DIRECTIVE = new RegExp(`^//\\s*${SUPPRESSION_DIRECTIVE}(?=[\\s,]|$)`);

/** The suppression comments of a document, skipping strings and block comments as the lexer does. */
export function findSuppressionDirectives(text: string): SuppressionDirective[] {
    const lines = new LineIndex(text);
    const directives: SuppressionDirective[] = [];
    let pos = 0;
    while (pos < text.length) {
        const c = text[pos];
        if (c === '"') {
            pos = matchEnd(STRING, text, pos) ?? pos + 1;
        } else if (c === '/' && text[pos + 1] === '*') {
            pos = matchEnd(ML_COMMENT, text, pos) ?? pos + 1;
        } else if (c === '/' && text[pos + 1] === '/') {
            const end = matchEnd(SL_COMMENT, text, pos) ?? text.length;
            const directive = parseDirective(text.slice(pos, end), pos, lines);
            if (directive) directives.push(directive);
            pos = end;
        } else {
            pos++;
        }
    }
    return directives;
}

/** Drops the diagnostics that comments suppress and reports the comments that suppress nothing or name unknown ids. */
export function applySuppressions(text: string, diagnostics: readonly Diagnostic[], options: SuppressionOptions): SuppressionResult {
    const directives = text.includes(SUPPRESSION_DIRECTIVE) ? findSuppressionDirectives(text) : [];
    if (directives.length === 0) return { diagnostics: [...diagnostics], suppressed: [] };
    const byLine = new Map<number, SuppressionDirective>();
    for (const directive of directives) byLine.set(directive.line + 1, directive);
    const used = new Set<SuppressedId>();
    const kept: Diagnostic[] = [];
    const suppressed: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const directive = byLine.get(diagnostic.range.start.line);
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        const match = code !== undefined && findRuleDescriptor(code)?.suppressible
            ? directive?.ids.find(s => s.id === code) : undefined;
        if (match) {
            used.add(match);
            suppressed.push(diagnostic);
        } else {
            kept.push(diagnostic);
        }
    }
    const reports: Diagnostic[] = [];
    const lines = new LineIndex(text);
    for (const directive of directives) {
        const invalid = directive.ids.filter(s => !findRuleDescriptor(s.id)?.suppressible);
        const unused = directive.ids.filter(s => !used.has(s) && !invalid.includes(s));
        if (directive.ids.length === 0) {
            reports.push(report(SUPPRESSION_UNKNOWN_RULE, directive.keywordRange,
                `${SUPPRESSION_DIRECTIVE} names no rule id; write the ids to suppress, e.g. // ${SUPPRESSION_DIRECTIVE} routing/queue-naming.`));
        }
        for (const s of invalid) reports.push(report(SUPPRESSION_UNKNOWN_RULE, s.range, invalidIdMessage(s.id)));
        const nothingUsed = directive.ids.every(s => !used.has(s));
        for (const s of unused) {
            const removal = nothingUsed
                ? { title: 'Remove the unused suppression comment', ...wholeCommentRemoval(text, directive, lines) }
                : { title: `Remove '${s.id}' from the suppression comment`, range: lines.range(s.removeOffset, s.removeEnd) };
            reports.push(report(SUPPRESSION_UNUSED, s.range,
                `'${s.id}' is suppressed here but reports nothing on the next line (line ${directive.line + 2}); remove it from the comment.`,
                { title: removal.title, edits: [{ uri: options.uri, range: removal.range, newText: '' }] }));
        }
    }

    function report(code: string, range: TextRange, message: string, fix?: { title: string; edits: { uri: string; range: TextRange; newText: string }[] }): Diagnostic {
        return {
            range, message, code, codeDescription: { href: ruleDocUrl(code) },
            severity: DiagnosticSeverity.Warning, source: options.source, data: fix ? { code, fix } : { code },
        };
    }

    const settled = reports.flatMap(r => {
        const setting = options.rules?.[String(r.code)];
        if (setting === 'off') return [];
        return [{ ...r, severity: lspSeverity(setting ?? defaultSeverity(String(r.code))) }];
    });
    return { diagnostics: [...kept, ...settled], suppressed };
}

/**
 * The edit of the "suppress on this line" code action: a comment above `line` naming `ruleId`,
 * indented like that line, or `ruleId` added to the comment already there (undefined when it names it already).
 */
export function suppressionEdit(text: string, line: number, ruleId: string): { range: TextRange; newText: string } | undefined {
    const lines = new LineIndex(text);
    const existing = findSuppressionDirectives(text).find(d => d.line === line - 1);
    if (existing) {
        if (existing.ids.some(s => s.id === ruleId)) return undefined;
        const after = existing.ids.at(-1)?.removeEnd ?? lines.offsetOf(existing.keywordRange.end);
        return { range: lines.range(after, after), newText: ` ${ruleId}` };
    }
    const lineStart = lines.offsetOf({ line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const eol = lineBreakOf(text);
    return { range: lines.range(lineStart, lineStart), newText: `${indent}// ${SUPPRESSION_DIRECTIVE} ${ruleId}${eol}` };
}

function defaultSeverity(code: string): Severity {
    return findRuleDescriptor(code)?.defaultSeverity ?? 'warning';
}

function invalidIdMessage(id: string): string {
    const descriptor = findRuleDescriptor(id);
    if (descriptor?.category === 'syntax') return `'${id}' cannot be suppressed: fix the syntax error instead.`;
    if (descriptor) return `'${id}' cannot be suppressed by a comment.`;
    const [similar] = similarRuleIds(id);
    return `Unknown rule id '${id}'${similar ? `; did you mean '${similar}'?` : '.'} \`ece rules\` lists them.`;
}

function parseDirective(comment: string, offset: number, lines: LineIndex): SuppressionDirective | undefined {
    const head = DIRECTIVE.exec(comment);
    if (!head) return undefined;
    const keywordStart = offset + head[0].length - SUPPRESSION_DIRECTIVE.length;
    const directive: SuppressionDirective = {
        line: lines.range(offset, offset).start.line,
        keywordRange: lines.range(keywordStart, offset + head[0].length),
        ids: [],
        offset,
        end: offset + comment.length,
    };
    const token = /[^\s,]+/g;
    token.lastIndex = head[0].length;
    let previousEnd = offset + head[0].length;
    for (let m = token.exec(comment); m; m = token.exec(comment)) {
        if (m[0].startsWith('--')) {
            const reason = comment.slice(m.index + 2).trim();
            if (reason) directive.reason = reason;
            break;
        }
        const start = offset + m.index;
        const end = start + m[0].length;
        if (!directive.ids.some(s => s.id === m![0])) {
            directive.ids.push({ id: m[0], range: lines.range(start, end), removeOffset: previousEnd, removeEnd: end });
        }
        previousEnd = end;
    }
    return directive;
}

function wholeCommentRemoval(text: string, directive: SuppressionDirective, lines: LineIndex): { range: TextRange } {
    const lineStart = lines.offsetOf({ line: directive.line, character: 0 });
    const before = text.slice(lineStart, directive.offset);
    if (before.trim() === '') {
        const nextLine = lines.offsetOf({ line: directive.line + 1, character: 0 });
        return { range: lines.range(lineStart, nextLine > directive.end ? nextLine : directive.end) };
    }
    return { range: lines.range(lineStart + before.trimEnd().length, directive.end) };
}

function matchEnd(regex: RegExp, text: string, pos: number): number | undefined {
    regex.lastIndex = pos;
    const m = regex.exec(text);
    return m ? pos + m[0].length : undefined;
}

