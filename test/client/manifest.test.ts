import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../client/commands.js';
import { MCP_PROVIDER_ID, MCP_SERVER_MODULE } from '../../client/mcp-definition.js';
import { DEFAULT_PLANNING_HORIZON_MONTHS } from '../../language/engine/growth.js';
import { MAX_PLANNING_HORIZON_MONTHS, SEVERITY_SETTINGS } from '../../language/workspace/project-config.js';
import { checkText, REPO_ROOT } from '../helpers/check-folder.js';

interface Manifest {
    publisher: string;
    icon: string;
    main: string;
    engines: { vscode: string };
    activationEvents: string[];
    capabilities: { untrustedWorkspaces: { supported: boolean | string }; virtualWorkspaces: { supported: boolean | string } };
    contributes: {
        languages: { id: string; extensions: string[]; configuration: string; icon: { light: string; dark: string } }[];
        grammars: { language: string; scopeName: string; path: string }[];
        snippets: { language: string; path: string }[];
        jsonValidation: { fileMatch: string; url: string }[];
        configuration: { properties: Record<string, { default?: unknown; maximum?: number; minimum?: number; enum?: string[]; additionalProperties?: { enum: string[] } }> };
        commands: { command: string; title: string; category: string }[];
        mcpServerDefinitionProviders: { id: string; label: string }[];
    };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The files the manifest points at, relative to the repository. */
function referencedFiles(): string[] {
    const c = manifest.contributes;
    return [
        manifest.icon,
        ...c.languages.flatMap(l => [l.configuration, l.icon.light, l.icon.dark]),
        ...c.grammars.map(g => g.path),
        ...c.snippets.map(s => s.path),
        ...c.jsonValidation.map(j => j.url),
    ].map(p => path.normalize(p));
}

describe('the extension manifest (package.json)', () => {
    it('contributes the ece language for .ece files, its grammar and snippets', () => {
        expect(manifest.contributes.languages.map(l => [l.id, l.extensions])).toEqual([['ece', ['.ece']]]);
        expect(manifest.contributes.grammars).toEqual([{ language: 'ece', scopeName: 'source.ece', path: './syntaxes/ece.tmLanguage.json' }]);
        expect(JSON.parse(read('syntaxes/ece.tmLanguage.json')).scopeName).toBe('source.ece');
        expect(manifest.contributes.snippets.map(s => s.language)).toEqual(['ece']);
        expect(manifest.activationEvents).toEqual(['onLanguage:ece', 'workspaceContains:**/*.ece', 'onWebviewPanel:ece.sizingReport']);
        expect(manifest.engines.vscode).toBe('^1.82.0');
    });

    it('points only at files that exist, and packages every one of them', () => {
        const files = referencedFiles();
        expect(files.filter(f => !existsSync(path.join(REPO_ROOT, f)))).toEqual([]);
        const included = read('.vscodeignore').split('\n').filter(l => l.startsWith('!')).map(l => path.normalize(l.slice(1)));
        expect(included).toEqual(expect.arrayContaining([...files, path.normalize(manifest.main), 'dist/server/main.cjs', 'package.json']));
        expect(read('client/language-client.ts')).toContain(`'dist/server/main.cjs'`);
        expect(read('client/bundle.mjs')).toContain(`outfile: '${path.normalize(manifest.main)}'`);
    });

    it('contributes the MCP server provider the client registers, and packages its bundle and the references it serves', () => {
        expect(manifest.contributes.mcpServerDefinitionProviders).toEqual([{ id: MCP_PROVIDER_ID, label: 'ECE Design-as-Code' }]);
        const included = read('.vscodeignore').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1));
        expect(included).toEqual(expect.arrayContaining([MCP_SERVER_MODULE, 'docs/ai.md', 'docs/language.md']));
        expect(read('client/bundle.mjs')).toContain(`outfile: '${MCP_SERVER_MODULE}'`);
    });

    it('contributes exactly the commands the client registers, each under the ECE category', () => {
        expect(manifest.contributes.commands.map(c => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
        expect(manifest.contributes.commands.map(c => `${c.category}: ${c.title}`).sort()).toEqual([
            'ECE: Export Report as Markdown', 'ECE: Restart Language Server', 'ECE: Show Sizing Report',
        ]);
    });

    it('offers the settings the checker reads, with the checker\'s own bounds and values', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(Object.keys(properties).sort()).toEqual(['ece.planningHorizonMonths', 'ece.rules', 'ece.trace.server']);
        expect(properties['ece.rules'].additionalProperties?.enum).toEqual([...SEVERITY_SETTINGS]);
        expect(properties['ece.planningHorizonMonths'].default).toBe(DEFAULT_PLANNING_HORIZON_MONTHS);
        expect(properties['ece.planningHorizonMonths'].maximum).toBe(MAX_PLANNING_HORIZON_MONTHS);
        expect(properties['ece.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
        // vscode-languageclient reads `<client id>.trace.server`: the client's id must be `ece`.
        expect(read('client/language-client.ts')).toContain(`new LanguageClient('ece',`);
    });

    it('declares its behaviour in untrusted and virtual workspaces', () => {
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    });
});

describe('the language configuration', () => {
    const configuration = JSON.parse(read('client/language-configuration.json')) as {
        comments: { lineComment: string; blockComment: [string, string] };
        brackets: [string, string][];
        wordPattern: string;
        indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    };

    it('comments out lines the way the parser reads comments', async () => {
        const { lineComment, blockComment: [open, close] } = configuration.comments;
        const checked = await checkText(`${lineComment} mrd M {\n${open} server S {\n */\ndeployment D ${open} x ${close}\n${lineComment}}`);
        expect(checked.diagnostics.filter(d => String(d.code).startsWith('syntax/'))).toEqual([]);
        expect(checked.analysis.deployment.name).toBe('D');
        expect(checked.analysis.deployment.mrds).toEqual([]);
        expect(configuration.brackets).toEqual([['{', '}']]);
    });

    it('takes a whole name or number as one word (double-click, rename, completion)', () => {
        const word = new RegExp(`^(?:${configuration.wordPattern})$`);
        for (const text of ['Email_MRD_Domestic_Sales_Email_Script', 'non-interruptible', 'source-ip', 'ECE_WEB_1', '40,000', '1_500', '12.5']) {
            expect(text, text).toMatch(word);
        }
        expect('Sales_NA,').not.toMatch(word);
    });

    it('indents after an opening brace and outdents at the closing one', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
        expect('department Sales {').toMatch(increase);
        expect('skill group Sales_NA { peripheral NA }').not.toMatch(increase);
        expect('    }').toMatch(decrease);
    });
});
