import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { writeTempFolder } from '../helpers/check-folder.js';
import { fileUri, hoverText, LspClient, positionOf } from '../helpers/lsp-client.js';

const UCCE = 'mrd Email_MRD { channel inbound email }\nskill group Sales_Email { mrd Email_MRD }\nagent Ann { skill groups Sales_Email }\n';
const ECE = 'department Sales {\n    queue Q {\n        mrd Email_MRD\n        skill groups Sales_Email\n    }\n}\n';

describe('multi-file deployments', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    it('publishes the diagnostics of every file of the workspace at start, opened or not, as ece check does', async () => {
        const folder = writeTempFolder({ 'ucce.ece': UCCE, 'ece.ece': ECE.replace('Sales_Email', 'Missing_Group') });
        client = await LspClient.start(folder);
        const diagnostics = await client.diagnosticsWhere(fileUri(path.join(folder, 'ece.ece')), d => d.length > 0);
        expect(diagnostics.filter(d => d.code === 'reference/unresolved').map(d => d.message))
            .toEqual(["No skill group named 'Missing_Group' in this deployment folder."]);
    });

    it('resolves names across the files of a folder, and a change in one file re-validates the other', async () => {
        const folder = writeTempFolder({ 'ucce.ece': UCCE, 'ece.ece': ECE });
        const ucce = path.join(folder, 'ucce.ece');
        const ece = path.join(folder, 'ece.ece');
        client = await LspClient.start(folder);
        const first = await client.open(ece);
        expect(first.filter(d => d.code === 'reference/unresolved')).toEqual([]);
        await client.open(ucce);

        // Renaming the skill group in ucce.ece breaks the reference in ece.ece.
        const unresolved = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'reference/unresolved');
        await client.change(ucce, UCCE.replace(/Sales_Email/g, 'Sales_Mail'));
        const broken = unresolved(await client.diagnosticsWhere(fileUri(ece), d => unresolved(d).length > 0));
        expect(broken).toHaveLength(1);
        expect(broken[0].message).toContain('Sales_Email');
        expect(broken[0].range.start).toEqual(positionOf(ECE, 'Sales_Email'));

        // Undoing it repairs it.
        await client.change(ucce, UCCE);
        expect(unresolved(await client.diagnosticsWhere(fileUri(ece), d => unresolved(d).length === 0))).toEqual([]);
    });

    it('re-validates folder-wide rules in the other file: agents added in one file serve a queue of the other', async () => {
        const noAgent = UCCE.replace('agent Ann { skill groups Sales_Email }\n', '');
        const folder = writeTempFolder({ 'ucce.ece': noAgent, 'ece.ece': ECE });
        const ucce = path.join(folder, 'ucce.ece');
        const ece = path.join(folder, 'ece.ece');
        client = await LspClient.start(folder);
        expect((await client.open(ece)).map(d => d.code)).toContain('routing/queue-without-agents');
        await client.open(ucce);
        await client.change(ucce, UCCE);
        const served = await client.diagnosticsWhere(fileUri(ece), d => !d.some(x => x.code === 'routing/queue-without-agents'));
        expect(served.map(d => d.code)).not.toContain('routing/queue-without-agents');
        // And the hover over the queue shows the agent the other file declares.
        expect(hoverText(await client.hover(ece, positionOf(ECE, 'queue Q', 6)))).toContain('| Agents who service it (1) | `Ann` |');
    });

    it('loads the other files of a folder outside the workspace when one of its files is opened', async () => {
        const workspace = writeTempFolder({ 'other.ece': 'peripheral P\n' });
        const folder = writeTempFolder({ 'ucce.ece': UCCE, 'ece.ece': ECE });
        client = await LspClient.start(workspace);
        const diagnostics = await client.open(path.join(folder, 'ece.ece'));
        expect(diagnostics.filter(d => d.code === 'reference/unresolved')).toEqual([]);
        expect(fs.existsSync(path.join(folder, 'ucce.ece'))).toBe(true);
    });

    it('keeps folders apart: a name of another folder does not resolve', async () => {
        const root = writeTempFolder({});
        fs.mkdirSync(path.join(root, 'a'));
        fs.mkdirSync(path.join(root, 'b'));
        fs.writeFileSync(path.join(root, 'a', 'ucce.ece'), UCCE);
        fs.writeFileSync(path.join(root, 'b', 'ece.ece'), ECE);
        client = await LspClient.start(root);
        const diagnostics = await client.open(path.join(root, 'b', 'ece.ece'));
        expect(diagnostics.filter(d => d.code === 'reference/unresolved').length).toBeGreaterThan(0);
    });
});
