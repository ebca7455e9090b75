import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../language/ece-module.js';
import { createEceServices } from '../../server/ece-lsp-module.js';
import { applyEdits } from '../helpers/apply-edits.js';
import { REPO_ROOT } from '../helpers/check-folder.js';
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

/** The server's services in-process (langium/test's parseHelper): the formatter's rules need no stdio. */
const inProcess = createEceServices(EmptyFileSystem).Ece;
const parse = parseHelper(inProcess);

/** The edits the server's formatter gives for `text` as a file of its own. */
async function formattingEdits(text: string): Promise<TextEdit[]> {
    const document = await parse(text);
    return (await inProcess.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })) ?? [];
}

/**
 * Formats `text` as a file of its own and returns the result; expects formatting it again to change
 * nothing, and every token to be kept.
 */
async function formatAlone(text: string): Promise<string> {
    const once = applyEdits(text, await formattingEdits(text));
    const again = applyEdits(once, await formattingEdits(once));
    expect(again).toBe(once);
    expect(tokens(once)).toEqual(tokens(text));
    return once;
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
        expect(await formatAlone(text)).toBe([
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
    });

    it('closes a negative growth rate up to its minus sign', async () => {
        const text = 'load profile {\ngrowth  -  5   %   per year\n  chat growth 30 %  per year\n}';
        expect(await formatAlone(text)).toBe('load profile {\n    growth -5 % per year\n    chat growth 30 % per year\n}');
    });

    it('keeps comments in every odd place, and words the user put on a line of their own', async () => {
        const text = [
            '/* file header */ deployment D { // after brace',
            '  workflow processes /* inline */ 2',
            '      // before close',
            '}',
            'skill group A /* between */ { mrd M } // end of line',
            'department Sales { queue Q // after name',
            '    {',
            '  mrd M',
            '  skill groups A, // after comma',
            '     B',
            '    // last in block',
            '    }',
            '  // last in department',
            '}',
            '// end of file',
        ].join('\n');
        expect(await formatAlone(text)).toBe([
            '/* file header */ deployment D { // after brace',
            '    workflow processes /* inline */ 2',
            '    // before close',
            '}',
            'skill group A /* between */ { mrd M } // end of line',
            'department Sales {',
            '    queue Q // after name',
            '        {',
            '        mrd M',
            '        skill groups A, // after comma',
            '            B',
            '        // last in block',
            '    }',
            '    // last in department',
            '}',
            '// end of file',
        ].join('\n'));
    });

    it('leaves a file with syntax errors untouched', async () => {
        expect(await formattingEdits('mrd M {\n  channel inbound email\n\nqueue {')).toEqual([]);
    });
});

describe('document formatting on re-spaced text', () => {
    /**
     * Every .ece file of the repository, its whitespace replaced at random (a line ending a `//`
     * comment keeps its line break): formatting must keep every token and be idempotent. In-process,
     * for speed; the server runs the same formatter.
     */
    it('is idempotent and keeps every token on randomly re-spaced variants of every .ece file', async () => {
        const { shared, Ece } = createEceServices(EmptyFileSystem);
        let counter = 0;
        const format = async (text: string): Promise<string> => {
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///respaced/${counter++}.ece`));
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], {});
            const edits = await Ece.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
            shared.workspace.LangiumDocuments.deleteDocument(document.uri);
            return TextDocument.applyEdits(TextDocument.create('x', 'ece', 1, text), edits);
        };
        let seed = 7;
        const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        const files = [...eceFiles(EXAMPLES), ...eceFiles(path.join(REPO_ROOT, 'test/fixtures'))];
        let variants = 0;
        for (const file of files) {
            const text = fs.readFileSync(file, 'utf8');
            for (let k = 0; k < 3; k++) {
                const respaced = text.replace(/[ \t]*\n[ \t\n]*|[ \t]+/g, (run: string, offset: number) => {
                    const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
                    if (run.includes('\n') && line.includes('//')) return '\n';
                    const r = random();
                    if (run.includes('\n')) return r < 0.5 ? ' ' : r < 0.7 ? '\n' : ' \n\t  ';
                    return r < 0.5 ? ' ' : r < 0.8 ? '    ' : '\t';
                });
                const once = await format(respaced);
                expect(await format(once), file).toBe(once);
                expect(tokens(once), file).toEqual(tokens(respaced));
                variants++;
            }
        }
        expect(variants).toBeGreaterThanOrEqual(3 * 9);
    }, 120_000);
});
