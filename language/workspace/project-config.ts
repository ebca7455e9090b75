/**
 * The project configuration file, `ece.config.json`: rule severities and the planning horizon that
 * `ece check` and the editor share. Parsing and validation are pure; finding and reading the file
 * use node:fs and read nothing but files named `ece.config.json` (or the one path the user names).
 *
 *   { "$schema": "…/ece.config.schema.json", "rules": { "routing/queue-naming": "off" }, "planningHorizonMonths": 48 }
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRuleDescriptors, findRuleDescriptor, similarRuleIds } from '../rules/catalogue.js';
import { SEVERITIES } from '../rules/rule.js';
import type { TextRange } from '../model/span.js';
import { modify } from 'jsonc-parser';
import { LineIndex, lineBreakOf } from '../model/line-index.js';
import { jsonNodeOf, parseJson, propertiesOf, type JsonNode } from './json-locations.js';
import type { CheckerSettings, SeveritySetting } from './ece-settings.js';

export const PROJECT_CONFIG_FILE = 'ece.config.json';
/** The JSON Schema of the file, generated with the rules reference (npm run docs:rules). */
export const PROJECT_CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/ece-design-as-code/ece-design-as-code/main/docs/ece.config.schema.json';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = [...SEVERITIES, 'off'];
/** Decision: the projection is one entry per month, so the horizon is bounded (50 years). */
export const MAX_PLANNING_HORIZON_MONTHS = 600;
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where a key or value is in the file's text. */
interface Location {
    offset: number;
    length: number;
}

/** A problem with a configuration file, at a 0-based range of it. Every problem is an error. */
export interface ConfigProblem {
    /** Absolute path of the file, or what the settings came from (e.g. `VS Code settings`). */
    file: string;
    range: TextRange;
    message: string;
}

export interface ProjectConfig {
    /** Absolute path of the file, or what the settings came from. */
    file: string;
    /** The valid entries only: rule id → severity or 'off'. */
    rules: Record<string, SeveritySetting>;
    planningHorizonMonths?: number;
    /** Absolute path of the baseline file whose findings the editor marks as known (`"baseline"`, relative to the file). */
    baseline?: string;
    problems: ConfigProblem[];
    /** Set when the file was not read: a link to a place outside the workspace or repository. Nothing may write to it. */
    refused?: true;
}

/** `file:line:column: message`, 1-based as compilers print them. */
export function formatConfigProblem(problem: ConfigProblem): string {
    return `${problem.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message}`;
}

/** Parses and validates the text of a configuration file. Invalid entries are reported and left out; valid ones apply. */
export function parseProjectConfig(text: string, file: string): ProjectConfig {
    const config: ProjectConfig = { file, rules: {}, problems: [] };
    const lines = new LineIndex(text);
    const at = (location: Location): TextRange => lines.range(location.offset, location.offset + location.length);
    const parsed = parseJson(text.replace(/^\uFEFF/, ' '));
    if (parsed.problem) {
        config.problems.push({ file, range: at(parsed.problem), message: `Invalid JSON: ${parsed.problem.message}.` });
        return config;
    }
    validate(parsed.root, config, at, false);
    return config;
}

/**
 * Validates the editor's `ece` settings (`ece.rules`, `ece.planningHorizonMonths`) as the file's
 * entries are; unset values (undefined, null) are left out. Problems have no position.
 */
export function parseEditorSettings(value: { rules?: unknown; planningHorizonMonths?: unknown } | undefined, source = 'VS Code settings'): ProjectConfig {
    const config: ProjectConfig = { file: source, rules: {}, problems: [] };
    const present = Object.fromEntries(Object.entries(value ?? {}).filter(([key, v]) =>
        (key === 'rules' || key === 'planningHorizonMonths') && v !== undefined && v !== null));
    const zero: TextRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    validate(jsonNodeOf(present), config, () => zero, true);
    return config;
}

/** Reads and parses one configuration file; a file that cannot be read becomes a problem, never an exception. */
export function loadProjectConfig(file: string): ProjectConfig {
    const absolute = path.resolve(file);
    const problem = (message: string): ProjectConfig => ({
        file: absolute, rules: {},
        problems: [{ file: absolute, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message }],
    });
    let bytes: Buffer;
    try {
        const stat = fs.statSync(absolute);
        if (!stat.isFile()) return problem('Not a file.');
        if (stat.size > MAX_CONFIG_BYTES) return problem(`Too large for a configuration file (${stat.size} bytes; the limit is ${MAX_CONFIG_BYTES}).`);
        bytes = fs.readFileSync(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return problem(code === 'ENOENT' ? 'No such file.' : code === 'EACCES' || code === 'EPERM' ? 'Permission denied.'
            : `Cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return problem('Not valid UTF-8 text.');
    }
    return parseProjectConfig(text, absolute);
}

export interface FindOptions {
    /**
     * Folders the search never leaves (the editor's workspace folders). Without them the search
     * stops at the repository root: the first folder holding `.git`, or the filesystem root.
     */
    workspaceRoots?: readonly string[];
}

/**
 * The `ece.config.json` that applies to a deployment folder: the nearest one walking up from the
 * folder itself to the repository root (or the workspace folder). A file that is a link to a place
 * outside that root (outside any repository: outside its own folder) is refused and reported, never read.
 */
export function resolveProjectConfig(folder: string, options: FindOptions = {}): ProjectConfig | undefined {
    const start = path.resolve(folder);
    const workspaceRoot = options.workspaceRoots ? innermostRoot(start, options.workspaceRoots) : undefined;
    if (options.workspaceRoots && workspaceRoot === undefined) return undefined;
    for (let current = start; ; current = path.dirname(current)) {
        const candidate = path.join(current, PROJECT_CONFIG_FILE);
        if (isFileOrLink(candidate)) {
            // Outside any repository, a link may only point inside the folder that holds it.
            const limit = workspaceRoot ?? gitRoot(current) ?? current;
            // A link whose target cannot be resolved (dangling, a loop) is refused too: writing through it could create a file anywhere.
            const target = resolvedPath(candidate);
            if (target === undefined || !isInside(target, realPath(limit))) {
                return {
                    file: candidate, rules: {}, refused: true,
                    problems: [{
                        file: candidate, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
                        message: `Not read: it links to a file outside ${limit}.`,
                    }],
                };
            }
            return loadProjectConfig(candidate);
        }
        if (current === workspaceRoot || fs.existsSync(path.join(current, '.git')) || path.dirname(current) === current) return undefined;
    }
}

/** The path of the nearest `ece.config.json` for a folder, as `resolveProjectConfig` finds it. */
export function findProjectConfigFile(folder: string, options: FindOptions = {}): string | undefined {
    return resolveProjectConfig(folder, options)?.file;
}

/**
 * Where the "change this rule's severity in the project config" code action writes: the file that
 * applies to the folder, else a new `ece.config.json` at the workspace folder (editor) or the
 * repository root, or in the folder itself outside any repository. Undefined when the file that
 * applies was refused (a link out): nothing is written through it.
 */
export function projectConfigTarget(folder: string, options: FindOptions = {}): string | undefined {
    const existing = resolveProjectConfig(folder, options);
    if (existing) return existing.refused ? undefined : existing.file;
    const start = path.resolve(folder);
    const workspaceRoot = options.workspaceRoots ? innermostRoot(start, options.workspaceRoots) : undefined;
    if (workspaceRoot) return path.join(workspaceRoot, PROJECT_CONFIG_FILE);
    return path.join(gitRoot(start) ?? start, PROJECT_CONFIG_FILE);
}

/** Merges settings: each later source wins, rule by rule; the planning horizon from the last source that sets it. */
export function mergeSettings(base: CheckerSettings, ...sources: readonly (Partial<CheckerSettings> | undefined)[]): CheckerSettings {
    let merged: CheckerSettings = { rules: { ...base.rules }, planningHorizonMonths: base.planningHorizonMonths };
    for (const source of sources) {
        if (!source) continue;
        merged = {
            rules: { ...merged.rules, ...source.rules },
            planningHorizonMonths: source.planningHorizonMonths ?? merged.planningHorizonMonths,
        };
    }
    return merged;
}

/**
 * The edit that sets one rule's severity in a configuration file's text (for the "change this rule's
 * severity in the project config" code action): replaces the rule's value, or adds the rule to
 * `rules`, or adds `rules`; with no text, the whole new file. Returns undefined when the text is not a
 * JSON object.
 */
export function configSeverityEdit(text: string | undefined, ruleId: string, severity: SeveritySetting): { range: TextRange; newText: string } | undefined {
    if (text === undefined || text.trim() === '') {
        const entry = `${JSON.stringify(ruleId)}: ${JSON.stringify(severity)}`;
        const newText = `{\n    "$schema": ${JSON.stringify(PROJECT_CONFIG_SCHEMA_URL)},\n    "rules": {\n        ${entry}\n    }\n}\n`;
        return { range: new LineIndex(text ?? '').range(0, (text ?? '').length), newText };
    }
    const parsed = parseJson(text);
    if (!parsed.root || parsed.root.type !== 'object') return undefined;
    const rules = propertiesOf(parsed.root).filter(p => p.key === 'rules').at(-1);
    const [path, value] = rules && rules.value.type !== 'object' ? [['rules'], { [ruleId]: severity }] : [['rules', ruleId], severity];
    const unit = indentationUnitOf(text);
    const edits = modify(text, path, value, {
        formattingOptions: { insertSpaces: !unit.startsWith('\t'), tabSize: unit.startsWith('\t') ? 4 : unit.length, eol: lineBreakOf(text) },
    });
    if (edits.length !== 1) return undefined;
    const [edit] = edits;
    return { range: new LineIndex(text).range(edit.offset, edit.offset + edit.length), newText: edit.content };
}

/** The smallest indentation of the file's lines (a tab, or so many spaces); four spaces when nothing is indented. */
function indentationUnitOf(text: string): string {
    let smallest: string | undefined;
    for (const match of text.matchAll(/^([ \t]+)\S/gm)) {
        if (match[1].startsWith('\t')) return '\t';
        if (!smallest || match[1].length < smallest.length) smallest = match[1];
    }
    return smallest ?? '    ';
}

const TOP_LEVEL_KEYS = ['$schema', 'rules', 'planningHorizonMonths', 'baseline'];

function validate(root: JsonNode, config: ProjectConfig, at: (location: Location) => TextRange, editor: boolean): void {
    const report = (location: Location, message: string) => config.problems.push({ file: config.file, range: at(location), message });
    const name = (key: string) => (editor ? `ece.${key}` : `"${key}"`);
    if (root.type !== 'object') {
        report(root, `The configuration must be a JSON object, like { "rules": { "routing/queue-naming": "off" } }; found ${describeKind(root)}.`);
        return;
    }
    const seen = new Set<string>();
    for (const property of propertiesOf(root)) {
        if (seen.has(property.key)) report(property.keyNode, `${name(property.key)} is given twice; give it once.`);
        seen.add(property.key);
        switch (property.key) {
            case '$schema':
                if (property.value.type !== 'string') report(property.value, `"$schema" must be a string (the URL or path of the schema); found ${describeKind(property.value)}.`);
                break;
            case 'rules':
                validateRules(property.value, config, report, name);
                break;
            case 'planningHorizonMonths': {
                const months = property.value;
                const value: unknown = months.value;
                if (months.type !== 'number' || typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PLANNING_HORIZON_MONTHS) {
                    report(months, `${name('planningHorizonMonths')} must be a whole number of months from 1 to ${MAX_PLANNING_HORIZON_MONTHS}; found ${describeKind(months)}.`);
                } else {
                    config.planningHorizonMonths = value;
                }
                break;
            }
            case 'baseline':
                if (property.value.type !== 'string' || typeof property.value.value !== 'string' || property.value.value.trim() === '') {
                    report(property.value, `"baseline" must be the path of a baseline file, relative to ${PROJECT_CONFIG_FILE} (written by ece check --write-baseline); found ${describeKind(property.value)}.`);
                } else {
                    config.baseline = path.resolve(path.dirname(config.file), property.value.value);
                }
                break;
            default: {
                const suggestion = TOP_LEVEL_KEYS.find(k => k.toLowerCase() === property.key.toLowerCase().replace(/[^a-z$]/g, '')
                    || k.toLowerCase().startsWith(property.key.toLowerCase()));
                report(property.keyNode, `Unknown setting ${quoted(property.key)}${suggestion ? `; did you mean "${suggestion}"?` : ''} The settings are "rules", "planningHorizonMonths" and "baseline".`);
            }
        }
    }
}

function validateRules(rules: JsonNode, config: ProjectConfig, report: (location: Location, message: string) => void, name: (key: string) => string): void {
    if (rules.type !== 'object') {
        report(rules, `${name('rules')} must be an object of rule id → severity, like { "routing/queue-naming": "off" }; found ${describeKind(rules)}.`);
        return;
    }
    const seen = new Set<string>();
    for (const entry of propertiesOf(rules)) {
        const id = entry.key;
        if (seen.has(id)) report(entry.keyNode, `Rule ${quoted(id)} is listed twice; list it once.`);
        seen.add(id);
        const descriptor = findRuleDescriptor(id);
        if (!descriptor) {
            const [similar] = similarRuleIds(id);
            report(entry.keyNode, `Unknown rule id ${quoted(id)}${similar ? `; did you mean "${similar}"?` : '.'} \`ece rules\` lists the ${allRuleDescriptors().length} ids.`);
            continue;
        }
        if (!descriptor.configurable) {
            report(entry.keyNode, `"${id}" cannot be configured: ${id.startsWith('syntax/')
                ? 'syntax errors are always errors, as nothing else can be checked reliably in a file that does not parse.'
                : 'it is always an error, as it says that an answer is missing.'}`);
            continue;
        }
        const value: unknown = entry.value.value;
        if (entry.value.type !== 'string' || typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
            report(entry.value, `The severity of "${id}" must be one of ${SEVERITY_SETTINGS.map(s => `"${s}"`).join(', ')}; found ${describeKind(entry.value)}.`);
            continue;
        }
        config.rules[id] = value as SeveritySetting;
    }
}

/** A key or value as a message quotes it: JSON-escaped, and cut short when long. */
function quoted(value: string): string {
    const shown = JSON.stringify(value);
    return shown.length > 80 ? `${shown.slice(0, 76)}…"` : shown;
}

function describeKind(node: JsonNode): string {
    switch (node.type) {
        case 'object': return 'an object';
        case 'array': return 'an array';
        case 'string': return quoted(String(node.value));
        case 'number': return String(node.value);
        case 'boolean': return String(node.value);
        default: return 'null';
    }
}

function innermostRoot(folder: string, roots: readonly string[]): string | undefined {
    return roots.map(r => path.resolve(r)).filter(r => isInside(folder, r)).sort((a, b) => b.length - a.length)[0];
}

/** The first folder at or above `folder` that holds `.git`, else the filesystem root. */
export function repositoryRoot(folder: string): string {
    return gitRoot(folder) ?? path.parse(path.resolve(folder)).root;
}

/** The first folder holding `.git`, walking up from `folder`; undefined outside any repository. */
function gitRoot(folder: string): string | undefined {
    for (let current = folder; ; current = path.dirname(current)) {
        if (fs.existsSync(path.join(current, '.git'))) return current;
        if (path.dirname(current) === current) return undefined;
    }
}

function isInside(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function isFileOrLink(file: string): boolean {
    try {
        const stat = fs.lstatSync(file);
        return stat.isFile() || stat.isSymbolicLink();
    } catch {
        return false;
    }
}

function realPath(file: string): string {
    return resolvedPath(file) ?? path.resolve(file);
}

function resolvedPath(file: string): string | undefined {
    try {
        return fs.realpathSync(file);
    } catch {
        return undefined;
    }
}
