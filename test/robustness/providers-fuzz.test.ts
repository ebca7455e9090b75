/**
 * Property tests of the language server's providers, in-process with the server's own services, on
 * the examples and every rule fixture, damaged by random mutations (truncations, deletions,
 * duplicated and shuffled lines, random code points):
 * - hover, completion, formatting, document symbols, semantic tokens, folding, code lens, inlay
 *   hints, code actions and every offered quick-fix never throw, and each answers within 2 s;
 * - formatting is idempotent, keeps every token and comment, and changes no diagnostic;
 * - every quick-fix removes its diagnostic and adds no error;
 * - rename changes only the renamed object's declaration and references (and, for an MRD or a
 *   script selector, the queues named after it by the `<MRD>_<Script>` convention).
 * `npm test` runs a few dozen cases of each; `npm run fuzz` (ECE_FUZZ_RUNS) many more.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import * as ast from '../../language/generated/ast.js';
import { applyEdits } from '../helpers/apply-edits.js';
import { corpusFolders, type CorpusFolder } from './corpus.js';
import { ANSWER_MS, InProcessServer, tokenSequence, wholeRange, type LoadedFolder } from './lsp-harness.js';
import { mutation, type Mutation } from './mutations.js';

const RUNS = Number(process.env.ECE_FUZZ_RUNS ?? 30);
/** fast-check's parameters: RUNS cases, from the seed a failure printed when ECE_FUZZ_SEED is set (to replay it). */
const PARAMETERS: fc.Parameters<unknown> = { numRuns: RUNS, ...(process.env.ECE_FUZZ_SEED ? { seed: Number(process.env.ECE_FUZZ_SEED) } : {}) };
/** Time for a property of RUNS cases (a case takes milliseconds; seconds under `npm run fuzz` on a busy machine). */
const PROPERTY_TIMEOUT = 60_000 + RUNS * 1_000;
const corpus = corpusFolders();
const server = new InProcessServer();
const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** A corpus folder with one of its files damaged by 0–4 mutations. */
const damagedFolder = fc.record({
    folder: fc.constantFrom(...corpus),
    file: unit,
    mutations: fc.array(mutation, { maxLength: 4 }),
}).map(({ folder, file, mutations }) => damage(folder, file, mutations));

function damage(folder: CorpusFolder, file: number, mutations: Mutation[]): { name: string; files: Record<string, string>; damaged: string } {
    const names = Object.keys(folder.files);
    const damaged = names[Math.floor(file * names.length)];
    return { name: folder.name, damaged, files: { ...folder.files, [damaged]: mutations.reduce((text, m) => m(text), folder.files[damaged]) } };
}

function expectAnsweredInTime(): void {
    const slowest = server.slowest();
    expect(slowest.ms, `${slowest.label} took ${Math.round(slowest.ms)} ms`).toBeLessThan(ANSWER_MS);
    resetTimings();
}

function resetTimings(): void {
    server.timings.length = 0;
}

/** A diagnostic by code and message; offsets and line numbers in the message left out (an edit above moves them). */
const key = (d: Diagnostic) => `${String(d.code)}|${d.message.replace(/ at offset: \d+/, '').replace(/\.ece:\d+/g, '.ece').replace(/ at line \d+/g, '')}`;

const isSyntaxError = (d: Diagnostic) => typeof d.code === 'string' && d.code.startsWith('syntax/');

function countBy(diagnostics: Diagnostic[], of: (d: Diagnostic) => string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of diagnostics) counts.set(of(d), (counts.get(of(d)) ?? 0) + 1);
    return counts;
}

function allDiagnostics(folder: LoadedFolder): Diagnostic[] {
    return folder.documents.flatMap(d => d.diagnostics ?? []);
}

/** The folder's files after a workspace edit (edits only to files of the folder). */
function applyWorkspaceEdit(folder: LoadedFolder, files: Record<string, string>, edit: WorkspaceEdit): Record<string, string> {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const name = folder.nameOf(uri);
        if (name === undefined) throw new Error(`An edit outside the folder: ${uri}`);
        result[name] = applyEdits(result[name], edits);
    }
    expect(edit.documentChanges).toBeUndefined();
    return result;
}

/** The quick-fixes offered on each diagnostic of each file (with the diagnostic they were asked for). */
async function quickFixes(folder: LoadedFolder): Promise<{ diagnostic: Diagnostic; action: CodeAction }[]> {
    const offered: { diagnostic: Diagnostic; action: CodeAction }[] = [];
    for (const document of folder.documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            for (const action of await server.codeActions(document, diagnostic.range, [diagnostic])) {
                if (action.kind === 'quickfix' && action.edit) offered.push({ diagnostic, action });
            }
        }
    }
    return offered;
}

/**
 * Applies a quick-fix and validates the folder again: the diagnostics it names are gone (fewer of
 * each code and message) and no error appears that was not there.
 */
async function expectFixWorks(folder: LoadedFolder, files: Record<string, string>, fix: { diagnostic: Diagnostic; action: CodeAction }): Promise<void> {
    const before = allDiagnostics(folder);
    const fixed = applyWorkspaceEdit(folder, files, fix.action.edit!);
    await server.with(fixed, async after => {
        const diagnostics = allDiagnostics(after);
        const context = `'${fix.action.title}' on ${fix.diagnostic.code} "${fix.diagnostic.message}"`;
        const countsBefore = countBy(before, key);
        const countsAfter = countBy(diagnostics, key);
        const named = countBy(fix.action.diagnostics ?? [fix.diagnostic], key);
        for (const [k, n] of named) {
            expect(countsAfter.get(k) ?? 0, `${context}: ${k} remains`).toBeLessThanOrEqual((countsBefore.get(k) ?? 0) - n);
        }
        const errorsBefore = countBy(before.filter(d => d.severity === 1), key);
        const added = [...countBy(diagnostics.filter(d => d.severity === 1), key)].filter(([k, n]) => n > (errorsBefore.get(k) ?? 0)).map(([k]) => k);
        expect(added, `${context} added errors`).toEqual([]);
    });
}

describe('the language server\'s providers on damaged files', () => {
    it('has the examples and rule fixtures to start from', () => {
        expect(corpus.length).toBeGreaterThanOrEqual(60);
        expect(corpus.map(f => f.name)).toEqual(expect.arrayContaining(['examples/mistakes', 'examples/integrated-routing']));
    });

    it('never throw and each answers within 2 s: hover, completion, formatting, symbols, tokens, folding, lens, hints, code actions, quick-fixes', async () => {
        await fc.assert(fc.asyncProperty(damagedFolder, fc.array(unit, { minLength: 6, maxLength: 6 }), async (input, places) => {
            resetTimings();
            await server.with(input.files, async folder => {
                const document = folder.document(input.damaged);
                const text = document.textDocument.getText();
                const at = (u: number) => document.textDocument.positionAt(Math.floor(u * (text.length + 1)));
                for (const u of places) await server.hover(document, at(u));
                for (const u of places.slice(0, 3)) await server.completion(document, at(u));
                await server.formatting(document);
                await server.documentSymbols(document);
                await server.semanticTokens(document);
                await server.foldingRanges(document);
                await server.codeLens(document);
                await server.inlayHints(document);
                await server.codeActions(document, wholeRange(document), document.diagnostics ?? []);
                for (const fix of await quickFixes(folder)) {
                    // Applying it and checking again must not throw either (its effect: the next test).
                    await server.with(applyWorkspaceEdit(folder, input.files, fix.action.edit!), async () => undefined);
                }
            });
            expectAnsweredInTime();
        }), PARAMETERS);
    }, PROPERTY_TIMEOUT);
});

describe('formatting', () => {
    /** Replaces the whitespace between tokens with other whitespace (a line comment keeps its line end). */
    const reflowed = fc.record({ folder: fc.constantFrom(...corpus), file: unit, gaps: fc.array(fc.nat(11), { minLength: 1, maxLength: 64 }) })
        .map(({ folder, file, gaps }) => {
            const names = Object.keys(folder.files);
            const name = names[Math.floor(file * names.length)];
            return { folder, name, text: reflow(folder.files[name], gaps) };
        });

    function reflow(text: string, choices: number[]): string {
        const WHITESPACE = [' ', '  ', '\t', '\n', '\n\n', '\n\t', '    ', ' \n  ', '\r\n', '\n   \n', '', ''];
        const { tokens, hidden } = server.Ece.parser.Lexer.tokenize(text);
        const all = [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset);
        let result = '';
        let at = 0;
        all.forEach((token, i) => {
            const gap = text.slice(at, token.startOffset);
            let chosen = WHITESPACE[choices[i % choices.length]];
            if (gap.length > 0 && chosen === '') chosen = ' ';
            if (i > 0 && all[i - 1].tokenType.name === 'SL_COMMENT' && !chosen.includes('\n')) chosen += '\n';
            // Whitespace only where the text had whitespace or nothing: never inside a token.
            result += /^\s*$/.test(gap) ? chosen : gap;
            result += token.image;
            at = token.startOffset + token.image.length;
        });
        return result + text.slice(at);
    }

    async function format(files: Record<string, string>, name: string): Promise<{ formatted: string; diagnostics: Diagnostic[] }> {
        return server.with(files, async folder => {
            const document = folder.document(name);
            const edits = await server.formatting(document);
            return { formatted: applyEdits(document.textDocument.getText(), edits), diagnostics: allDiagnostics(folder) };
        });
    }

    async function expectWellFormatted(files: Record<string, string>, name: string): Promise<void> {
        const original = files[name];
        const first = await format(files, name);
        expect(tokenSequence(server.Ece, first.formatted)).toEqual(tokenSequence(server.Ece, original));
        const second = await format({ ...files, [name]: first.formatted }, name);
        expect(second.formatted, 'formatting twice changes the text again').toBe(first.formatted);
        // The meaning is kept: the same diagnostics (by code and message), e.g. suppression comments still apply.
        expect(second.diagnostics.map(key).sort()).toEqual(first.diagnostics.map(key).sort());
    }

    it('keeps every token and comment, is idempotent and keeps the diagnostics, on every file of the corpus', async () => {
        let files = 0;
        for (const folder of corpus) {
            for (const name of Object.keys(folder.files)) {
                await expectWellFormatted(folder.files, name);
                files++;
            }
        }
        expect(files).toBeGreaterThanOrEqual(100);
        expectAnsweredInTime();
    }, 120_000);

    it('does the same whatever whitespace the files were written with', async () => {
        await fc.assert(fc.asyncProperty(reflowed, async ({ folder, name, text }) => {
            await expectWellFormatted({ ...folder.files, [name]: text }, name);
        }), PARAMETERS);
        expectAnsweredInTime();
    }, PROPERTY_TIMEOUT);

    it('keeps every token and comment of damaged files (which it may leave as they are)', async () => {
        await fc.assert(fc.asyncProperty(damagedFolder, async input => {
            const { formatted } = await format(input.files, input.damaged);
            expect(tokenSequence(server.Ece, formatted)).toEqual(tokenSequence(server.Ece, input.files[input.damaged]));
        }), PARAMETERS);
        expectAnsweredInTime();
    }, PROPERTY_TIMEOUT);
});

describe('quick-fixes', () => {
    it('each, on every file of the corpus where it is offered, removes its diagnostic and adds no error', async () => {
        const applied = new Map<string, number>();
        for (const folder of corpus) {
            await server.with(folder.files, async loaded => {
                for (const fix of await quickFixes(loaded)) {
                    await expectFixWorks(loaded, folder.files, fix);
                    const kind = fix.action.title.startsWith('Suppress') ? 'suppress' : fix.action.title.startsWith('Fix all') ? 'fix all' : 'fix';
                    applied.set(kind, (applied.get(kind) ?? 0) + 1);
                }
            });
        }
        // Every kind is exercised: rule fixes, "Fix all" and suppressions.
        expect(applied.get('fix')).toBeGreaterThanOrEqual(15);
        expect(applied.get('suppress')).toBeGreaterThanOrEqual(20);
        expect(applied.get('fix all')).toBeGreaterThanOrEqual(1);
        expectAnsweredInTime();
    }, 300_000);

    it('on damaged files that still parse (duplicated and shuffled lines, deletions that happen to keep the syntax)', async () => {
        // Where the parser had to recover, its guess of the structure moves with any edit, so a fix
        // there is only held to not throw (the first property).
        let parsed = 0;
        await fc.assert(fc.asyncProperty(damagedFolder, async input => {
            await server.with(input.files, async folder => {
                if (allDiagnostics(folder).some(isSyntaxError)) return;
                parsed++;
                for (const fix of await quickFixes(folder)) await expectFixWorks(folder, input.files, fix);
            });
        }), PARAMETERS);
        expect(parsed).toBeGreaterThan(RUNS / 10);
        expectAnsweredInTime();
    }, PROPERTY_TIMEOUT);
});

describe('rename', () => {
    interface Declared {
        node: AstNode;
        document: LangiumDocument;
        name: string;
        range: Range;
    }

    function declarations(folder: LoadedFolder): Declared[] {
        const names = server.Ece.references.NameProvider;
        return folder.documents.flatMap(document => AstUtils.streamAst(document.parseResult.value).toArray().flatMap(node => {
            const nameNode = names.getNameNode(node);
            const name = names.getName(node);
            return nameNode && name && nameNode.text === name ? [{ node, document, name, range: nameNode.range }] : [];
        }));
    }

    const rangeKey = (uri: string, r: Range) => `${uri}:${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

    /** Every place that names `target`: its declaration and each reference the linker resolved to it. */
    function placesOf(folder: LoadedFolder, target: Declared): Set<string> {
        const places = new Set([rangeKey(target.document.uri.toString(), target.range)]);
        for (const document of folder.documents) {
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                for (const { reference } of AstUtils.streamReferences(node)) {
                    const resolved = 'ref' in reference ? reference.ref : undefined;
                    if (resolved === target.node && reference.$refNode) places.add(rangeKey(document.uri.toString(), reference.$refNode.range));
                }
            }
        }
        return places;
    }

    /**
     * The queues named `<MRD>_<Script>` after the renamed MRD or script selector, which rename
     * follows, with the name each gets.
     */
    function conventionQueues(all: Declared[], target: Declared, newName: string): { queue: Declared; newName: string }[] {
        if (!ast.isMrd(target.node) && !ast.isScriptSelector(target.node)) return [];
        return all.flatMap(d => {
            if (!ast.isQueue(d.node)) return [];
            // The convention is about the names written in the queue (its last `mrd` and `script selector`
            // statements), whether or not they resolve: a half-typed MRD does not unname its queues.
            const mrd = d.node.statements.filter(ast.isMrdAssignment).filter(a => a.mrd).at(-1)?.mrd.$refText;
            const script = d.node.statements.filter(ast.isScriptSelectorAssignment).filter(a => a.scriptSelector).at(-1)?.scriptSelector.$refText;
            if (mrd === undefined || script === undefined || d.name !== `${mrd}_${script}`) return [];
            if (ast.isMrd(target.node) ? mrd !== target.name : script !== target.name) return [];
            return [{ queue: d, newName: ast.isMrd(target.node) ? `${newName}_${script}` : `${mrd}_${newName}` }];
        });
    }

    it('changes only the declaration and references of the renamed object (and queues named after it)', async () => {
        let renamed = 0;
        await fc.assert(fc.asyncProperty(damagedFolder, unit, unit, fc.nat(999), async (input, pick, within, suffix) => {
            resetTimings();
            await server.with(input.files, async folder => {
                const all = declarations(folder);
                if (all.length === 0) return;
                const target = all[Math.floor(pick * all.length)];
                const newName = `Renamed_${suffix}`;
                const position = { line: target.range.start.line, character: target.range.start.character + Math.floor(within * target.name.length) };
                const edit = await server.rename(target.document, position, newName);
                expect(edit, `rename of ${target.name} offered nothing`).toBeDefined();
                renamed++;
                const own = placesOf(folder, target);
                const queues = new Map(conventionQueues(all, target, newName).flatMap(({ queue, newName: newQueue }) =>
                    [...placesOf(folder, queue)].map(place => [place, { oldName: queue.name, newName: newQueue }] as const)));
                const changed = new Set<string>();
                for (const [uri, edits] of Object.entries(edit!.changes ?? {})) {
                    const document = folder.documents.find(d => d.uri.toString() === uri);
                    expect(document, `an edit outside the folder: ${uri}`).toBeDefined();
                    for (const e of edits as TextEdit[]) {
                        const place = rangeKey(uri, e.range);
                        const old = document!.textDocument.getText(e.range);
                        changed.add(place);
                        if (own.has(place)) {
                            expect([old, e.newText]).toEqual([target.name, newName]);
                        } else {
                            const queue = queues.get(place);
                            expect(queue, `rename of ${target.name} (${target.node.$type}) changed '${old}' at ${place}, not one of its references`).toBeDefined();
                            expect([old, e.newText]).toEqual([queue!.oldName, queue!.newName]);
                        }
                    }
                }
                // And every reference of it is renamed, none forgotten.
                expect([...own].filter(place => !changed.has(place))).toEqual([]);
                expect(edit!.documentChanges).toBeUndefined();
            });
            expectAnsweredInTime();
        }), PARAMETERS);
        expect(renamed).toBeGreaterThan(RUNS / 2);
        expectAnsweredInTime();
    }, PROPERTY_TIMEOUT);
});
