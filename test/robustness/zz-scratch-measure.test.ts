import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { it } from 'vitest';
import { LspClient, positionOf } from '../helpers/lsp-client.js';

const sizes = (process.env.SIZES ?? '50k').split(',');

it('measures', async () => {
    for (const size of sizes) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-measure-'));
        const file = path.join(dir, 'main.ece');
        let text: string;
        if (size === '50k') text = fs.readFileSync('bench/fixtures/stress-50k-1file/deployment.ece', 'utf8');
        else {
            const n = Number(size.replace('k', '000'));
            text = 'deployment D { }\nmrd M { channel chat }\nskill group SG { mrd M }\n' + Array.from({ length: n }, (_, i) => `agent A${i} { skill groups SG }`).join('\n');
        }
        fs.writeFileSync(file, text);
        const client = await LspClient.start(dir);
        const t = (label: string, start: number) => console.log(size, label, Math.round(performance.now() - start), 'ms');
        let s = performance.now();
        const diags = await client.open(file, text);
        t(`open→diagnostics (${diags.length} diags, ${(text.length/1e6).toFixed(1)} MB)`, s);
        const pos = size === '50k' ? positionOf(text, 'Email_MRD', 0, 1) : positionOf(text, 'SG', 0, 2);
        s = performance.now(); await client.hover(file, pos); t('hover', s);
        s = performance.now(); await client.semanticTokens(file); t('semanticTokens', s);
        s = performance.now(); await client.documentSymbols(file); t('documentSymbols', s);
        s = performance.now(); await client.formatting(file); t('formatting', s);
        s = performance.now(); await client.codeLenses(file); t('codeLens', s);
        s = performance.now(); await client.inlayHints(file, { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } }); t('inlay', s);
        s = performance.now(); await client.foldingRanges(file); t('folding', s);
        s = performance.now(); await client.completion(file, pos); t('completion', s);
        s = performance.now(); await client.codeActions(file, { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } }, diags); t('codeActions', s);
        s = performance.now(); await client.references(file, pos); t('references', s);
        s = performance.now(); const next = client.nextDiagnostics(client.constructor === LspClient ? (await import('../helpers/lsp-client.js')).fileUri(file) : ''); await client.change(file, text + '\nagent Extra'); await next; t('keystroke→diagnostics', s);
        await client.stop();
        fs.rmSync(dir, { recursive: true });
    }
}, 600_000);
