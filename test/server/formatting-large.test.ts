/**
 * Formatting a large document gives, piece by piece, what formatting one piece gives: 4,000 copies of
 * a messy sample (20,000 objects) come out as 4,000 copies of the sample formatted, and with exactly
 * the edits of Langium's own formatting passes. What it asserts are values; the time it takes is a
 * benchmark figure (bench/run.ts, `formatting`).
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createEceServices } from '../../server/ece-lsp-module.js';
import { EceFormatter } from '../../server/formatter.js';
import { CancellableEceFormatter } from '../../server/langium-overrides/cancellable-formatter.js';

const parse = parseHelper(createEceServices(EmptyFileSystem).Ece);
const OPTIONS = { tabSize: 4, insertSpaces: true };

/**
 * Five objects (a skill group, an agent, a department, its queue, a script selector): blocks on one line
 * and over several, commas, comments, a brace on a line of its own, trailing spaces.
 */
const messy = (i: number) => [
    `// piece ${i}`,
    `skill group SG_${i}      { peripheral P  mrd M }`,
    `agent   A_${i}{skill groups SG_${i} ,SG_${i}_b}   `,
    `department D_${i} {      queue Q_${i} {`,
    `  mrd M   // trailing comment`,
    `     skill groups SG_${i} ,SG_${i}_b,   SG_${i}_c`,
    `   /* block */`,
    `  script selector S_${i} }`,
    `}`,
    `script selector S_${i}`,
    `{ skill groups SG_${i} }`,
].join('\n');

const formatted = (i: number) => [
    `// piece ${i}`,
    `skill group SG_${i}      { peripheral P  mrd M }`,
    `agent A_${i} { skill groups SG_${i}, SG_${i}_b }`,
    `department D_${i} {`,
    `    queue Q_${i} {`,
    `        mrd M   // trailing comment`,
    `        skill groups SG_${i}, SG_${i}_b, SG_${i}_c`,
    `        /* block */`,
    `        script selector S_${i}`,
    `    }`,
    `}`,
    `script selector S_${i}`,
    `    { skill groups SG_${i} }`,
].join('\n');

const PIECES = 4_000;

async function format(text: string, formatter: EceFormatter = new CancellableEceFormatter()): Promise<{ edits: TextEdit[]; text: string }> {
    const document = await parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return { edits, text: TextDocument.applyEdits(TextDocument.create('x', 'ece', 1, text), edits) };
}

describe('formatting a large document', () => {
    it('formats one messy piece as expected', async () => {
        expect((await format(messy(7))).text).toBe(formatted(7));
    });

    it(`formats ${PIECES.toLocaleString('en-US')} pieces (${(5 * PIECES).toLocaleString('en-US')} objects) as each piece alone, with the edits of Langium's passes`, async () => {
        const pieces = Array.from({ length: PIECES }, (_, i) => i);
        const text = pieces.map(messy).join('\n\n');
        const ours = await format(text);
        expect(ours.text).toBe(pieces.map(formatted).join('\n\n'));
        expect(ours.edits).toEqual((await format(text, new EceFormatter())).edits);
    }, 120_000);
});
