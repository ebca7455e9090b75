/**
 * Syntax errors in plain words, for the mistakes people make when they write a deployment: a missing
 * comma in a list, `emails/hour`, `per hr`, a misspelt keyword, a missing or wrong unit, an unclosed
 * block, a name with a space… The parser and lexer messages (ece-parser-messages.ts) say what was
 * expected; this reads the text around the error and, where it recognises the mistake, says how to
 * write it instead. Pure: text and error in, message out.
 */
import { AstUtils, GrammarAST } from 'langium';
import { EceGrammar } from './generated/grammar.js';
import { dimensionOf, unitsOf, type Dimension } from './model/quantity.js';
import { editDistance } from './edit-distance.js';

export interface SyntaxProblem {
    kind: 'lexer' | 'parser';
    /** Where the offending text starts, and how long it is (0 at the end of the file). */
    offset: number;
    length: number;
    /** The lexer's or parser's own message. */
    message: string;
}

let keywords: readonly string[] | undefined;

/** Every keyword of the grammar, longest first. */
function grammarKeywords(): readonly string[] {
    keywords ??= [...new Set(AstUtils.streamAllContents(EceGrammar()).filter(GrammarAST.isKeyword).map(k => k.value)
        .filter(k => /^[a-z]/i.test(k)))].sort((a, b) => b.length - a.length);
    return keywords;
}

const DECLARATIONS = ['deployment', 'mrd', 'peripheral', 'skill group', 'precision queue', 'agent', 'script selector', 'department',
    'queue', 'server', 'load balancer', 'load profile', 'network', 'security'];

const LISTS = ['roles', 'skill groups', 'precision queues'];

/** Words people write for a keyword the grammar spells out. */
const ABBREVIATIONS: Record<string, string> = {
    hr: 'hour', hrs: 'hour', h: 'hour', hours: 'hour', hourly: 'hour',
    mo: 'month', mon: 'month', mth: 'month', months: 'month', monthly: 'month',
    agent: 'agents', email: 'emails', chat: 'chats',
};

const WHAT: Record<Dimension, string> = { size: 'a size', duration: 'a latency', bandwidth: 'a bandwidth' };
const EXAMPLE_UNIT: Record<Dimension, string> = { size: 'GB', duration: 'ms', bandwidth: 'kbps' };


/** The closest of `candidates` to a misspelt word: at most one edit for short words, two for longer ones. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
    const lower = word.toLowerCase();
    const budget = lower.length <= 4 ? 1 : 2;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of candidates) {
        if (candidate === word) continue;
        const distance = editDistance(lower, candidate.toLowerCase().replace(/ /g, ''));
        const spaced = editDistance(lower, candidate.toLowerCase());
        const d = Math.min(distance, spaced);
        if (d <= budget && (!best || d < best.distance)) best = { word: candidate, distance: d };
    }
    return best?.word;
}

interface Context {
    text: string;
    offset: number;
    /** The word (or character) at the error, undefined at the end of the file. */
    found: string | undefined;
    /** The text of the line before the error. */
    before: string;
    /** The rest of the line from the error on. */
    after: string;
    /** The word before the error (on any line), if any. */
    previous: string | undefined;
    expected: { keywords: string[]; name: boolean; number: boolean; declaration: boolean };
}

function contextOf(text: string, problem: SyntaxProblem): Context {
    const { offset } = problem;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline;
    const at = /^(?:[\w.,-]+|\S)/.exec(text.slice(offset, lineEnd));
    const previous = /([\w.,-]+|\S)\s*$/.exec(text.slice(Math.max(0, offset - 200), offset));
    const wanted = /^Expected (.*) but found/.exec(problem.message)?.[1] ?? '';
    return {
        text, offset,
        found: offset >= text.length ? undefined : at?.[0],
        before: text.slice(lineStart, offset).replace(/\r$/, ''),
        after: text.slice(offset, lineEnd).replace(/\r$/, ''),
        previous: previous?.[1],
        expected: {
            keywords: [...wanted.matchAll(/'([^']+)'/g)].map(m => m[1]),
            name: wanted.includes('a name'),
            number: wanted.includes('a number'),
            declaration: wanted.startsWith('a declaration'),
        },
    };
}

function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
}

/** The `{` still open at `offset` (strings and comments skipped), with what precedes it on its line. */
export function openBlock(text: string, offset: number): { line: number; header: string } | undefined {
    const open: number[] = [];
    for (let i = 0; i < offset; i++) {
        const c = text[i];
        if (c === '"') {
            const end = text.indexOf('"', i + 1);
            i = end < 0 ? offset : end;
        } else if (c === '/' && text[i + 1] === '/') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? offset : end;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? offset : end + 1;
        } else if (c === '{') {
            open.push(i);
        } else if (c === '}') {
            open.pop();
        }
    }
    const brace = open.at(-1);
    if (brace === undefined) return undefined;
    const lineStart = text.lastIndexOf('\n', brace - 1) + 1;
    const header = text.slice(lineStart, brace).replace(/.*[{}]/, '').trim();
    return { line: lineOf(text, brace), header };
}

function dimensionOfStatement(before: string): Dimension {
    if (/\blatency\b/.test(before)) return 'duration';
    if (/\bbandwidth\b/.test(before)) return 'bandwidth';
    return 'size';
}

function startsDeclaration(after: string): boolean {
    return DECLARATIONS.some(d => after.startsWith(`${d} `) || after === d);
}

function lexerMessage(c: Context): string | undefined {
    const char = c.found ?? '';
    const word = c.previous ?? '';
    if (char === '/') {
        const next = /^\/\s*([A-Za-z]+)/.exec(c.after)?.[1];
        const per = next ? (ABBREVIATIONS[next] ?? next) : 'hour';
        return `Unexpected '/': write rates in words, \`${word} per ${per}\` instead of \`${word}/${next ?? ''}\`.`;
    }
    if (char === '"') return 'This string is not closed: add the closing \'"\' on the same line.';
    if (char === ';') return 'Unexpected \';\': a statement ends with its line (or the next keyword); remove the \';\'.';
    if (char === '=' || char === ':') {
        return `Unexpected '${char}': write a keyword and its value side by side, \`${word} ${/^[=:]\s*(\S+)/.exec(c.after)?.[1] ?? '…'}\`.`;
    }
    if (char === '%') return 'Unexpected \'%\': write the number alone.';
    return char ? `Unexpected character '${char}': names are letters, digits, '_' and '-'.` : undefined;
}

function parserMessage(c: Context, message: string): string | undefined {
    const { found, expected } = c;
    const units = expected.keywords.filter(k => dimensionOf(k) !== undefined);
    const nameLike = found !== undefined && /^[_a-zA-Z][\w-]*$/.test(found);

    // An unclosed block: the file ends, or a new declaration starts, where '}' is due.
    if (expected.keywords.includes('}') && (found === undefined || (c.before.trim() === '' && startsDeclaration(c.after)))) {
        const block = openBlock(c.text, c.offset);
        if (block) {
            const where = found === undefined ? 'the end of the file' : `\`${found}\` on the next declaration`;
            return `The block of \`${block.header}\` opened on line ${block.line} is not closed before ${where}: add '}' at its end.`;
        }
    }
    // A list written without commas: `roles web application`.
    const list = LISTS.find(l => new RegExp(`(^|\\s)${l}\\s+[\\w-]+(\\s*,\\s*[\\w-]+)*\\s+$`).test(c.before));
    if (list && nameLike && !startsDeclaration(c.after)) {
        return `Missing comma before '${found}': separate the items of a list with commas, \`${list} ${c.previous}, ${found}\`.`;
    }
    // Two numbers in a row: `1 500`.
    if (found && /^\d/.test(found) && c.previous && /^\d[\d,._]*$/.test(c.previous)) {
        return `Write a number without spaces: \`${c.previous}${found}\` or \`${c.previous},${found}\`.`;
    }
    if (units.length > 0) {
        const dimension = dimensionOfStatement(c.before);
        const number = /(\d[\d,._]*)\s*$/.exec(c.before)?.[1] ?? c.previous ?? '';
        const allowed = unitsOf(dimension);
        if (found && allowed.some(u => u.toLowerCase() === found.toLowerCase())) {
            const unit = allowed.find(u => u.toLowerCase() === found.toLowerCase())!;
            return `Units are written as the guide writes them: \`${number} ${unit}\`, not '${found}'.`;
        }
        if (found === undefined || !nameLike || c.text.slice(c.offset - 1 - (c.before.length - c.before.trimEnd().length), c.offset).includes('\n') || c.before.trim() === '') {
            return `Missing unit after ${number}: write ${WHAT[dimension]} with its unit, \`${number} ${EXAMPLE_UNIT[dimension]}\` (${allowed.join(', ')}).`;
        }
        return `'${found}' is not a unit of ${WHAT[dimension].replace(/^an? /, '')}: write \`${number} ${EXAMPLE_UNIT[dimension]}\` (${allowed.join(', ')}).`;
    }
    // `email agents …`: a load line without its count; the parser stops at the channel's word.
    const countless = /^(email|chat|callback)\s+([A-Za-z]\w*)/.exec(c.after);
    if (countless && found === countless[1] && countless[2] !== 'growth') {
        return `A number is missing before '${countless[2]}': \`${countless[1]} 10 ${countless[2]}\`, for instance.`;
    }
    // `per hr`, `per months`: the word the grammar spells out.
    if (found && expected.keywords.length > 0) {
        const meant = ABBREVIATIONS[found.toLowerCase()];
        if (meant && expected.keywords.includes(meant)) {
            return `Write '${meant}' in full: \`${c.previous ?? ''} ${meant}\`, not '${found}'.`;
        }
    }
    // A name with a space: `server ECE WEB 1 {`.
    if (expected.keywords.length === 1 && expected.keywords[0] === '{' && found) {
        const header = /^\s*([a-z][a-z ]*?)\s+([\w-]+)\s*$/.exec(c.before);
        const rest = /^([\w\- ]+?)\s*\{/.exec(c.after);
        if (header && rest && !grammarKeywords().includes(found)) {
            const name = `${header[2]} ${rest[1]}`.trim().split(/\s+/).join('_');
            return `A name cannot contain spaces: write \`${header[1]} ${name}\` (with '_' between the words).`;
        }
        if (header) {
            return `Missing '{' after \`${header[1]} ${header[2]}\`: its statements go in braces, \`${header[1]} ${header[2]} { … }\`.`;
        }
    }
    if (expected.number && found && !/^\d/.test(found)) {
        return `A number is missing before '${found}': \`${c.before.trim()} 10 ${found}\`, for instance.`;
    }
    if (expected.declaration && found === '}') return 'Unexpected \'}\': no block is open here; remove it.';
    // A misspelt keyword: among those expected here, else among all the language's.
    if (found && nameLike) {
        const candidates = expected.declaration ? DECLARATIONS : expected.keywords.length > 1 ? expected.keywords : grammarKeywords();
        const meant = closest(found, candidates) ?? (expected.declaration ? undefined : closest(found, grammarKeywords()));
        if (meant) return `${message.replace(/\.$/, '')}: did you mean '${meant}'?`;
    }
    return undefined;
}

/** The message to show for a syntax error: in plain words where the mistake is recognised, else the parser's. */
export function plainSyntaxMessage(text: string, problem: SyntaxProblem): string {
    try {
        const context = contextOf(text, problem);
        const plain = problem.kind === 'lexer' ? lexerMessage(context) : parserMessage(context, problem.message);
        return plain ?? problem.message;
    } catch {
        // A hint is a courtesy: whatever text it is given, the parser's own message still stands.
        return problem.message;
    }
}
