import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../language/ece-module.js';
import { applyEdits } from '../helpers/apply-edits.js';
import { REPO_ROOT, writeTempFolder } from '../helpers/check-folder.js';
import { LspClient } from '../helpers/lsp-client.js';

const lexer = createEceCoreServices(EmptyFileSystem).Ece.parser.Lexer;

/**
 * Every token of the text, comments included, in order: what formatting must never change. The
 * lines of a block comment after its first may be re-indented with it, so their indentation is not compared.
 */
function tokens(text: string): string[] {
    const result = lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => t.image.replace(/\n[ \t]*/g, '\n'));
}

function eceFiles(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? eceFiles(full) : entry.name.endsWith('.ece') ? [full] : [];
    });
}

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** Formats `file` through the server, then formats the result again. */
async function formatTwice(client: LspClient, file: string, text: string): Promise<{ once: string; again: string }> {
    const once = applyEdits(text, (await client.formatting(file)) ?? []);
    const rebuilt = client.nextDiagnostics(`file://${file}`);
    await client.change(file, once);
    await rebuilt;
    const again = applyEdits(once, (await client.formatting(file)) ?? []);
    return { once, again };
}

describe('document formatting', () => {
    let client: LspClient;
    beforeAll(async () => {
        client = await LspClient.start(EXAMPLES);
    });
    afterAll(async () => {
        await client.stop();
    });

    const files = eceFiles(EXAMPLES);

    it('finds the example files to format', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    for (const file of files) {
        it(`is idempotent and keeps every token and comment of ${path.relative(REPO_ROOT, file)}`, async () => {
            const text = fs.readFileSync(file, 'utf8');
            await client.open(file, text);
            const { once, again } = await formatTwice(client, file, text);
            expect(again).toBe(once);
            expect(tokens(once)).toEqual(tokens(text));
        });
    }

    it('indents blocks, puts one statement on a line, spaces words and commas, and keeps comments where they were', async () => {
        const text = [
            '// header comment',
            'deployment   Lab{workflow processes 2',
            '   workflow   instances 2 }',
            '',
            '',
            'department Sales {',
            '        // the only queue',
            'queue Q_S {',
            '  mrd M   // trailing comment',
            '     skill groups A ,B,   C',
            '   /* block',
            '      comment */',
            '  script selector S }',
            '}',
            'skill group A      { mrd M }',
            'mrd M { channel inbound email }',
        ].join('\n');
        const folder = writeTempFolder({ 'main.ece': text });
        const file = path.join(folder, 'main.ece');
        const local = await LspClient.start(folder);
        try {
            await local.open(file, text);
            const { once, again } = await formatTwice(local, file, text);
            expect(once).toBe([
                '// header comment',
                'deployment Lab {',
                '    workflow processes 2',
                '    workflow instances 2',
                '}',
                '',
                '',
                'department Sales {',
                '    // the only queue',
                '    queue Q_S {',
                '        mrd M   // trailing comment',
                '        skill groups A, B, C',
                '        /* block',
                '           comment */',
                '        script selector S',
                '    }',
                '}',
                'skill group A      { mrd M }',
                'mrd M { channel inbound email }',
            ].join('\n'));
            expect(again).toBe(once);
            expect(tokens(once)).toEqual(tokens(text));
        } finally {
            await local.stop();
        }
    });

    it('leaves a file with syntax errors untouched', async () => {
        const text = 'mrd M {\n  channel inbound email\n\nqueue {';
        const folder = writeTempFolder({ 'broken.ece': text });
        const file = path.join(folder, 'broken.ece');
        const local = await LspClient.start(folder);
        try {
            await local.open(file, text);
            expect(await local.formatting(file)).toEqual([]);
        } finally {
            await local.stop();
        }
    });
});
