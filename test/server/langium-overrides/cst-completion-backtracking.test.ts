/**
 * Completion's backtracking read from the tree (server/langium-overrides/cst-completion-backtracking.ts)
 * must answer what Langium's lexing answers, at every offset of every example (and of texts with
 * comments everywhere), and Langium's lexing must answer when the tree is not of the text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createEceServices } from '../../../server/ece-lsp-module.js';
import { backtrackInCst, CstBacktrackingCompletionProvider } from '../../../server/langium-overrides/cst-completion-backtracking.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const services = createEceServices(EmptyFileSystem).Ece;
const parse = parseHelper(services);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.ece'));

/** Langium's backtracking, which lexes the text (its method is protected). */
class LangiumBacktracking extends CstBacktrackingCompletionProvider {
    langiums(text: string, offset: number) {
        return super.backtrackToAnyToken(text, offset);
    }
}
const langium = new LangiumBacktracking(services);

function expectLangiums(document: LangiumDocument): void {
    expect(document.parseResult.parserErrors).toEqual([]);
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode!.root;
    for (let offset = 0; offset <= text.length; offset++) {
        expect(backtrackInCst(root, offset), `at ${offset}`).toEqual(langium.langiums(text, offset));
    }
}

describe('completion backtracking read from the tree', () => {
    it.each(files.map(f => [f]))('answers as Langium at every offset of %s', async file => {
        expectLangiums(await parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')));
    });

    it.each([
        ['comments and blank text', '// a\n\n/* b */ mrd /* c */ M { channel chat } // d\n\n  /* e */  '],
        ['only comments', '// a\n/* b */'],
        ['nothing', ''],
        ['blanks', '  \n\t '],
    ])('answers as Langium on %s', async (_name, text) => {
        expectLangiums(await parse(text));
    });

    it('leaves it to Langium\'s lexing on a document with errors, and completes there', async () => {
        const document = await parse('mrd M { channel chat }\nserver S { roles ');
        expect(document.parseResult.parserErrors.length).toBeGreaterThan(0);
        const items = await services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: { line: 1, character: 17 },
        });
        expect(items?.items.length).toBeGreaterThan(0);
    });
});
