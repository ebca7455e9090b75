/**
 * The edit behind the sizing fixes that add servers (`sizing/agents-per-application-server`,
 * `sizing/topology-below-configuration`): new `server` blocks written the way the file already writes
 * its servers, right after the last one, with names that continue the deployment's naming pattern.
 */
import { SERVER_ROLES, type Deployment, type Server, type ServerRole } from '../../model/deployment.js';
import { compareSpans } from '../../model/span.js';
import { indentationUnit } from '../block-insertion.js';
import type { TextEdit } from '../rule.js';
import { indentationAt, toTextEdit } from '../text-edits.js';
import { hasLineBreak, lineBreakOf } from '../../model/line-index.js';

export interface AddedServers {
    names: string[];
    edit: TextEdit;
}

/** Adds one server per entry of `servers` (its roles). Undefined when the target file's text is unknown. */
export function addServers(deployment: Deployment, text: (uri: string) => string | undefined, servers: readonly ServerRole[][]): AddedServers | undefined {
    if (servers.length === 0) return undefined;
    const names = nameServers(deployment, servers);
    const last = [...deployment.servers].sort((a, b) => compareSpans(a.span, b.span)).at(-1);
    if (last) {
        const source = text(last.span.uri);
        if (source === undefined) return undefined;
        const layout = layoutOf(source, last, deployment.servers);
        const newText = servers.map((roles, i) => layout.gap + layout.block(names[i], roles)).join('');
        return { names, edit: toTextEdit(last.span.uri, source, { start: last.span.endOffset, end: last.span.endOffset, newText }) };
    }
    // No server anywhere yet: a block per server at the end of the file that declares the deployment.
    const uri = deployment.declaration?.span.uri ?? deployment.load?.span.uri ?? deployment.files[0];
    const source = uri === undefined ? undefined : text(uri);
    if (uri === undefined || source === undefined) return undefined;
    const eol = lineBreakOf(source);
    const unit = indentationUnit(source);
    const blocks = servers.map((roles, i) => `server ${names[i]} {${eol}${unit}${rolesStatement(roles)}${eol}}`);
    const lead = source.trim() === '' ? '' : /[\r\n]$/.test(source) ? eol : eol + eol;
    const newText = lead + blocks.join(eol + eol) + eol;
    return { names, edit: toTextEdit(uri, source, { start: source.length, end: source.length, newText }) };
}

function rolesStatement(roles: readonly ServerRole[]): string {
    return `roles ${roles.join(', ')}`;
}

interface Layout {
    /** What goes between the last server and a new one. */
    gap: string;
    block(name: string, roles: readonly ServerRole[]): string;
}

/**
 * The layout of `template` (the file's last server): its keyword spacing, brace placement, the space
 * inside its braces (one line or a block with its indentation), and the gap that separates it from the
 * server before it. A one-line server aligned in a column keeps the column of its `{`.
 */
function layoutOf(source: string, template: Server, servers: readonly Server[]): Layout {
    const eol = lineBreakOf(source);
    const start = template.span.offset;
    const close = template.span.endOffset - 1;
    const open = source.indexOf('{', template.nameSpan.endOffset);
    const indent = indentationAt(source, start);
    if (open === -1 || open >= close || source[close] !== '}') {
        return {
            gap: eol + eol + indent,
            block: (name, roles) => `server ${name} {${eol}${indent}${indentationUnit(source)}${rolesStatement(roles)}${eol}${indent}}`,
        };
    }
    const head = source.slice(start, template.nameSpan.offset);
    const afterName = source.slice(template.nameSpan.endOffset, open);
    const inner = source.slice(open + 1, close);
    let lead = /^\s*/.exec(inner)?.[0] ?? ' ';
    let trail = /\s*$/.exec(inner)?.[0] ?? ' ';
    if (inner.trim() === '') {
        [lead, trail] = hasLineBreak(inner) ? [eol + indent + indentationUnit(source), eol + indent] : [' ', ' '];
    }
    const multiLine = hasLineBreak(lead + trail);
    const previous = servers
        .filter(s => s.span.uri === template.span.uri && s.span.endOffset <= start)
        .sort((a, b) => a.span.offset - b.span.offset)
        .at(-1);
    const between = previous ? source.slice(previous.span.endOffset, start) : undefined;
    const gap = between !== undefined && hasLineBreak(between) && between.trim() === ''
        ? between
        : eol + (multiLine ? eol : '') + indent;
    // Several spaces after the name align the `{` in a column; keep that column for the new name.
    const spacing = (name: string) => /^ {2,}$/.test(afterName)
        ? ' '.repeat(Math.max(1, afterName.length + template.nameSpan.endOffset - template.nameSpan.offset - name.length))
        : afterName;
    return {
        gap,
        block: (name, roles) => `${head}${name}${spacing(name)}{${lead}${rolesStatement(roles)}${trail}}`,
    };
}

const ROLE_WORDS: Record<ServerRole, string> = {
    web: 'WEB', application: 'APP', file: 'FILE', messaging: 'MSG', services: 'SVC', database: 'DB',
};
const ROLE_LIKE = new Set(['web', 'app', 'application', 'file', 'msg', 'messaging', 'svc', 'services', 'db', 'database', 'all']);

interface NameStyle {
    separator: string;
    prefix: string;
    lowerCase: boolean;
}

/**
 * The deployment's way of naming servers: `_` or `-` between words, a shared first word (`ECE` in
 * `ECE_WEB_1`, `ECE_ALL_IN_ONE`), upper or lower case. Without servers: `ECE_…`.
 */
function nameStyle(servers: readonly Server[]): NameStyle {
    const names = servers.map(s => s.name);
    const dashed = names.filter(n => n.includes('-')).length;
    const underscored = names.filter(n => n.includes('_')).length;
    const lowerCase = names.length > 0 && names.every(n => n === n.toLowerCase()) && names.some(n => /[a-z]/.test(n));
    const firsts = names.map(n => n.split(/[-_]/));
    let prefix = 'ECE';
    if (firsts.length > 0 && firsts.every(words => ROLE_LIKE.has(words[0].toLowerCase()))) {
        prefix = '';
    } else if (firsts.length > 0 && firsts.every(words => words.length > 1 && words[0] === firsts[0][0])) {
        prefix = firsts[0][0];
    } else if (lowerCase) {
        prefix = 'ece';
    }
    return { separator: dashed > underscored ? '-' : '_', prefix, lowerCase };
}

function sameRoles(server: Server, roles: readonly ServerRole[]): boolean {
    const mine = new Set(server.roles.map(r => r.value));
    return mine.size === roles.length && roles.every(r => mine.has(r));
}

/**
 * Names for the new servers. A server with the same roles as existing ones continues their series
 * (`ECE_APP_2` after `ECE_APP_1`, `app-03` after `app-02`, `ECE_ALL_IN_ONE_2` after `ECE_ALL_IN_ONE`);
 * otherwise the name is built from the deployment's style and the roles (`ECE_APP_1`, `ECE_DB_1`,
 * `ECE_ALL_IN_ONE_1`). Names never repeat a declared server's name.
 */
export function nameServers(deployment: Deployment, servers: readonly (readonly ServerRole[])[]): string[] {
    const taken = new Set(deployment.servers.map(s => s.name));
    const style = nameStyle(deployment.servers);
    // Where each series goes on: the next number to try, so that naming n servers is linear, not n².
    const nextOf = new Map<string, number>();
    const free = (series: string, make: (n: number) => string, from: number) => {
        let n = Math.max(from, nextOf.get(series) ?? from);
        while (taken.has(make(n))) n++;
        const name = make(n);
        taken.add(name);
        nextOf.set(series, n + 1);
        return name;
    };
    const alikeOf = new Map<string, Server[]>();
    return servers.map(roles => {
        const key = [...roles].sort().join(',');
        let alike = alikeOf.get(key);
        if (!alike) {
            alike = deployment.servers.filter(s => sameRoles(s, roles));
            alikeOf.set(key, alike);
        }
        const numbered = alike.map(s => /^(.*?)(\d+)$/.exec(s.name)).filter(m => m !== null);
        if (numbered.length > 0) {
            const [, prefix, digits] = numbered[0];
            const highest = numbered.filter(m => m[1] === prefix).reduce((a, m) => Math.max(a, Number(m[2])), 0);
            return free(`numbered ${prefix}`, n => `${prefix}${String(n).padStart(digits.length, '0')}`, highest + 1);
        }
        const first = alike[0];
        if (first) return free(`after ${first.name}`, n => `${first.name}${style.separator}${n}`, 2);
        const words = roles.length === SERVER_ROLES.length ? ['ALL', 'IN', 'ONE'] : roles.map(r => ROLE_WORDS[r]);
        const cased = words.map(w => (style.lowerCase ? w.toLowerCase() : w));
        const base = [...(style.prefix ? [style.prefix] : []), ...cased].join(style.separator);
        return free(`base ${base}`, n => `${base}${style.separator}${n}`, 1);
    });
}
