/**
 * `npm run bench`: the language server's speed and memory on generated deployments, measured over
 * stdio with the tests' real LSP client, and yaml-language-server on the same deployment written as
 * YAML with a JSON Schema, side by side in the same run. Prints a table and writes bench/results.json.
 * See bench/README.md for what each figure means.
 *
 *   node out/bench/run.js [--only realistic-max,stress-50k-1file] [--edits 30] [--no-yaml]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Diagnostic, Position, WorkDoneProgressBegin, WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { fileUri, hoverText, LspClient, positionOf, type ProgressEvent, type ServerCommand } from '../test/helpers/lsp-client.js';
import { BENCH_DIR, PORTFOLIO, SCHEMA_FILE, writeFixtures, type Fixture } from './generate.js';

const REPO_ROOT = path.dirname(BENCH_DIR);
/** BENCH_SERVER=/path/to/out/server/main.js measures another build of the server (e.g. an earlier commit's) against the same deployments. */
const OUR_SERVER = process.env.BENCH_SERVER ?? path.join(REPO_ROOT, 'out/server/main.js');
const YAML_SERVER = path.join(REPO_ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
const RESULTS_FILE = path.join(BENCH_DIR, 'results.json');

/** yaml-language-server waits this long after a change before it validates (yamlSettings.validationDelayMs, not a setting). */
const YAML_VALIDATION_DELAY_MS = 200;

// ---- Options ------------------------------------------------------------------------------------

function option(name: string): string | undefined {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
}

const ONLY = option('only')?.split(',');
const EDITS = Number(option('edits') ?? 30);
const LOOKUPS = Number(option('lookups') ?? 30);
const WITH_YAML = !process.argv.includes('--no-yaml');
const OUT = option('out');
const DEFAULT_FIXTURES = ['realistic-max', 'stress-10k-1file', 'stress-50k-1file', 'stress-50k-100files', PORTFOLIO];

// ---- Figures ------------------------------------------------------------------------------------

interface Stats { median: number; p95: number; min: number; max: number; samples: number }

function stats(samples: number[]): Stats {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    const mid = sorted.length / 2;
    const median = sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
    return { median: round(median), p95: round(at(0.95)), min: round(sorted[0]), max: round(sorted.at(-1)!), samples: sorted.length };
}

function round(ms: number): number {
    return Math.round(ms * 10) / 10;
}

export interface ServerFigures {
    server: 'ece' | 'yaml-language-server';
    /** Process start to the first diagnostics of the opened file. */
    coldOpenMs: number;
    /** didOpen to the first diagnostics of the opened file (the server already started). */
    openToDiagnosticsMs: number;
    /** Process start until every file of the folder has had diagnostics (multi-file deployments). */
    coldAllFilesMs?: number;
    /** Workspaces of several deployments: the work-done progress of the background check. */
    background?: BackgroundFigures;
    /** Diagnostics publications, during the keystrokes, of files of other deployments than the edited one (each edit should re-check its own only). */
    otherDeploymentsRepublished?: number;
    /** didChange of one character to the edited file's diagnostics. */
    keystroke: Stats;
    /** didChange to the diagnostics of every file of the folder (multi-file deployments). */
    keystrokeAllFiles?: Stats;
    /** Whether each edit's diagnostics showed what it did (the error appears at 801 agents, goes at 800). */
    keystrokeDiagnosticsFollowEdits: boolean;
    hover: Stats;
    /** Hovers that came back empty (each should show something). */
    emptyHovers: number;
    completion: Stats;
    completionItems: number;
    /** VmHWM of the server process once the opened deployment has its diagnostics: peak resident memory of opening it. */
    openPeakMemoryMB: number;
    /** VmHWM at the end, after the keystrokes, hovers and completions: it includes the garbage V8 let accumulate. */
    peakMemoryMB: number;
    diagnosticsAfterOpen: number;
    loadBefore: number[];
    loadAfter: number[];
    formatting?: FormattingFigures;
}

interface BackgroundFigures {
    /** The progress's title, e.g. "Checking 39 deployments". */
    title: string;
    reports: number;
    /** The last percentage reported. */
    lastPercentage: number;
    /** Process start to the progress's end. */
    endMs: number;
}

interface FixtureResult {
    fixture: string;
    objects: number;
    files: number;
    megabytes: number;
    ece: ServerFigures;
    yaml?: ServerFigures;
    /** yaml-language-server's median keystroke-to-diagnostics over ours. */
    keystrokeRatio?: number;
    /** The same without yaml-language-server's fixed 200 ms validation delay. */
    keystrokeRatioWithoutYamlDelay?: number;
}

function loadAverage(): number[] {
    return os.loadavg().map(l => Math.round(l * 100) / 100);
}

function peakMemoryMB(pid: number | undefined): number {
    if (pid === undefined) return NaN;
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Math.round(kb / 1024);
}

function delay(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

/** Waits until no diagnostics have been published for `quietMs`, so one build does not bleed into the next figure. */
async function quiet(client: LspClient, quietMs = 400, limitMs = 120_000): Promise<void> {
    let seen = -1;
    let last = performance.now();
    const start = performance.now();
    for (;;) {
        const now = client.publicationCount;
        if (now !== seen) {
            seen = now;
            last = performance.now();
        }
        if (performance.now() - last >= quietMs || performance.now() - start > limitMs) return;
        await delay(25);
    }
}

// ---- One server on one deployment ---------------------------------------------------------------

interface Scenario {
    server: ServerFigures['server'];
    command: ServerCommand;
    /** The workspace folder and the file that is opened and edited. */
    folder: string;
    file: string;
    /** Every file of the workspace: for multi-file folders we also wait for all of them. */
    allFiles: string[];
    /** The files of the edited deployment (its folder): a keystroke re-checks these. */
    deploymentFiles: string[];
    languageId: string;
    /** The one character that is edited: `0` in the load profile's 800 email agents. */
    edit: Position;
    hovers: Position[];
    completion: Position;
    /** Whether the server reports the load beyond 1,500 standardized agents (ours does, a schema cannot). */
    checksSizing: boolean;
    configure?: (client: LspClient) => Promise<void>;
}

function hasSizingError(diagnostics: Diagnostic[]): boolean {
    return diagnostics.some(d => d.code === 'sizing/unsupported-agent-count');
}

async function measure(s: Scenario): Promise<ServerFigures> {
    const loadBefore = loadAverage();
    const started = performance.now();
    const client = await LspClient.start(s.folder, s.command);
    try {
        await s.configure?.(client);
        const uris = s.allFiles.map(fileUri);
        const allPublished = s.allFiles.length > 1 ? Promise.all(uris.map(u => client.nextDiagnostics(u, 300_000))) : undefined;
        const opened = performance.now();
        const text = fs.readFileSync(s.file, 'utf8');
        const diagnostics = await withTimeout(client.open(s.file, text, s.languageId), 300_000, 'first diagnostics');
        const firstDiagnostics = performance.now();
        let coldAllFilesMs: number | undefined;
        if (allPublished) {
            await allPublished;
            coldAllFilesMs = round(performance.now() - started);
        }
        const openPeakMemoryMB = peakMemoryMB(client.pid);
        // Every file has its diagnostics by now; a server without a background check reports no progress.
        const progress = s.server === 'ece' && s.allFiles.length > s.deploymentFiles.length
            ? await client.progressEnded(10_000).catch(() => undefined) : undefined;
        const background = progress ? backgroundFigures(progress, started) : undefined;
        await quiet(client);
        const deploymentUris = s.deploymentFiles.map(fileUri);
        const publicationsBefore = client.publicationOrder.length;

        // Keystrokes: replace one digit, alternately 800 → 801 (over 1,500 standardized agents) and back.
        const keystrokes: number[] = [];
        const keystrokesAll: number[] = [];
        let follows = true;
        for (let i = 0; i < EDITS; i++) {
            const digit = i % 2 === 0 ? '1' : '0';
            const mine = client.nextDiagnostics(fileUri(s.file), 300_000);
            const others = deploymentUris.length > 1 ? Promise.all(deploymentUris.map(u => client.nextDiagnostics(u, 300_000))) : undefined;
            const t = performance.now();
            await client.edit(s.file, { start: s.edit, end: { line: s.edit.line, character: s.edit.character + 1 } }, digit);
            const published = await mine;
            keystrokes.push(performance.now() - t);
            if (others) {
                await others;
                keystrokesAll.push(performance.now() - t);
            }
            if (s.checksSizing && hasSizingError(published) !== (digit === '1')) follows = false;
            if (!s.checksSizing && published.length !== 0) follows = false;
        }
        if (EDITS % 2 === 1) {
            await client.edit(s.file, { start: s.edit, end: { line: s.edit.line, character: s.edit.character + 1 } }, '0');
        }
        await quiet(client);
        const otherDeploymentsRepublished = client.publicationOrder.slice(publicationsBefore).filter(u => !deploymentUris.includes(u)).length;

        const hovers: number[] = [];
        let emptyHovers = 0;
        for (let i = 0; i < LOOKUPS; i++) {
            const t = performance.now();
            const hover = await client.hover(s.file, s.hovers[i % s.hovers.length]);
            hovers.push(performance.now() - t);
            if (hoverText(hover).length === 0) emptyHovers++;
        }
        const completions: number[] = [];
        let completionItems = 0;
        for (let i = 0; i < LOOKUPS; i++) {
            const t = performance.now();
            const items = await client.completion(s.file, s.completion);
            completions.push(performance.now() - t);
            completionItems = items.length;
        }
        return {
            server: s.server,
            coldOpenMs: round(firstDiagnostics - started),
            openToDiagnosticsMs: round(firstDiagnostics - opened),
            coldAllFilesMs,
            background,
            otherDeploymentsRepublished: s.allFiles.length > s.deploymentFiles.length ? otherDeploymentsRepublished : undefined,
            keystroke: stats(keystrokes),
            keystrokeAllFiles: keystrokesAll.length > 0 ? stats(keystrokesAll) : undefined,
            keystrokeDiagnosticsFollowEdits: follows,
            hover: stats(hovers),
            emptyHovers,
            completion: stats(completions),
            completionItems,
            openPeakMemoryMB,
            peakMemoryMB: peakMemoryMB(client.pid),
            diagnosticsAfterOpen: diagnostics.length,
            loadBefore,
            loadAfter: loadAverage(),
            formatting: s.server === 'ece' ? await measureFormatting(client, s.file) : undefined,
        };
    } finally {
        await client.stop();
    }
}

function backgroundFigures(events: ProgressEvent[], started: number): BackgroundFigures {
    const begin = events.find(e => e.value.kind === 'begin')?.value as WorkDoneProgressBegin | undefined;
    const reports = events.filter(e => e.value.kind === 'report').map(e => e.value as WorkDoneProgressReport);
    return {
        title: begin?.title ?? '',
        reports: reports.length,
        lastPercentage: reports.at(-1)?.percentage ?? 0,
        endMs: round((events.at(-1)?.at ?? NaN) - started),
    };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); });
    try {
        return await Promise.race([promise, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

// ---- The two servers' scenarios -----------------------------------------------------------------

/** Where to hover in a .ece file: the deployment (sizing), a queue, an agent, a skill-group reference, the load profile. */
function eceHovers(text: string): Position[] {
    const positions: Position[] = [];
    for (const [needle, delta] of [['deployment ', 11], ['    queue ', 10], ['agent ', 6], ['skill groups ', 13], ['incoming emails', 0]] as const) {
        if (text.includes(needle)) positions.push(positionOf(text, needle, delta));
    }
    return positions;
}

function eceScenario(fixture: Fixture): Scenario {
    // The file with the load profile: the only one in a one-file deployment, the last part otherwise.
    const file = fixture.files.find(f => fs.readFileSync(f, 'utf8').includes('load profile {'))!;
    const text = fs.readFileSync(file, 'utf8');
    return {
        server: 'ece',
        // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles our server while it is measured.
        command: { args: [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(a => a) ?? []), OUR_SERVER, '--stdio'] },
        folder: fixture.folder,
        file,
        allFiles: fixture.files,
        deploymentFiles: fixture.files.filter(f => path.dirname(f) === path.dirname(file)),
        languageId: 'ece',
        edit: positionOf(text, 'email 800 agents', 'email 80'.length),
        hovers: eceHovers(text),
        // A queue's skill-group reference: only skill groups of the queue's MRD fit there.
        completion: positionOf(text, '        skill groups ', '        skill groups '.length),
        checksSizing: true,
    };
}

function yamlScenario(fixture: Fixture): Scenario {
    const file = fixture.yaml!;
    const text = fs.readFileSync(file, 'utf8');
    return {
        server: 'yaml-language-server',
        command: { args: [YAML_SERVER, '--stdio'] },
        folder: path.dirname(file),
        file,
        allFiles: [file],
        deploymentFiles: [file],
        languageId: 'yaml',
        edit: positionOf(text, 'email: { agents: 800', 'email: { agents: 80'.length),
        // Keys the schema describes: the MRD list, a queue's script selector, a size, a server's roles.
        hovers: [positionOf(text, 'mrds:', 1), positionOf(text, 'scriptSelector:', 2), positionOf(text, 'currentDatabaseSize:', 2), positionOf(text, 'roles:', 2)],
        // A new key in a queue: the schema offers the queue's properties.
        completion: positionOf(text, '        scriptSelector:', 8),
        checksSizing: false,
        configure: async client => {
            // yaml-language-server pulls its settings (workspace/configuration) when told they changed.
            const yaml = {
                validate: true, hover: true, completion: true, format: { enable: false },
                schemaStore: { enable: false },
                schemas: { [fileUri(SCHEMA_FILE)]: ['*.yaml'] },
            };
            client.configuration.yaml = yaml;
            await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
        },
    };
}

// ---- Formatting ---------------------------------------------------------------------------------

/** Whole-document formatting requests per deployment; the first runs the formatter's code cold. */
const FORMATS = 3;

interface FormattingFigures {
    /** A `textDocument/formatting` request for the whole opened file, answered. */
    request: Stats;
    /** Edits in the answer: 0 for the generated deployments, which are written formatted. */
    edits: number;
}

async function measureFormatting(client: LspClient, file: string): Promise<FormattingFigures> {
    const times: number[] = [];
    let edits = 0;
    for (let i = 0; i < FORMATS; i++) {
        const t = performance.now();
        edits = (await client.formatting(file))?.length ?? 0;
        times.push(performance.now() - t);
    }
    return { request: stats(times), edits };
}

function formattingGoals(byName: Map<string, FixtureResult>): Goal[] {
    const formatting = byName.get('stress-50k-1file')?.ece.formatting;
    if (!formatting) return [];
    const median = formatting.request.median;
    return [{ name: 'stress-50k-1file: formatting', value: median, unit: 'ms', target: '< 1000 ms', pass: median < 1000 }];
}

const FORMATTING_COLUMNS = ['formatting p50', 'edits'];

function formattingCells(f: ServerFigures): string[] {
    return f.formatting ? [ms(f.formatting.request.median), String(f.formatting.edits)] : ['', ''];
}

// ---- Goals and output ---------------------------------------------------------------------------

interface Goal { name: string; value: number | undefined; unit: string; target: string; pass: boolean | undefined }

function goals(results: FixtureResult[]): Goal[] {
    const byName = new Map(results.map(r => [r.fixture, r]));
    const max = byName.get('realistic-max');
    const list: Goal[] = [];
    if (max) {
        list.push({ name: 'realistic-max: median keystroke → diagnostics', value: max.ece.keystroke.median, unit: 'ms', target: '< 50 ms', pass: max.ece.keystroke.median < 50 });
        list.push({ name: 'realistic-max: median hover', value: max.ece.hover.median, unit: 'ms', target: '< 10 ms', pass: max.ece.hover.median < 10 });
        if (max.keystrokeRatio !== undefined) {
            list.push({ name: 'realistic-max: keystroke vs yaml-language-server', value: max.keystrokeRatio, unit: '×', target: '≥ 5×', pass: max.keystrokeRatio >= 5 });
        }
    }
    if (max?.yaml) {
        list.push({ name: 'realistic-max: peak memory vs yaml-language-server', value: max.ece.peakMemoryMB, unit: 'MB', target: `≤ ${max.yaml.peakMemoryMB} MB`, pass: max.ece.peakMemoryMB <= max.yaml.peakMemoryMB });
    }
    list.push(...portfolioGoals(byName.get(PORTFOLIO)));
    for (const name of ['stress-50k-1file', 'stress-50k-100files']) {
        const r = byName.get(name);
        if (!r) continue;
        const open = r.ece.coldAllFilesMs ?? r.ece.coldOpenMs;
        list.push({ name: `${name}: cold open → diagnostics`, value: open, unit: 'ms', target: '< 2000 ms', pass: open < 2000 });
        list.push({ name: `${name}: peak memory opening it`, value: r.ece.openPeakMemoryMB, unit: 'MB', target: '< 300 MB', pass: r.ece.openPeakMemoryMB < 300 });
    }
    list.push(...formattingGoals(byName));
    return list;
}

/** The 40-deployment workspace: the opened file first, the rest in the background, a keystroke as in one deployment. */
function portfolioGoals(portfolio: FixtureResult | undefined): Goal[] {
    if (!portfolio) return [];
    const { ece } = portfolio;
    const background = ece.background;
    return [
        { name: `${PORTFOLIO}: didOpen → the opened file's diagnostics`, value: ece.openToDiagnosticsMs, unit: 'ms', target: '< 800 ms', pass: ece.openToDiagnosticsMs < 800 },
        {
            name: `${PORTFOLIO}: background check progress ("${background?.title ?? 'none'}", ${background?.reports ?? 0} reports)`,
            value: background?.lastPercentage, unit: '%', target: 'begin … 100 % … end',
            pass: background !== undefined && /^Checking \d+ deployments?$/.test(background.title) && background.lastPercentage === 100,
        },
        { name: `${PORTFOLIO}: median keystroke → diagnostics`, value: ece.keystroke.median, unit: 'ms', target: '< 20 ms', pass: ece.keystroke.median < 20 },
        { name: `${PORTFOLIO}: other deployments' files re-published by the keystrokes`, value: ece.otherDeploymentsRepublished, unit: 'files', target: '0', pass: ece.otherDeploymentsRepublished === 0 },
        { name: `${PORTFOLIO}: peak memory`, value: ece.peakMemoryMB, unit: 'MB', target: '< 500 MB', pass: ece.peakMemoryMB < 500 },
    ];
}

/** The 40-deployment workspace's figures over realistic-max alone's, measured in the same run. */
function portfolioRatios(results: FixtureResult[]): string[] {
    const portfolio = results.find(r => r.fixture === PORTFOLIO)?.ece;
    const alone = results.find(r => r.fixture === 'realistic-max')?.ece;
    if (!portfolio || !alone) return [];
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}× (${a} vs ${b})`;
    return [
        `${PORTFOLIO} / realistic-max alone (same run):`,
        `  didOpen → the opened file's diagnostics  ${ratio(portfolio.openToDiagnosticsMs, alone.openToDiagnosticsMs)} ms`,
        `  cold open (process start → diagnostics)  ${ratio(portfolio.coldOpenMs, alone.coldOpenMs)} ms`,
        `  every file's diagnostics (40 vs 1)       ${ratio(portfolio.coldAllFilesMs ?? NaN, alone.coldOpenMs)} ms`,
        `  keystroke → diagnostics, median          ${ratio(portfolio.keystroke.median, alone.keystroke.median)} ms`,
        `  peak memory                              ${ratio(portfolio.peakMemoryMB, alone.peakMemoryMB)} MB`,
    ];
}

function table(rows: string[][]): string {
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map((r, i) => {
        const line = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
        return i === 0 ? `${line}\n${widths.map(w => '-'.repeat(w)).join('  ')}` : line;
    }).join('\n');
}

function ms(n: number | undefined): string {
    return n === undefined ? '' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`;
}

function print(results: FixtureResult[], goalList: Goal[]): void {
    const rows = [['deployment', 'server', 'objects', 'cold open', 'didOpen→diag', 'all files', 'keystroke p50', 'p95', 'all files p50', 'hover p50', 'completion p50', 'open MB', 'peak MB', 'load']];
    rows[0].push(...FORMATTING_COLUMNS);
    for (const r of results) {
        for (const f of [r.ece, r.yaml]) {
            if (!f) continue;
            rows.push([
                r.fixture, f.server === 'ece' ? 'ece' : 'yaml-ls', r.objects.toLocaleString('en-US'), ms(f.coldOpenMs), ms(f.openToDiagnosticsMs), ms(f.coldAllFilesMs),
                ms(f.keystroke.median), ms(f.keystroke.p95), ms(f.keystrokeAllFiles?.median), ms(f.hover.median), ms(f.completion.median),
                String(f.openPeakMemoryMB), String(f.peakMemoryMB), f.loadBefore[0].toFixed(2),
            ]);
            rows[rows.length - 1].push(...formattingCells(f));
        }
    }
    console.log(table(rows));
    console.log();
    const ratios = portfolioRatios(results);
    if (ratios.length > 0) console.log(`${ratios.join('\n')}\n`);
    for (const r of results) {
        if (r.keystrokeRatio === undefined) continue;
        console.log(`${r.fixture}: keystroke → diagnostics, yaml-language-server / ece = ${r.keystrokeRatio.toFixed(1)}× `
            + `(${r.keystrokeRatioWithoutYamlDelay!.toFixed(1)}× without its fixed ${YAML_VALIDATION_DELAY_MS} ms validation delay)`);
    }
    for (const r of results) {
        for (const f of [r.ece, r.yaml]) {
            if (!f) continue;
            if (f.diagnosticsAfterOpen > 0) console.log(`note: ${f.server} reported ${f.diagnosticsAfterOpen} diagnostics on opening ${r.fixture}; the deployments are meant to be clean.`);
            if (!f.keystrokeDiagnosticsFollowEdits) console.log(`note: ${f.server}'s diagnostics on ${r.fixture} did not follow the edits.`);
            if (f.emptyHovers > 0) console.log(`note: ${f.server} gave ${f.emptyHovers} empty hovers on ${r.fixture}.`);
        }
    }
    console.log();
    console.log(table([['goal', 'figure', 'target', ''], ...goalList.map(g => [
        g.name, g.value === undefined ? '' : g.unit === '×' ? `${g.value.toFixed(1)}×` : `${g.value} ${g.unit}`, g.target, g.pass ? 'PASS' : 'MISS',
    ])]));
}

function gitCommit(cwd = REPO_ROOT): string | undefined {
    try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    } catch {
        return undefined;
    }
}

/**
 * The measured server without this machine's paths: `out/server/main.js` for this build; for another
 * (BENCH_SERVER) its commit and its path inside its own checkout, e.g. `758218c out/server/main.js`.
 */
function serverLabel(): string {
    const server = path.resolve(OUR_SERVER);
    const inRepo = path.relative(REPO_ROOT, server);
    if (!inRepo.startsWith('..')) return inRepo.split(path.sep).join('/');
    const checkout = path.resolve(server, '../../..');
    const inCheckout = path.relative(checkout, server).split(path.sep).join('/');
    const commit = gitCommit(path.dirname(server));
    return commit ? `${commit} ${inCheckout}` : inCheckout;
}

async function main(): Promise<void> {
    if (!fs.existsSync(OUR_SERVER)) throw new Error(`${OUR_SERVER} is missing: run npm run build first`);
    const names = ONLY ?? DEFAULT_FIXTURES;
    const fixtures = writeFixtures(names);
    const results: FixtureResult[] = [];
    for (const fixture of fixtures) {
        process.stderr.write(`${fixture.name}: ece …`);
        const ece = await measure(eceScenario(fixture));
        let yaml: ServerFigures | undefined;
        if (WITH_YAML && fixture.yaml) {
            process.stderr.write(' yaml-language-server …');
            yaml = await measure(yamlScenario(fixture));
        }
        process.stderr.write(' done\n');
        const megabytes = round(fixture.files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1e6);
        const result: FixtureResult = { fixture: fixture.name, objects: fixture.objects, files: fixture.files.length, megabytes, ece, yaml };
        if (yaml) {
            result.keystrokeRatio = round(yaml.keystroke.median / ece.keystroke.median);
            result.keystrokeRatioWithoutYamlDelay = round((yaml.keystroke.median - YAML_VALIDATION_DELAY_MS) / ece.keystroke.median);
        }
        results.push(result);
    }
    const goalList = goals(results);
    print(results, goalList);
    const report = {
        date: new Date().toISOString(),
        commit: gitCommit(),
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        server: serverLabel(),
        edits: EDITS,
        lookups: LOOKUPS,
        results,
        goals: goalList,
    };
    // A partial run (--only) keeps the other fixtures' figures from the last full run.
    fs.writeFileSync(OUT ?? (ONLY ? path.join(BENCH_DIR, 'results.partial.json') : RESULTS_FILE), `${JSON.stringify(report, null, 2)}\n`);
}

main().catch(error => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
});
