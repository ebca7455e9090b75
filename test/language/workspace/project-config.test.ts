import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
    configSeverityEdit, findProjectConfigFile, formatConfigProblem, loadProjectConfig, parseEditorSettings, parseProjectConfig,
    projectConfigTarget, resolveProjectConfig,
} from '../../../language/workspace/project-config.js';
import { makeTempFolder } from '../../helpers/temp-folder.js';

const FILE = '/repo/ece.config.json';

function problemsOf(text: string): string[] {
    return parseProjectConfig(text, FILE).problems.map(formatConfigProblem);
}

/** A temporary repository (a folder holding `.git`) with the given files; folders end in `/`. */
function tempRepo(files: Record<string, string>): string {
    const root = makeTempFolder('ece-config-');
    fs.mkdirSync(path.join(root, '.git'));
    for (const [name, text] of Object.entries(files)) {
        const target = path.join(root, name);
        fs.mkdirSync(name.endsWith('/') ? target : path.dirname(target), { recursive: true });
        if (!name.endsWith('/')) fs.writeFileSync(target, text);
    }
    return root;
}

describe('parseProjectConfig', () => {
    it('reads rule severities, "off" and the planning horizon', () => {
        const config = parseProjectConfig(JSON.stringify({
            $schema: './docs/ece.config.schema.json',
            rules: { 'routing/email-mrd-interruptible': 'off', 'naming/duplicate': 'warning', 'reference/unresolved': 'hint' },
            planningHorizonMonths: 48,
        }), FILE);
        expect(config.problems).toEqual([]);
        expect(config.rules).toEqual({ 'routing/email-mrd-interruptible': 'off', 'naming/duplicate': 'warning', 'reference/unresolved': 'hint' });
        expect(config.planningHorizonMonths).toBe(48);
    });

    it('reads an empty object as no settings', () => {
        expect(parseProjectConfig('{}', FILE)).toEqual({ file: FILE, rules: {}, problems: [] });
    });

    it('reports invalid JSON at its line and column: a trailing comma', () => {
        const text = '{\n    "rules": {\n        "naming/duplicate": "off",\n    }\n}\n';
        // The comma after "off" is on line 3, column 34.
        expect(problemsOf(text)).toEqual([`${FILE}:3:34: Invalid JSON: Trailing comma is not allowed in JSON.`]);
        expect(parseProjectConfig(text, FILE).rules).toEqual({});
    });

    it('reports a missing comma, a comment, single quotes and an unterminated object where they are', () => {
        expect(problemsOf('{\n  "rules": {}\n  "planningHorizonMonths": 12\n}')).toEqual([
            `${FILE}:3:3: Invalid JSON: Expected ',' between two values.`,
        ]);
        expect(problemsOf('{\n  // strict JSON\n  "rules": {}\n}')).toEqual([`${FILE}:2:3: Invalid JSON: Comments are not allowed in JSON.`]);
        expect(problemsOf("{ 'rules': {} }")).toEqual([`${FILE}:1:3: Invalid JSON: Strings in JSON are written in double quotes.`]);
        expect(problemsOf('{ "rules": { "naming/duplicate": "off" }')).toEqual([
            `${FILE}:1:41: Invalid JSON: Unexpected end of file: '}' was expected.`,
        ]);
        expect(problemsOf('')).toEqual([`${FILE}:1:1: Invalid JSON: Unexpected end of file: a value was expected.`]);
    });

    it('reports an unknown rule id at its key, with the closest known id, and keeps the valid entries', () => {
        const text = '{\n  "rules": {\n    "routing/email-mrd-interuptible": "off",\n    "naming/duplicate": "info"\n  }\n}';
        const config = parseProjectConfig(text, FILE);
        expect(config.problems.map(formatConfigProblem)).toEqual([
            expect.stringMatching(/^\/repo\/ece\.config\.json:3:5: Unknown rule id "routing\/email-mrd-interuptible"; did you mean "routing\/email-mrd-interruptible"\? `ece rules` lists the \d+ ids\.$/),
        ]);
        expect(config.problems[0].range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 36 } });
        expect(config.rules).toEqual({ 'naming/duplicate': 'info' });
    });

    it('reports an id with nothing like it without a suggestion', () => {
        expect(problemsOf('{"rules": {"colour/taste": "off"}}')[0]).toMatch(/^\/repo\/ece\.config\.json:1:12: Unknown rule id "colour\/taste"\. /);
    });

    it('reports a severity that is not one of error, warning, info, hint or off at the value', () => {
        const config = parseProjectConfig('{"rules": {"naming/duplicate": "Warning", "routing/queue-naming": 2}}', FILE);
        expect(config.problems.map(formatConfigProblem)).toEqual([
            `${FILE}:1:32: The severity of "naming/duplicate" must be one of "error", "warning", "info", "hint", "off"; found "Warning".`,
            `${FILE}:1:67: The severity of "routing/queue-naming" must be one of "error", "warning", "info", "hint", "off"; found 2.`,
        ]);
        expect(config.rules).toEqual({});
    });

    it('refuses to configure syntax errors', () => {
        expect(problemsOf('{"rules": {"syntax/parse-error": "off"}}')).toEqual([
            `${FILE}:1:12: "syntax/parse-error" cannot be configured: syntax errors are always errors, as nothing else can be checked reliably in a file that does not parse.`,
        ]);
    });

    it('accepts a planning horizon of 1 to 600 whole months only', () => {
        for (const bad of ['0', '12.5', '"36"', '601', 'null', '-3']) {
            const config = parseProjectConfig(`{"planningHorizonMonths": ${bad}}`, FILE);
            expect(config.planningHorizonMonths, bad).toBeUndefined();
            expect(config.problems.map(p => p.message), bad).toEqual([
                `"planningHorizonMonths" must be a whole number of months from 1 to 600; found ${bad === '"36"' ? '"36"' : bad}.`,
            ]);
        }
        expect(parseProjectConfig('{"planningHorizonMonths": 1}', FILE).planningHorizonMonths).toBe(1);
        expect(parseProjectConfig('{"planningHorizonMonths": 600}', FILE).planningHorizonMonths).toBe(600);
    });

    it('reports an unknown setting, a repeated key, a rules value that is not an object and a file that is not an object', () => {
        expect(problemsOf('{"rule": {}}')).toEqual([
            `${FILE}:1:2: Unknown setting "rule"; did you mean "rules"? The settings are "rules", "planningHorizonMonths" and "baseline".`,
        ]);
        expect(problemsOf('{"rules": {"naming/duplicate": "off", "naming/duplicate": "info"}}')).toEqual([
            `${FILE}:1:39: Rule "naming/duplicate" is listed twice; list it once.`,
        ]);
        expect(problemsOf('{"rules": ["naming/duplicate"]}')[0]).toBe(
            `${FILE}:1:11: "rules" must be an object of rule id → severity, like { "routing/queue-naming": "off" }; found an array.`);
        expect(problemsOf('[]')[0]).toMatch(/^\/repo\/ece\.config\.json:1:1: The configuration must be a JSON object/);
    });

    it('reads a file that starts with a byte order mark, keeping columns', () => {
        expect(problemsOf('\uFEFF{"rules": {"x/y": "off"}}')[0]).toMatch(/^\/repo\/ece\.config\.json:1:13: Unknown rule id "x\/y"/);
    });
});

describe('parseEditorSettings', () => {
    it('validates ece.rules and ece.planningHorizonMonths like the file, leaving out unset values', () => {
        const settings = parseEditorSettings({ rules: { 'naming/duplicate': 'hint', 'no/such-rule': 'off', 'naming/duplicate-deployment': 'loud' }, planningHorizonMonths: null });
        expect(settings.rules).toEqual({ 'naming/duplicate': 'hint' });
        expect(settings.planningHorizonMonths).toBeUndefined();
        expect(settings.problems.map(p => p.message)).toEqual([
            expect.stringMatching(/^Unknown rule id "no\/such-rule"/),
            'The severity of "naming/duplicate-deployment" must be one of "error", "warning", "info", "hint", "off"; found "loud".',
        ]);
        expect(parseEditorSettings({ planningHorizonMonths: 0 }).problems.map(p => p.message)).toEqual([
            'ece.planningHorizonMonths must be a whole number of months from 1 to 600; found 0.',
        ]);
        expect(parseEditorSettings(undefined)).toEqual({ file: 'VS Code settings', rules: {}, problems: [] });
    });
});

describe('finding ece.config.json', () => {
    it('takes the nearest file walking up from the deployment folder', () => {
        const root = tempRepo({
            'ece.config.json': '{}',
            'teams/ece.config.json': '{}',
            'teams/emea/prod/': '',
            'lab/': '',
        });
        expect(findProjectConfigFile(path.join(root, 'teams/emea/prod'))).toBe(path.join(root, 'teams/ece.config.json'));
        expect(findProjectConfigFile(path.join(root, 'teams'))).toBe(path.join(root, 'teams/ece.config.json'));
        expect(findProjectConfigFile(path.join(root, 'lab'))).toBe(path.join(root, 'ece.config.json'));
        expect(findProjectConfigFile(root)).toBe(path.join(root, 'ece.config.json'));
    });

    it('stops at the repository root, the first folder holding .git', () => {
        const outer = tempRepo({ 'ece.config.json': '{}', 'inner/.git/': '', 'inner/deployment/': '' });
        expect(findProjectConfigFile(path.join(outer, 'inner/deployment'))).toBeUndefined();
        // A .git file (a worktree or submodule) marks a repository root too.
        const worktree = tempRepo({ 'ece.config.json': '{}', 'wt/.git': 'gitdir: elsewhere', 'wt/deployment/': '' });
        expect(findProjectConfigFile(path.join(worktree, 'wt/deployment'))).toBeUndefined();
    });

    it('never leaves the editor\'s workspace folders', () => {
        const root = tempRepo({ 'ece.config.json': '{}', 'workspace/deployment/': '', 'workspace/other/ece.config.json': '{}' });
        const workspaceRoots = [path.join(root, 'workspace')];
        expect(findProjectConfigFile(path.join(root, 'workspace/deployment'), { workspaceRoots })).toBeUndefined();
        expect(findProjectConfigFile(path.join(root, 'workspace/other'), { workspaceRoots })).toBe(path.join(root, 'workspace/other/ece.config.json'));
        expect(findProjectConfigFile(path.join(root, 'workspace/deployment'), { workspaceRoots: [path.join(root, 'elsewhere')] })).toBeUndefined();
        expect(findProjectConfigFile(path.join(root, 'workspace/deployment'))).toBe(path.join(root, 'ece.config.json'));
    });

    it('refuses an ece.config.json that links outside the repository, and follows one that stays inside', () => {
        const outside = tempRepo({ 'secret.json': '{"rules": {"naming/duplicate": "off"}}' });
        const root = tempRepo({ 'linked/': '', 'shared/base.json': '{"rules": {"naming/duplicate": "info"}}', 'inside/': '' });
        fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'linked/ece.config.json'));
        fs.symlinkSync(path.join(root, 'shared/base.json'), path.join(root, 'inside/ece.config.json'));
        const refused = resolveProjectConfig(path.join(root, 'linked'));
        expect(refused?.rules).toEqual({});
        expect(refused?.problems.map(p => p.message)).toEqual([`Not read: it links to a file outside ${root}.`]);
        expect(resolveProjectConfig(path.join(root, 'inside'))?.rules).toEqual({ 'naming/duplicate': 'info' });
    });

    it('turns a file that cannot be read into a problem', () => {
        const root = tempRepo({ 'folder/': '', 'binary.json': '' });
        fs.writeFileSync(path.join(root, 'binary.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
        expect(loadProjectConfig(path.join(root, 'missing.json')).problems.map(formatConfigProblem)).toEqual([`${path.join(root, 'missing.json')}:1:1: No such file.`]);
        expect(loadProjectConfig(path.join(root, 'folder')).problems.map(p => p.message)).toEqual(['Not a file.']);
        expect(loadProjectConfig(path.join(root, 'binary.json')).problems.map(p => p.message)).toEqual(['Not valid UTF-8 text.']);
    });
});

describe('projectConfigTarget', () => {
    it('is the file that applies, else a new one at the workspace folder or the repository root', () => {
        const root = tempRepo({ 'a/ece.config.json': '{}', 'a/d/': '', 'ws/b/d/': '' });
        expect(projectConfigTarget(path.join(root, 'a/d'))).toBe(path.join(root, 'a/ece.config.json'));
        expect(projectConfigTarget(path.join(root, 'ws/b/d'))).toBe(path.join(root, 'ece.config.json'));
        expect(projectConfigTarget(path.join(root, 'ws/b/d'), { workspaceRoots: [path.join(root, 'ws')] })).toBe(path.join(root, 'ws/ece.config.json'));
    });
});

describe('configSeverityEdit', () => {
    function apply(text: string, edit: ReturnType<typeof configSeverityEdit>): string {
        if (!edit) throw new Error('no edit');
        const lines = text.split('\n');
        const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
        return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
    }

    it('creates the file, adds a rule, replaces a rule\'s value and adds "rules", keeping the layout', () => {
        const created = apply('', configSeverityEdit(undefined, 'naming/duplicate', 'off'));
        expect(parseProjectConfig(created, FILE)).toMatchObject({ rules: { 'naming/duplicate': 'off' }, problems: [] });

        const existing = '{\n    "rules": {\n        "routing/queue-naming": "hint"\n    }\n}\n';
        expect(apply(existing, configSeverityEdit(existing, 'naming/duplicate', 'warning'))).toBe(
            '{\n    "rules": {\n        "routing/queue-naming": "hint",\n        "naming/duplicate": "warning"\n    }\n}\n');
        expect(apply(existing, configSeverityEdit(existing, 'routing/queue-naming', 'off'))).toBe(
            '{\n    "rules": {\n        "routing/queue-naming": "off"\n    }\n}\n');

        const horizonOnly = '{\n  "planningHorizonMonths": 24\n}\n';
        const added = apply(horizonOnly, configSeverityEdit(horizonOnly, 'naming/duplicate', 'info'));
        expect(added).toBe('{\n  "planningHorizonMonths": 24,\n  "rules": {\n    "naming/duplicate": "info"\n  }\n}\n');
        expect(parseProjectConfig(added, FILE)).toMatchObject({ rules: { 'naming/duplicate': 'info' }, planningHorizonMonths: 24, problems: [] });

        const empty = '{}';
        expect(JSON.parse(apply(empty, configSeverityEdit(empty, 'naming/duplicate', 'off')))).toEqual({ rules: { 'naming/duplicate': 'off' } });
        expect(configSeverityEdit('{ broken', 'naming/duplicate', 'off')).toBeUndefined();
    });
});
