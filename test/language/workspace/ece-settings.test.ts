import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { EceSettings } from '../../../language/workspace/ece-settings.js';
import { loadFolders } from '../../../language/workspace/load-workspace.js';
import { loadProjectConfig } from '../../../language/workspace/project-config.js';
import { makeTempFolder } from '../../helpers/temp-folder.js';

/** A temporary repository (a folder holding `.git`) with the given files. */
function tempRepo(files: Record<string, string>): string {
    const root = makeTempFolder('ece-settings-');
    fs.mkdirSync(path.join(root, '.git'));
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
    }
    return root;
}

/** Checks one folder on disk with the core services, after `configure` has set the settings up. */
async function check(folder: string, configure?: (settings: EceSettings) => void) {
    const { Ece } = createEceCoreServices(NodeFileSystem);
    configure?.(Ece.workspace.EceSettings);
    const [loaded] = await loadFolders(Ece, [folder]);
    const diagnostics = loaded.documents.flatMap(d => d.diagnostics ?? []);
    return { diagnostics, analysis: Ece.workspace.DeploymentAnalyses.forFolder(loaded.uri).analysis, settings: Ece.workspace.EceSettings };
}

/** An email MRD declared non-interruptible: `routing/email-mrd-interruptible`, an error by default. */
const NON_INTERRUPTIBLE = 'mrd Email_MRD {\n    channel inbound email\n    non-interruptible\n}\n';
const RULE = 'routing/email-mrd-interruptible';

describe('EceSettings resolution', () => {
    it('resolves each folder to its nearest ece.config.json, given as a file URI or a path', () => {
        const root = tempRepo({
            'ece.config.json': JSON.stringify({ rules: { [RULE]: 'info' }, planningHorizonMonths: 24 }),
            'emea/ece.config.json': JSON.stringify({ rules: { 'naming/duplicate': 'hint' } }),
            'emea/prod/x.ece': '',
            'na/prod/x.ece': '',
        });
        const settings = new EceSettings();
        expect(settings.forFolder(URI.file(path.join(root, 'emea/prod')).toString())).toEqual({
            rules: { 'naming/duplicate': 'hint' }, planningHorizonMonths: 36,
        });
        expect(settings.forFolder(path.join(root, 'na/prod'))).toEqual({ rules: { [RULE]: 'info' }, planningHorizonMonths: 24 });
        expect(settings.loadedConfigs().map(c => c.file).sort()).toEqual([path.join(root, 'ece.config.json'), path.join(root, 'emea/ece.config.json')]);
    });

    it('lets the project file win over the editor\'s settings, rule by rule, and the editor fill in the rest', () => {
        const root = tempRepo({ 'ece.config.json': JSON.stringify({ rules: { [RULE]: 'off' } }), 'd/x.ece': '' });
        const settings = new EceSettings();
        const problems = settings.setEditorSettings({ rules: { [RULE]: 'hint', 'naming/duplicate': 'warning' }, planningHorizonMonths: 60 });
        expect(problems).toEqual([]);
        expect(settings.forFolder(path.join(root, 'd'))).toEqual({ rules: { [RULE]: 'off', 'naming/duplicate': 'warning' }, planningHorizonMonths: 60 });
        // set() is the same level as the editor's settings.
        settings.set({ rules: { 'naming/duplicate': 'info' } });
        expect(settings.forFolder(path.join(root, 'd'))).toEqual({ rules: { [RULE]: 'off', 'naming/duplicate': 'info' }, planningHorizonMonths: 36 });
    });

    it('uses the explicit --config file for every folder instead of the nearest one', () => {
        const root = tempRepo({
            'ece.config.json': JSON.stringify({ rules: { [RULE]: 'info' } }),
            'ci/strict.json': JSON.stringify({ rules: { 'naming/duplicate': 'error' }, planningHorizonMonths: 12 }),
            'd/x.ece': '',
        });
        const settings = new EceSettings();
        settings.useConfigFile(loadProjectConfig(path.join(root, 'ci/strict.json')));
        expect(settings.forFolder(path.join(root, 'd'))).toEqual({ rules: { 'naming/duplicate': 'error' }, planningHorizonMonths: 12 });
        expect(settings.configFor(path.join(root, 'd'))?.file).toBe(path.join(root, 'ci/strict.json'));
        expect(settings.configTargetFor(path.join(root, 'd'))).toBe(path.join(root, 'ci/strict.json'));
        settings.useConfigFile(undefined);
        expect(settings.forFolder(path.join(root, 'd'))).toEqual({ rules: { [RULE]: 'info' }, planningHorizonMonths: 36 });
        expect(settings.configTargetFor(URI.file(path.join(root, 'd')).toString())).toBe(path.join(root, 'ece.config.json'));
    });

    it('reads a changed file again after invalidate(), and none with discovery off or outside the workspace folders', () => {
        const root = tempRepo({ 'ece.config.json': JSON.stringify({ rules: { [RULE]: 'info' } }), 'ws/d/x.ece': '' });
        const folder = path.join(root, 'ws/d');
        const settings = new EceSettings();
        expect(settings.forFolder(folder).rules).toEqual({ [RULE]: 'info' });
        fs.writeFileSync(path.join(root, 'ece.config.json'), JSON.stringify({ rules: { [RULE]: 'hint' } }));
        expect(settings.forFolder(folder).rules).toEqual({ [RULE]: 'info' });
        settings.invalidate();
        expect(settings.forFolder(folder).rules).toEqual({ [RULE]: 'hint' });
        settings.setWorkspaceRoots([URI.file(path.join(root, 'ws')).toString()]);
        expect(settings.forFolder(folder).rules).toEqual({});
        settings.setWorkspaceRoots(undefined);
        settings.useDiscovery(false);
        expect(settings.forFolder(folder).rules).toEqual({});
    });

    it('keeps the valid entries of a file with problems, and reports the problems', () => {
        const root = tempRepo({ 'ece.config.json': '{\n  "rules": {\n    "routing/no-such-rule": "off",\n    "naming/duplicate": "hint"\n  }\n}\n', 'd/x.ece': '' });
        const settings = new EceSettings();
        expect(settings.forFolder(path.join(root, 'd')).rules).toEqual({ 'naming/duplicate': 'hint' });
        const [config] = settings.loadedConfigs();
        expect(config.problems.map(p => [p.range.start.line, p.range.start.character, p.message.split(';')[0].split('.')[0]])).toEqual([
            [2, 4, 'Unknown rule id "routing/no-such-rule"'],
        ]);
    });

    it('has no file to look for in a folder that is not on disk', () => {
        const settings = new EceSettings();
        settings.set({ planningHorizonMonths: 30 });
        expect(settings.forFolder('untitled://workspace/folder')).toEqual({ rules: {}, planningHorizonMonths: 30 });
    });
});

describe('severity settings in a checked deployment', () => {
    it('reports a rule at the severity the nearest ece.config.json gives it, and not at all when it is "off"', async () => {
        const root = tempRepo({
            'ece.config.json': JSON.stringify({ rules: { [RULE]: 'info' } }),
            'quiet/ece.config.json': JSON.stringify({ rules: { [RULE]: 'off' } }),
            'default/x.ece': NON_INTERRUPTIBLE,
            'quiet/x.ece': NON_INTERRUPTIBLE,
        });
        const atDefault = await check(path.join(root, 'default'));
        expect(atDefault.diagnostics.filter(d => d.code === RULE).map(d => d.severity)).toEqual([DiagnosticSeverity.Information]);
        const quiet = await check(path.join(root, 'quiet'));
        expect(quiet.diagnostics.filter(d => d.code === RULE)).toEqual([]);
        const withoutFile = await check(path.join(root, 'default'), s => s.useDiscovery(false));
        expect(withoutFile.diagnostics.filter(d => d.code === RULE).map(d => d.severity)).toEqual([DiagnosticSeverity.Error]);
    });

    it('applies --config over the nearest file', async () => {
        const root = tempRepo({
            'ece.config.json': JSON.stringify({ rules: { [RULE]: 'off' } }),
            'ci.json': JSON.stringify({ rules: { [RULE]: 'warning' } }),
            'd/x.ece': NON_INTERRUPTIBLE,
        });
        const { diagnostics } = await check(path.join(root, 'd'), s => s.useConfigFile(loadProjectConfig(path.join(root, 'ci.json'))));
        expect(diagnostics.filter(d => d.code === RULE).map(d => d.severity)).toEqual([DiagnosticSeverity.Warning]);
    });

    it('never changes or hides a syntax error, whatever the settings say', async () => {
        const root = tempRepo({ 'd/x.ece': 'mrd Email_MRD {\n    channel email\n}\n' });
        const { diagnostics } = await check(path.join(root, 'd'), s => s.set({ rules: { 'syntax/parse-error': 'off' } }));
        expect(diagnostics.filter(d => d.code === 'syntax/parse-error').map(d => d.severity)).toEqual([DiagnosticSeverity.Error]);
    });
});

describe('the planning horizon setting', () => {
    // 1,024 emails a month with 1,000 KB attachments: 1,024 × 1,000 / 1024 = 1,000 MB a month (guide,
    // "Planning for Database Growth"); a 40 GB disk (40,960 MB) is exceeded in month 41.
    const GROWING = [
        'load profile {',
        '    emails with attachments 1,024 per month',
        '    average attachment size 1000 KB',
        '}',
        'server ECE_DB {',
        '    roles database',
        '    disk 40 GB',
        '}',
        '',
    ].join('\n');

    it('projects 36 months by default, where the 40 GB disk does not fill', async () => {
        const root = tempRepo({ 'd/x.ece': GROWING });
        const { analysis, diagnostics } = await check(path.join(root, 'd'));
        expect(analysis.growth.monthlyMB.total).toBe(1000);
        expect(analysis.growth.projection.length).toBe(36);
        expect(analysis.growth.diskFullMonth).toBeNull();
        expect(diagnostics.filter(d => d.code === 'sizing/database-disk-exhaustion')).toEqual([]);
    });

    it('projects 48 months from ece.config.json, and the disk fills in month 41', async () => {
        const root = tempRepo({ 'ece.config.json': '{ "planningHorizonMonths": 48 }', 'd/x.ece': GROWING });
        const { analysis, diagnostics } = await check(path.join(root, 'd'));
        expect(analysis.growth.projection.length).toBe(48);
        expect(analysis.growth.projection.at(-1)).toEqual({ month: 48, totalMB: 48_000 });
        expect(analysis.growth.diskFullMonth).toBe(41);
        const exhaustion = diagnostics.filter(d => d.code === 'sizing/database-disk-exhaustion');
        expect(exhaustion.map(d => d.range.start.line)).toEqual([6]);
        expect(exhaustion[0].message).toContain('month 41');
    });

    it('takes the horizon from the editor when the project file does not set it', async () => {
        const root = tempRepo({ 'ece.config.json': '{ "rules": {} }', 'd/x.ece': GROWING });
        const { analysis } = await check(path.join(root, 'd'), s => s.setEditorSettings({ planningHorizonMonths: 41 }));
        expect(analysis.growth.projection.length).toBe(41);
        expect(analysis.growth.diskFullMonth).toBe(41);
    });
});
