/**
 * Where the language server's size limits lie (server/size-limits.ts), in-process: the benchmark's
 * largest deployment (50,000 objects) is served in full; past 100,000 objects in a folder, or with a
 * file over the CLI's 20 MB limit, it is not. The behaviour past the limits, over stdio: server-resilience.test.ts.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES as CLI_MAX_FILE_BYTES } from '../../language/workspace/load-workspace.js';
import { createEceServices } from '../../server/ece-lsp-module.js';
import { MAX_DEPLOYMENT_OBJECTS, MAX_FILE_BYTES, SizeLimits } from '../../server/size-limits.js';
import { largeDeployment } from './large-deployment.js';

const { shared } = createEceServices(EmptyFileSystem);
const limits = new SizeLimits(shared);
let folders = 0;

/** Parses (no more is needed to count) the files of a new folder. */
function parsed(files: Record<string, string>): LangiumDocument[] {
    const folder = `file:///limits/${++folders}`;
    return Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`${folder}/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
}

describe('the language server\'s size limits', () => {
    it('are the CLI\'s 20 MB per file, and 100,000 objects per deployment', () => {
        expect(MAX_FILE_BYTES).toBe(CLI_MAX_FILE_BYTES);
        expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
        expect(MAX_DEPLOYMENT_OBJECTS).toBe(100_000);
    });

    it('serve the benchmark\'s 50,000-object deployment in full, in one file or in a hundred', () => {
        const [one] = parsed({ 'main.ece': largeDeployment(50_000) });
        expect(limits.exceeded(one)).toBeUndefined();
        // The same across 100 files: the first with the deployment, its MRD and skill groups, 99 with agents.
        const [head, ...agents] = largeDeployment(50_000).split(/\n(?=agent )/);
        const perFile = Math.ceil(agents.length / 99);
        const documents = parsed(Object.fromEntries([['part-0.ece', head], ...Array.from({ length: 99 }, (_, i) =>
            [`part-${i + 1}.ece`, agents.slice(i * perFile, (i + 1) * perFile).join('\n')])]));
        expect(documents).toHaveLength(100);
        expect(documents.every(d => d.parseResult.parserErrors.length === 0 && limits.exceeded(d) === undefined)).toBe(true);
    });

    it('count the objects of the whole folder, departments\' queues included', () => {
        const [a, b] = parsed({ 'a.ece': largeDeployment(50_001), 'b.ece': largeDeployment(50_001).replace('deployment Large', 'deployment Other') });
        expect(limits.exceeded(a)).toMatchObject({ scope: 'folder', incomplete: false });
        expect(limits.exceeded(a)?.message).toMatch(/^This deployment declares 100,002 objects, over the 100,000/);
        expect(limits.exceeded(b)).toEqual(limits.exceeded(a));
        const queues = Array.from({ length: 10 }, (_, i) => `    queue Q${i} { }`).join('\n');
        const [withQueues] = parsed({ 'main.ece': `${largeDeployment(MAX_DEPLOYMENT_OBJECTS - 10)}department D {\n${queues}\n}\n` });
        expect(limits.exceeded(withQueues)?.message).toMatch(/declares 100,001 objects/);
    });

    it('do not parse a file over 20 MB, and hold its whole folder to the lesser service', () => {
        const [big, small] = parsed({ 'big.ece': `mrd Big { channel chat }\n// ${'x'.repeat(MAX_FILE_BYTES)}`, 'small.ece': 'mrd Small { channel chat }\n' });
        expect(big.parseResult.value).toMatchObject({ elements: [] });
        expect(big.textDocument.getText().length).toBeGreaterThan(MAX_FILE_BYTES);
        expect(limits.exceeded(big)).toMatchObject({ scope: 'file', incomplete: true });
        expect(limits.exceeded(small)).toMatchObject({ scope: 'folder', incomplete: true });
        // Multi-byte text counts in bytes, as on disk: 7,000,000 three-byte characters are 21 MB.
        const [wide] = parsed({ 'wide.ece': `// ${'€'.repeat(7_000_000)}` });
        expect(limits.exceeded(wide)).toMatchObject({ scope: 'file' });
    });
});
