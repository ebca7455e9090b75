/**
 * Where a keystroke's time goes, in-process and without the LSP transport: builds a generated
 * deployment with the language server's services, then replays one-character edits and prints the
 * time of each build phase (parse, index, scopes, link, index references, validate) and of the first
 * hover after each build. For finding the cause when `npm run bench` misses a goal; for a CPU profile
 * run it with `node --cpu-prof out/bench/profile.js realistic-max`.
 *
 *   node out/bench/profile.js [fixture] [edits]
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, TextDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createEceServices } from '../server/ece-lsp-module.js';
import { writeFixtures } from './generate.js';

const name = process.argv[2] ?? 'realistic-max';
const edits = Number(process.argv[3] ?? 10);
const [fixture] = writeFixtures([name]);
const { shared, Ece } = createEceServices({ ...NodeFileSystem });
const builder = shared.workspace.DocumentBuilder;
const documents = shared.workspace.LangiumDocuments;

const phases: [DocumentState, string][] = [
    [DocumentState.Parsed, 'parse'], [DocumentState.IndexedContent, 'index'], [DocumentState.ComputedScopes, 'scopes'],
    [DocumentState.Linked, 'link'], [DocumentState.IndexedReferences, 'refs'], [DocumentState.Validated, 'validate'],
];
// CPU time (of every thread of the process) per phase: steadier than wall time on a shared machine.
let mark = 0;
const times = new Map<string, number>();
const cpuMs = (): number => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
};
for (const [state, label] of phases) {
    builder.onBuildPhase(state, () => {
        const now = cpuMs();
        times.set(label, now - mark);
        mark = now;
    });
}

function report(title: string, total: number): void {
    const parts = phases.map(([, label]) => `${label} ${(times.get(label) ?? 0).toFixed(1)}`).join('  ');
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    console.log(`${title.padEnd(10)} wall ${total.toFixed(1)} ms  cpu: ${parts}   heap ${(memory.heapUsed / 1e6).toFixed(0)} MB  rss ${(memory.rss / 1e6).toFixed(0)} MB`);
}

const editFile = fixture.files.find(f => fs.readFileSync(f, 'utf8').includes('load profile {'))!;
const uris = fixture.files.map(f => URI.file(f));
const texts = new Map(fixture.files.map(f => [URI.file(f).toString(), fs.readFileSync(f, 'utf8')]));
for (const [uri, text] of texts) shared.workspace.TextDocuments?.set(TextDocument.create(uri, 'ece', 1, text));

mark = cpuMs();
let start = performance.now();
const docs = uris.map(uri => documents.getOrCreateDocument(uri));
await Promise.all(docs);
await builder.build(await Promise.all(docs), { validation: true });
report('cold', performance.now() - start);

const editUri = URI.file(editFile).toString();
let text = texts.get(editUri)!;
const at = text.indexOf('email 800 agents') + 'email 80'.length;
for (let i = 0; i < edits; i++) {
    text = text.slice(0, at) + (i % 2 === 0 ? '1' : '0') + text.slice(at + 1);
    shared.workspace.TextDocuments?.set(TextDocument.create(editUri, 'ece', i + 2, text));
    start = performance.now();
    mark = cpuMs();
    await builder.update([URI.parse(editUri)], []);
    const built = performance.now() - start;
    const document = documents.getDocument(URI.parse(editUri))!;
    const errors = document.diagnostics?.filter(d => d.severity === 1).length ?? 0;
    report(`edit ${i + 1}`, built);
    const hoverStart = performance.now();
    const offset = text.indexOf('deployment ') >= 0 ? text.indexOf('deployment ') + 11 : text.indexOf('queue ') + 6;
    const position = document.textDocument.positionAt(offset);
    const hover = await Ece.lsp.HoverProvider?.getHoverContent(document, { textDocument: { uri: editUri }, position });
    console.log(`           errors ${errors}, hover ${(performance.now() - hoverStart).toFixed(1)} ms (${hover ? 'content' : 'none'})`);
}
