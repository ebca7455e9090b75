/**
 * While a user types, most texts are incomplete. Every editor feature must answer on any prefix of
 * a real deployment without throwing. Runs the providers in-process (no stdio) over many cut points
 * of every example file, the rest of its folder beside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createEceServices } from '../../server/ece-lsp-module.js';
import { REPO_ROOT } from '../helpers/check-folder.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const CUTS_PER_FILE = 60;
const HOVERS_PER_CUT = 12;

describe('editor features on incomplete text', () => {
    for (const folderName of fs.readdirSync(EXAMPLES).filter(f => fs.statSync(path.join(EXAMPLES, f)).isDirectory())) {
        it(`answer on every prefix of the files of examples/${folderName}`, async () => {
            const { shared, Ece } = createEceServices(EmptyFileSystem);
            const factory = shared.workspace.LangiumDocumentFactory;
            const documents = shared.workspace.LangiumDocuments;
            const folder = path.join(EXAMPLES, folderName);
            const names = fs.readdirSync(folder).filter(n => n.endsWith('.ece'));
            const uriOf = (name: string) => URI.parse(`file:///robustness/${folderName}/${name}`);
            let answered = 0;
            for (const name of names) {
                const full = fs.readFileSync(path.join(folder, name), 'utf8');
                const step = Math.max(1, Math.ceil(full.length / CUTS_PER_FILE));
                for (let cut = 0; cut <= full.length; cut += step) {
                    const loaded: LangiumDocument[] = names.map(n => {
                        const text = n === name ? full.slice(0, cut) : fs.readFileSync(path.join(folder, n), 'utf8');
                        const document = factory.fromString(text, uriOf(n));
                        documents.addDocument(document);
                        return document;
                    });
                    await shared.workspace.DocumentBuilder.build(loaded, { validation: true });
                    const document = loaded[names.indexOf(name)];
                    const textDocument = { uri: document.uri.toString() };
                    const end = document.textDocument.positionAt(cut);
                    const all = { start: { line: 0, character: 0 }, end };
                    const lsp = Ece.lsp;
                    for (let i = 0; i < HOVERS_PER_CUT; i++) {
                        const position = document.textDocument.positionAt(Math.floor((cut * i) / HOVERS_PER_CUT));
                        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
                    }
                    await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
                    await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
                    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: all });
                    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
                    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: all, context: { diagnostics: document.diagnostics ?? [] } });
                    answered++;
                    for (const d of loaded) documents.deleteDocument(d.uri);
                }
            }
            expect(answered).toBeGreaterThan(CUTS_PER_FILE * names.length * 0.9);
        }, 120_000);
    }
});
