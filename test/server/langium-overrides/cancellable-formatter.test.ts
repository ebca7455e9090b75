/**
 * The cancellable formatter (server/langium-overrides/cancellable-formatter.ts) copies Langium's two
 * formatting passes: it must give exactly the edits Langium's own formatter gives with the same rules,
 * and stop when cancelled. In-process, with langium/test's parseHelper.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Cancellation, EmptyFileSystem, isOperationCancelled } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createEceServices } from '../../../server/ece-lsp-module.js';
import { EceFormatter } from '../../../server/formatter.js';
import { CancellableEceFormatter } from '../../../server/langium-overrides/cancellable-formatter.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const parse = parseHelper(createEceServices(EmptyFileSystem).Ece);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const OPTIONS = { tabSize: 4, insertSpaces: true };

const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ece'));
/** The same declarations without line comments, all on one line: everything to reformat. */
const squeezed = (text: string) => text.replace(/\/\/[^\n]*/g, '').replace(/\s+/g, ' ');
/** The same lines, comments included, every run of spaces (indentation too) three spaces wide. */
const respaced = (text: string) => text.replace(/[ \t]+/g, '   ').replace(/\n(?! )/g, '\n   ');
const VARIANTS: Record<string, (text: string) => string> = { 'as written': text => text, squeezed, respaced };

describe('the cancellable formatter', () => {
    it('finds the example files', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    it.each(files.flatMap(f => Object.keys(VARIANTS).map(variant => [f, variant])))('gives Langium\'s edits for examples/%s, %s', async (file, variant) => {
        const document = await parse(VARIANTS[variant](fs.readFileSync(path.join(EXAMPLES, file), 'utf8')));
        const params = { textDocument: { uri: document.uri.toString() }, options: OPTIONS };
        const ours = await new CancellableEceFormatter().formatDocument(document, params);
        expect(ours).toEqual(await new EceFormatter().formatDocument(document, params));
        if (variant !== 'as written') expect(ours.length).toBeGreaterThan(0);
    });

    it('stops when the request is cancelled', async () => {
        // More nodes than the formatter visits between two checks for cancellation.
        const document = await parse(Array.from({ length: 300 }, (_, i) => `agent A${i} { skill groups S }`).join('\n'));
        const cancelled = new Cancellation.CancellationTokenSource();
        cancelled.cancel();
        const error: unknown = await new CancellableEceFormatter()
            .formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS }, cancelled.token)
            .then(() => undefined, (e: unknown) => e);
        expect(isOperationCancelled(error)).toBe(true);
    });
});
