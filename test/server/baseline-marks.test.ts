/**
 * The editor shows every finding and marks those of the baseline that ece.config.json names: the real
 * server over stdio, a baseline written by the real CLI, then lines inserted and a new finding added.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { LspClient } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-baseline-server-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('baseline marks in the editor', () => {
    it('marks the known findings, not the new one, after lines are inserted above them', async () => {
        const site = path.join(root, 'site');
        fs.mkdirSync(site);
        for (const name of fs.readdirSync(path.join(REPO_ROOT, 'examples/mistakes'))) {
            fs.copyFileSync(path.join(REPO_ROOT, 'examples/mistakes', name), path.join(site, name));
        }
        fs.writeFileSync(path.join(root, 'ece.config.json'), '{ "baseline": "ece-baseline.json" }\n');
        expect(runCli(['check', site, '--write-baseline', path.join(root, 'ece-baseline.json')], root).status).toBe(1);
        const ucce = path.join(site, 'ucce.ece');
        const text = `// inserted\n\n${fs.readFileSync(ucce, 'utf8')}mrd Email_MRD_3 {\n    channel inbound email\n    non-interruptible\n}\n`;
        fs.writeFileSync(ucce, text);
        const client = await LspClient.start(root);
        try {
            const diagnostics = await client.open(ucce, text);
            const marked = diagnostics.filter(d => d.source?.endsWith('· baseline'));
            const unmarked = diagnostics.filter(d => !d.source?.endsWith('· baseline'));
            expect(unmarked.map(d => d.code).sort()).toEqual(['routing/email-mrd-interruptible', 'routing/one-mrd-per-channel']);
            expect(marked.length).toBeGreaterThan(0);
            expect(marked.map(d => d.code)).toContain('routing/email-mrd-interruptible');
            expect(marked[0].relatedInformation?.[0]).toMatchObject({
                location: { uri: `file://${root}/ece-baseline.json` },
                message: 'Known finding, listed in the baseline ece-baseline.json: ece check --baseline does not report it.',
            });
        } finally {
            await client.stop();
        }
    }, 120_000);
});
