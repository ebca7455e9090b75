/**
 * A workspace of several deployments over stdio: the opened file is checked first, the other
 * deployments in the background with work-done progress, and a keystroke re-checks only the
 * deployment it is in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { fileUri, LspClient, type ProgressEvent } from '../helpers/lsp-client.js';
import { runCliJson } from '../helpers/run-cli.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const REALISTIC_MAX = path.join(REPO_ROOT, 'bench/fixtures/realistic-max');

interface CheckJson { diagnostics: { uri: string; code: string }[] }

describe('a workspace of several deployments', () => {
    let workspace: string;
    let client: LspClient;
    let progress: ProgressEvent[];
    const opened = () => path.join(workspace, 'mistakes', 'ece.ece');
    const filesOf = (folder: string) => fs.readdirSync(path.join(workspace, folder)).filter(f => f.endsWith('.ece')).map(f => path.join(workspace, folder, f));
    const folders = () => fs.readdirSync(workspace).sort();

    beforeAll(async () => {
        workspace = makeTempFolder('ece-portfolio-');
        for (const example of fs.readdirSync(EXAMPLES).filter(e => fs.statSync(path.join(EXAMPLES, e)).isDirectory())) {
            fs.cpSync(path.join(EXAMPLES, example), path.join(workspace, example), { recursive: true });
        }
        for (const site of ['site-a', 'site-b']) fs.cpSync(REALISTIC_MAX, path.join(workspace, site), { recursive: true });
        client = await LspClient.start(workspace);
        await client.open(opened());
        progress = await client.progressEnded();
    }, 120_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('publishes the opened file\'s diagnostics before any other deployment\'s', () => {
        const others = new Set(folders().filter(f => f !== 'mistakes').flatMap(filesOf).map(fileUri));
        const first = client.publicationOrder.indexOf(fileUri(opened()));
        const firstOther = client.publicationOrder.findIndex(uri => others.has(uri));
        expect(first).toBeGreaterThanOrEqual(0);
        expect(firstOther).toBeGreaterThan(first);
    });

    it('checks the other deployments in the background, reporting progress from 0 to 100 %', () => {
        const [begin, ...rest] = progress;
        const end = rest.pop();
        expect(begin.value.kind).toBe('begin');
        // Six deployments wait for the background once the opened one is read (seven if it asked first).
        expect((begin.value as WorkDoneProgressBegin).title).toMatch(/^Checking [67] deployments$/);
        const percentages = rest.map(r => (r.value as WorkDoneProgressReport).percentage ?? -1);
        expect(percentages.length).toBeGreaterThanOrEqual(6);
        expect(percentages).toEqual([...percentages].sort((a, b) => a - b));
        expect(percentages.at(-1)).toBe(100);
        expect((rest.at(-1)!.value as WorkDoneProgressReport).message).toMatch(/^([67]) of \1 \(100%\)$/);
        expect(end?.value.kind).toBe('end');
    });

    it('then holds every file\'s diagnostics, of files no editor opened, as ece check reports them', () => {
        const cli = runCliJson<CheckJson>(['check', '--format', 'json', workspace]);
        const files = folders().flatMap(filesOf);
        expect(files).toHaveLength(13);
        for (const file of files) {
            const expected = cli.diagnostics.filter(d => d.uri === fileUri(file)).map(d => d.code).sort();
            expect(client.diagnostics.get(fileUri(file))?.map(d => String(d.code)).sort(), file).toEqual(expected);
        }
        expect(cli.diagnostics.length).toBeGreaterThan(0);
    });

    it('re-checks only the edited deployment after a keystroke', async () => {
        const before = client.publicationOrder.length;
        const text = fs.readFileSync(opened(), 'utf8');
        const published = client.nextDiagnostics(fileUri(opened()));
        await client.change(opened(), `${text}\n`);
        await published;
        await new Promise(resolve => setTimeout(resolve, 500));
        const republished = new Set(client.publicationOrder.slice(before));
        expect([...republished].sort()).toEqual(filesOf('mistakes').map(fileUri).sort());
    });

    it('reads a checked deployment again when a file of it is opened, with the same diagnostics', async () => {
        const file = path.join(workspace, 'blended-400', 'ece.ece');
        const before = client.diagnostics.get(fileUri(file));
        expect(before).toBeDefined();
        expect(await client.open(file)).toEqual(before);
    });

    it('checks a deployment again when one of its files changes on disk, and clears a deleted file', async () => {
        const changed = path.join(workspace, 'site-a', 'deployment.ece');
        const text = fs.readFileSync(changed, 'utf8');
        fs.writeFileSync(changed, `${text}\nagent Extra_Agent { skill groups Missing_Group }\n`);
        const recheck = client.diagnosticsWhere(fileUri(changed), d => d.some(x => x.code === 'reference/unresolved'));
        const fromChange = client.progress.length;
        await client.filesChanged([{ file: changed, type: 2 }]);
        expect((await recheck).filter(d => d.code === 'reference/unresolved').map(d => d.message))
            .toEqual(["No skill group named 'Missing_Group' in this deployment folder."]);
        expect(((await client.progressEnded(60_000, fromChange))[0].value as WorkDoneProgressBegin).title).toBe('Checking 1 deployment');

        const deleted = path.join(workspace, 'growing-400', 'ece.ece');
        expect(client.diagnostics.get(fileUri(deleted))?.length).toBeGreaterThan(0);
        fs.rmSync(deleted);
        const cleared = client.diagnosticsWhere(fileUri(deleted), d => d.length === 0);
        const from = client.progress.length;
        await client.filesChanged([{ file: deleted, type: 3 }]);
        expect(await cleared).toEqual([]);
        // The rest of its deployment is checked again.
        const events = await client.progressEnded(60_000, from);
        expect((events[0].value as WorkDoneProgressBegin).title).toBe('Checking 1 deployment');
    });

    it('checks a deployment folder that arrives on disk in the background, with progress', async () => {
        const from = client.progress.length;
        const arrived = path.join(workspace, 'site-c', 'deployment.ece');
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'mistakes', 'ucce.ece'), arrived);
        const published = client.diagnosticsWhere(fileUri(arrived), d => d.length > 0);
        await client.filesChanged([{ file: arrived, type: 1 }]);
        const events = await client.progressEnded(60_000, from);
        expect((events[0].value as WorkDoneProgressBegin).title).toBe('Checking 1 deployment');
        expect(events.at(-1)?.value.kind).toBe('end');
        const cli = runCliJson<CheckJson>(['check', '--format', 'json', path.dirname(arrived)]);
        expect((await published).map(d => String(d.code)).sort()).toEqual(cli.diagnostics.map(d => d.code).sort());
    });

    it('checks a folder of which only the creation was reported, as a watcher reports a folder copied in at once', async () => {
        const from = client.progress.length;
        const folder = path.join(workspace, 'site-d');
        const arrived = path.join(folder, 'nested', 'deployment.ece');
        fs.mkdirSync(path.dirname(arrived), { recursive: true });
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'mistakes', 'ucce.ece'), arrived);
        const published = client.diagnosticsWhere(fileUri(arrived), d => d.length > 0);
        await client.filesChanged([{ file: folder, type: 1 }]);
        const events = await client.progressEnded(60_000, from);
        expect((events[0].value as WorkDoneProgressBegin).title).toBe('Checking 1 deployment');
        const cli = runCliJson<CheckJson>(['check', '--format', 'json', path.dirname(arrived)]);
        expect((await published).map(d => String(d.code)).sort()).toEqual(cli.diagnostics.map(d => d.code).sort());
    });

    it('does not read a folder outside the workspace that an event names', async () => {
        const outside = makeTempFolder('ece-outside-');
        const file = path.join(outside, 'deployment.ece');
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'mistakes', 'ucce.ece'), file);
        const before = client.publicationOrder.length;
        await client.filesChanged([{ file: outside, type: 1 }]);
        // A folder inside the workspace, created in the same moment, is read: the events were handled.
        const inside = path.join(workspace, 'site-e', 'deployment.ece');
        fs.mkdirSync(path.dirname(inside));
        fs.cpSync(path.join(REPO_ROOT, 'examples', 'mistakes', 'ucce.ece'), inside);
        const published = client.diagnosticsWhere(fileUri(inside), d => d.length > 0);
        await client.filesChanged([{ file: path.dirname(inside), type: 1 }]);
        expect((await published).length).toBeGreaterThan(0);
        expect(client.publicationOrder.slice(before)).not.toContain(fileUri(file));
    });

    it('clears the diagnostics of a checked deployment deleted as a whole folder, reported as one event', async () => {
        const folder = path.join(workspace, 'integrated-routing');
        const files = filesOf('integrated-routing');
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) expect(client.diagnostics.get(fileUri(file)), file).toBeDefined();
        // Its all-in-one server carries the high-availability findings: something to clear.
        expect(files.some(file => (client.diagnostics.get(fileUri(file))?.length ?? 0) > 0)).toBe(true);
        const cleared = files.map(file => client.diagnosticsWhere(fileUri(file), d => d.length === 0));
        fs.rmSync(folder, { recursive: true });
        await client.filesChanged([{ file: folder, type: 3 }]);
        expect(await Promise.all(cleared)).toEqual(files.map(() => []));
    });
});
