/**
 * Files opened while the background check reads or lets go of their folder: every request about
 * them (what an editor sends right after opening a file: symbols, folding, formatting) waits for the
 * build that reads them and answers, rather than failing with "No document found".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { LspClient } from '../helpers/lsp-client.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const REALISTIC_MAX = path.join(REPO_ROOT, 'bench/fixtures/realistic-max');
const SITES = 10;

describe('a file opened while the background check reads its folder', () => {
    let workspace: string;
    let client: LspClient;
    const fileOf = (site: number) => path.join(workspace, `site-${String(site).padStart(2, '0')}`, 'deployment.ece');

    beforeAll(async () => {
        workspace = makeTempFolder('ece-open-during-background-');
        for (let site = 0; site < SITES; site++) fs.cpSync(REALISTIC_MAX, path.dirname(fileOf(site)), { recursive: true });
        client = await LspClient.start(workspace);
    }, 60_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('answers the requests an editor sends at once, for every file, whatever the background is doing', async () => {
        const text = fs.readFileSync(fileOf(0), 'utf8');
        await client.open(fileOf(0), text);
        const expectedSymbols = (await client.documentSymbols(fileOf(0)))?.length;
        expect(expectedSymbols).toBeGreaterThan(0);
        // Opened one after another, at different moments of the background's work on the others.
        for (let site = 1; site < SITES; site++) {
            const file = fileOf(site);
            void client.open(file, text).catch(() => undefined);
            const [symbols, folding, edits] = await Promise.all([client.documentSymbols(file), client.foldingRanges(file), client.formatting(file)]);
            expect(symbols?.length, file).toBe(expectedSymbols);
            expect(folding?.length, file).toBeGreaterThan(0);
            expect(edits, file).toEqual([]);
            await new Promise(resolve => setTimeout(resolve, 37 * site));
        }
    }, 120_000);
});
