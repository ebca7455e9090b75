/**
 * The model keeps each block's objects while its AST node lives (build-deployment.ts), and an edit
 * reparses only the blocks around it (language/langium-overrides/ece-incremental-parse.ts). After each edit, the deployment
 * model and the diagnostics must be those of a fresh check of the same text: spans moved, references
 * that stopped (or started) resolving marked so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { loadFolders } from '../../../language/workspace/load-workspace.js';
import { checkFolder, REPO_ROOT, writeTempFolder } from '../../helpers/check-folder.js';

const source = fs.readFileSync(path.join(REPO_ROOT, 'examples/integrated-routing/ucce.ece'), 'utf8')
    + '\n' + fs.readFileSync(path.join(REPO_ROOT, 'examples/integrated-routing/ece.ece'), 'utf8');

/** Each edit turns the text into the next one; all keep the file free of syntax errors. */
const EDITS: [string, (text: string) => string][] = [
    ['a character typed in the first block moves every span after it', t => t.replace('mrd Email_MRD', 'mrd Email_MRDx')],
    ['the rename is undone', t => t.replace('mrd Email_MRDx', 'mrd Email_MRD')],
    ['a skill group renamed: references to it stop resolving in blocks that did not change', t => t.replace(/skill group (\w+)/, 'skill group $1_Renamed')],
    ['a line inserted at the top', t => `// a comment\n\n${t}`],
    ['the skill group named back', t => t.replace(/skill group (\w+)_Renamed/, 'skill group $1')],
    ['a block deleted', t => t.replace(/agent \w+ \{[^}]*\}\n/, '')],
];

function plain(value: unknown): unknown {
    return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'folder' || key === 'files' || key === 'uri' ? undefined : v)));
}

describe('model blocks reused across incremental edits', () => {
    it('give the model and diagnostics of a fresh check after every edit', async () => {
        const folder = writeTempFolder({ 'main.ece': source });
        const file = path.join(folder, 'main.ece');
        const { shared, Ece } = createEceCoreServices(NodeFileSystem);
        const [loaded] = await loadFolders(Ece, [folder]);
        const uri = URI.file(file);
        let text = source;
        for (const [, edit] of EDITS) {
            const before = Ece.workspace.DeploymentAnalyses.forFolder(loaded.uri).analysis.deployment;
            text = edit(text);
            fs.writeFileSync(file, text);
            await shared.workspace.DocumentBuilder.update([uri], []);
            const document = shared.workspace.LangiumDocuments.getDocument(uri)!;
            const reused = Ece.workspace.DeploymentAnalyses.forFolder(loaded.uri).analysis.deployment;
            const fresh = await checkFolder(writeTempFolder({ 'main.ece': text }));
            expect(plain(reused)).toEqual(plain(fresh.analysis.deployment));
            expect((document.diagnostics ?? []).map(d => [d.code, d.message, d.range])).toEqual(fresh.diagnostics.map(d => [d.code, d.message, d.range]));
            // Blocks away from the edit kept their model objects.
            expect(reused.mrds.some(m => before.mrds.includes(m)) || reused.servers.some(s => before.servers.includes(s))).toBe(true);
        }
        expect(text).not.toBe(source);
    });
});
