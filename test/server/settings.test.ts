import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeTempFolder } from '../helpers/check-folder.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const RULE = 'routing/email-mrd-interruptible';
const MRD = 'mrd Email_In {\n    channel inbound email\n    non-interruptible\n}\n';

describe("the editor's settings", () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    it('apply the severities of ece.rules, fetched at start and again when the editor says they changed', async () => {
        const folder = writeTempFolder({ 'main.ece': MRD });
        const file = path.join(folder, 'main.ece');
        client = await LspClient.start(folder, undefined, { settings: { ece: { rules: { [RULE]: 'off' } } } });
        await client.open(file);
        const off = await client.diagnosticsWhere(fileUri(file), d => !d.some(x => x.code === RULE));
        expect(off.map(d => d.code)).not.toContain(RULE);

        await client.settingsChanged({ ece: { rules: { [RULE]: 'hint' } } });
        const hinted = await client.diagnosticsWhere(fileUri(file), d => d.some(x => x.code === RULE));
        expect(hinted.find(d => d.code === RULE)?.severity).toBe(4);
    });

    it('yield to the project file: ece.config.json wins over the editor', async () => {
        const folder = writeTempFolder({ 'main.ece': MRD, 'ece.config.json': JSON.stringify({ rules: { [RULE]: 'info' } }) });
        const file = path.join(folder, 'main.ece');
        client = await LspClient.start(folder, undefined, { settings: { ece: { rules: { [RULE]: 'off' } } } });
        await client.open(file);
        const diagnostics = await client.diagnosticsWhere(fileUri(file), d => d.some(x => x.code === RULE && x.severity === 3));
        expect(diagnostics.filter(d => d.code === RULE)).toHaveLength(1);
    });
});
