/**
 * `what-if`: a deployment evaluated with `.ece` text that an agent proposes, in memory, never written.
 * The semantics (docs/ai.md, "What-if"): the text is one more file of the deployment folder; a
 * declaration in it replaces the deployment's declaration of the same kind and name; in `load
 * profile`, `network` and `security` blocks a setting replaces the same setting, and load lines are
 * added to the deployment's (or replace its lines of the same channel, with `loadLines: "replace"`).
 * What is replaced is blanked out of an in-memory copy of its file, line breaks kept, so that the
 * diagnostics after point at the same lines as before.
 */
import * as path from 'node:path';
import { type AstNode, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createEceCoreServices } from '../../language/ece-module.js';
import * as ast from '../../language/generated/ast.js';
import { eceFilesIn, type FolderSource } from '../../language/workspace/load-workspace.js';
import { checkJson } from '../commands/check.js';
import { growthJson } from '../commands/growth.js';
import { sizeJson } from '../commands/size.js';
import type { CheckedDeployment } from '../workspace.js';
import { ToolError } from './tool-error.js';
import type { WorkspaceAccess } from './workspace-access.js';

export type LoadLines = 'add' | 'replace';

/** The figures and diagnostics of one state of the deployment: the same JSON as `ece size`, `ece growth` and `ece check`. */
export function evaluation(deployment: CheckedDeployment) {
    const { diagnostics, summary } = checkJson([deployment]);
    return { size: sizeJson(deployment), growth: growthJson(deployment.analysis), diagnostics, summary };
}

type Evaluation = ReturnType<typeof evaluation>;

export interface Replaced {
    file: string;
    line: number;
    text: string;
}

export interface Change {
    figure: string;
    before: string | number | boolean | null;
    after: string | number | boolean | null;
}

export async function whatIf(workspace: WorkspaceAccess, input: string, text: string, loadLines: LoadLines) {
    const before = await workspace.deployment(input);
    const folder = before.folder.path;
    const whatIfFile = path.join(folder, freeName(folder));
    const proposed = parse(text);
    const keys = new Set(proposed.elements.flatMap(element => keysOf(element, loadLines)));

    const texts = new Map<string, string>();
    const replaced: Replaced[] = [];
    for (const document of before.folder.documents) {
        const removed = replacedNodes(document, keys);
        const original = document.textDocument.getText();
        texts.set(document.uri.fsPath, removed.reduce((t, node) => blank(t, node), original));
        replaced.push(...removed.map(node => ({
            file: workspace.relative(document.uri.fsPath),
            line: (node.$cstNode?.range.start.line ?? 0) + 1,
            text: summary(node.$cstNode?.text ?? ''),
        })));
    }
    texts.set(whatIfFile, text);
    const source: FolderSource = { files: () => [...texts.keys()].sort(), read: file => texts.get(file) ?? '' };
    const after = await workspace.deployment(input, source);
    const syntax = after.diagnostics.filter(d => d.code.startsWith('syntax/') && d.uri.endsWith(`/${path.basename(whatIfFile)}`));
    if (syntax.length > 0) {
        throw new ToolError(`The what-if text is not valid .ece (see the ece://docs/ai resource):\n`
            + syntax.map(d => `line ${d.line}, column ${d.column}: ${d.message}`).join('\n'));
    }
    const was = evaluation(before);
    const is = evaluation(after);
    return {
        deployment: was.size.deployment,
        whatIfFile: workspace.relative(whatIfFile),
        loadLines,
        replaced,
        changes: changes(was, is),
        before: was,
        after: is,
    };
}

/** A declaration's text on one line, a long one cut. */
function summary(text: string): string {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** A file name in the folder that no real file has. */
function freeName(folder: string): string {
    const taken = new Set(eceFilesIn(folder).map(f => path.basename(f)));
    let name = 'what-if.ece';
    for (let n = 2; taken.has(name); n++) name = `what-if-${n}.ece`;
    return name;
}

let parser: ReturnType<typeof createEceCoreServices>['Ece']['parser']['LangiumParser'] | undefined;

function parse(text: string): ast.EceFile {
    parser ??= createEceCoreServices(NodeFileSystem).Ece.parser.LangiumParser;
    const result = parser.parse<ast.EceFile>(text);
    return result.value;
}

/** What a declaration or setting of the what-if text replaces, as keys that the deployment's own nodes are matched on. */
function keysOf(element: ast.Element, loadLines: LoadLines): string[] {
    switch (element.$type) {
        case 'Deployment': return ['Deployment'];
        case 'LoadProfile': case 'Network': case 'Security':
            return (element.statements as Statement[]).map(s => statementKey(s, loadLines)).filter((k): k is string => k !== undefined);
        default: return element.name ? [`${element.$type}:${element.name}`] : [];
    }
}

type Statement = ast.LoadStatement | ast.NetworkStatement | ast.SecurityStatement;

function statementKey(statement: Statement, loadLines: LoadLines): string | undefined {
    switch (statement.$type) {
        case 'EmailLoad': case 'ChatLoad': case 'CallbackLoad': return loadLines === 'replace' ? statement.$type : undefined;
        case 'MonthlyVolume': case 'AverageSize': return `${statement.$type}:${(statement.kind ?? '').replace(/\s+/g, ' ')}`;
        case 'Latency': return `Latency:${statement.link}`;
        case 'Bandwidth': return `Bandwidth:${statement.phase}`;
        default: return statement.$type;
    }
}

/** The deployment's nodes that the what-if replaces: whole declarations, or statements of the merged blocks. */
function replacedNodes(document: LangiumDocument, keys: ReadonlySet<string>): AstNode[] {
    const root = document.parseResult.value;
    if (!ast.isEceFile(root)) return [];
    return root.elements.flatMap((element): AstNode[] => {
        if (ast.isLoadProfile(element) || ast.isNetwork(element) || ast.isSecurity(element)) {
            // Load lines have keys only when the what-if replaces them (then every key is its type).
            return (element.statements as Statement[]).filter(s => keys.has(statementKey(s, 'replace') ?? ''));
        }
        return keysOf(element, 'add').some(k => keys.has(k)) ? [element] : [];
    });
}

function blank(text: string, node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return text;
    return text.slice(0, cst.offset) + text.slice(cst.offset, cst.end).replace(/[^\r\n]/g, ' ') + text.slice(cst.end);
}

/** Every figure of size and growth (the monthly projection left out) and every count of diagnostics that differs. */
function changes(before: Evaluation, after: Evaluation): Change[] {
    const figures = (e: Evaluation) => flatten({ size: e.size, growth: { ...e.growth, projection: undefined }, diagnostics: e.summary });
    const was = figures(before);
    const is = figures(after);
    return [...new Set([...was.keys(), ...is.keys()])]
        .filter(key => was.get(key) !== is.get(key))
        .map(figure => ({ figure, before: was.get(figure) ?? null, after: is.get(figure) ?? null }));
}

function flatten(value: unknown, prefix = '', into = new Map<string, Change['before']>()): Map<string, Change['before']> {
    // A list of names (a server's roles) is one figure.
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) into.set(prefix, value.join(', '));
    else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, into));
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) if (v !== undefined) flatten(v, prefix ? `${prefix}.${k}` : k, into);
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
        into.set(prefix, value);
    }
    return into;
}
