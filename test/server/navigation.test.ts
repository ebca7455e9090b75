import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol, Location, LocationLink, SemanticTokensLegend, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../helpers/apply-edits.js';
import { checkFolder, checkText, REPO_ROOT, type CheckedFolder } from '../helpers/check-folder.js';
import { fileUri, LspClient, positionOf } from '../helpers/lsp-client.js';

const ROUTING = path.join(REPO_ROOT, 'examples/integrated-routing');
const ece = path.join(ROUTING, 'ece.ece');
const ucce = path.join(ROUTING, 'ucce.ece');
const text = (file: string) => fs.readFileSync(file, 'utf8');

/** The files of the folder after a workspace edit, by name. */
function applyWorkspaceEdit(edit: WorkspaceEdit | null): Record<string, string> {
    const files: Record<string, string> = { 'ece.ece': text(ece), 'ucce.ece': text(ucce) };
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const name = path.basename(new URL(uri).pathname);
        files[name] = applyEdits(files[name], edits);
    }
    return files;
}

describe('navigation and symbols', () => {
    let client: LspClient;
    let folder: CheckedFolder;
    beforeAll(async () => {
        folder = await checkFolder(ROUTING);
        client = await LspClient.start(ROUTING);
        await client.open(ece);
        await client.open(ucce);
    });
    afterAll(async () => {
        await client.stop();
    });

    it('goes to the definition of a skill group in the other file of the folder', async () => {
        const result = await client.definition(ece, positionOf(text(ece), 'Domestic_Sales_NA', 3));
        const locations = (Array.isArray(result) ? result : [result]) as (Location | LocationLink)[];
        expect(locations).toHaveLength(1);
        const [target] = locations;
        const { uri, range } = 'targetUri' in target ? { uri: target.targetUri, range: target.targetSelectionRange } : target;
        expect(uri).toBe(fileUri(ucce));
        expect(range.start).toEqual(positionOf(text(ucce), 'skill group Domestic_Sales_NA', 'skill group '.length));
    });

    it('finds every reference to a skill group, across files', async () => {
        const d = folder.analysis.deployment;
        const refs = [...d.queues, ...d.agents, ...d.scriptSelectors].flatMap(o => o.skillGroups).filter(r => r.name === 'Global_Sales_NA');
        const found = (await client.references(ucce, positionOf(text(ucce), 'skill group Global_Sales_NA', 14))) ?? [];
        expect(found).toHaveLength(refs.length + 1);
        expect(new Set(found.map(l => path.basename(l.uri)))).toEqual(new Set(['ece.ece', 'ucce.ece']));
    });

    it('renames an MRD with its references, and the queues named after it, across files', async () => {
        const edit = await client.rename(ucce, positionOf(text(ucce), 'mrd Email_MRD', 6), 'Mail_MRD');
        const files = applyWorkspaceEdit(edit);
        const code = (t: string) => t.replace(/\/\/.*$/gm, '');
        expect(code(files['ece.ece'])).not.toContain('Email_MRD');
        expect(code(files['ucce.ece'])).not.toContain('Email_MRD');
        for (const queue of folder.analysis.deployment.queues) {
            expect(files['ece.ece']).toContain(`queue ${queue.name.replace(/^Email_MRD_/, 'Mail_MRD_')} {`);
        }
        const after = await checkText(files);
        expect(after.codes.filter(c => c.startsWith('reference/') || c === 'routing/queue-naming')).toEqual([]);
        expect(after.analysis.routes.map(r => r.agents)).toEqual(folder.analysis.routes.map(r => r.agents));
    });

    it('renames a script selector and the queue that follows the convention with it', async () => {
        const edit = await client.rename(ece, positionOf(text(ece), 'script selector Global_Sales_Email_Script', 20), 'Global_Sales');
        const files = applyWorkspaceEdit(edit);
        expect(files['ece.ece']).toContain('queue Email_MRD_Global_Sales {');
        expect(files['ece.ece']).toContain('script selector Global_Sales\n');
        expect(files['ucce.ece']).toContain('script selector Global_Sales ');
        const after = await checkText(files);
        expect(after.codes.filter(c => c.startsWith('reference/') || c === 'routing/queue-naming')).toEqual([]);
    });

    it('refuses a new name that is not a name', async () => {
        await expect(client.rename(ucce, positionOf(text(ucce), 'agent Clark', 7), 'Clark Kent')).rejects.toThrow(/not a name/);
    });

    it('prepares a rename on a name or a reference, and not on a keyword', async () => {
        const position = positionOf(text(ucce), 'agent Bruce', 7);
        expect(await client.prepareRename(ucce, position)).toEqual({ start: positionOf(text(ucce), 'Bruce'), end: positionOf(text(ucce), 'Bruce', 5) });
        expect(await client.prepareRename(ucce, positionOf(text(ucce), 'agent Bruce', 1))).toBeNull();
    });

    it('outlines a file: departments contain their queues, blocks appear under their keywords', async () => {
        const symbols = ((await client.documentSymbols(ece)) ?? []) as DocumentSymbol[];
        const names = symbols.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['Integrated_Routing_Example', 'Sales', 'Support', 'load profile', 'network', 'security', 'ECE_ALL_IN_ONE']));
        const sales = symbols.find(s => s.name === 'Sales')!;
        expect(sales.detail).toBe('department');
        const queues = folder.analysis.deployment.departments.find(d => d.name === 'Sales')!.queues.map(q => q.name);
        expect(sales.children?.map(c => c.name)).toEqual(queues);
        expect(sales.children?.every(c => c.detail === 'queue')).toBe(true);
    });

    it('finds objects of the whole workspace by name', async () => {
        const symbols = (await client.workspaceSymbols('Domestic_Sales')) ?? [];
        const names = symbols.map(s => s.name);
        expect(names).toEqual(expect.arrayContaining(['Domestic_Sales_NA', 'Domestic_Sales_EMEA', 'Domestic_Sales_Email_Script', 'Email_MRD_Domestic_Sales_Email_Script']));
        expect(new Set(symbols.map(s => path.basename(s.location.uri)))).toEqual(new Set(['ece.ece', 'ucce.ece']));
    });

    it('folds every block written over several lines', async () => {
        const ranges = (await client.foldingRanges(ece)) ?? [];
        const t = text(ece);
        const department = positionOf(t, 'department Sales').line;
        const end = t.split('\n').findIndex((line, i) => i > department && line === '}');
        expect(ranges.some(r => r.startLine === department && r.endLine >= end - 1)).toBe(true);
        const load = positionOf(t, 'load profile').line;
        expect(ranges.some(r => r.startLine === load)).toBe(true);
    });

    it('colours names by what they name, declarations, numbers, units and values', async () => {
        const legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend as SemanticTokensLegend;
        const data = (await client.semanticTokens(ece))!.data;
        const t = text(ece);
        const lines = t.split('\n');
        const tokens: { text: string; type: string; modifiers: string[]; line: number }[] = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
            character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
            tokens.push({
                text: lines[line].slice(character, character + data[i + 2]),
                type: legend.tokenTypes[data[i + 3]],
                modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] >> bit) & 1),
                line,
            });
        }
        const find = (needle: string, atLine: number) => tokens.find(x => x.text === needle && x.line === atLine);
        const queueLine = positionOf(t, 'queue Email_MRD_Domestic_Sales_Email_Script').line;
        expect(find('Email_MRD_Domestic_Sales_Email_Script', queueLine)).toMatchObject({ type: 'struct', modifiers: ['declaration'] });
        expect(find('Email_MRD', queueLine + 1)).toMatchObject({ type: 'enum', modifiers: [] });
        expect(find('Domestic_Sales_Email_Script', queueLine + 2)).toMatchObject({ type: 'function' });
        expect(find('Domestic_Sales_NA', queueLine + 3)).toMatchObject({ type: 'class' });
        const disk = positionOf(t, 'disk ').line;
        expect(find('GB', disk)).toMatchObject({ type: 'type' });
        expect(tokens.find(x => x.line === disk && x.type === 'number')).toBeDefined();
        expect(find('cookie', positionOf(t, 'sticky sessions').line)).toMatchObject({ type: 'enumMember' });
    });
});
