import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SizingReportView } from '../../../client/report.js';
import { ece, eceExtension, exampleUri, open, waitFor, workspaceRoot } from './helpers.js';

interface SizeJson {
    deployment: string;
    standardizedAgents: { total: number };
    configuration: { name: string };
}

interface RouteJson {
    department: string;
    queue: string;
}

const FOLDER = 'integrated-routing';

function reportTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ece.sizingReport'));
}

/** The names declared with `keyword <Name>` in the deployment's files, read from the source itself. */
function declared(keyword: string): string[] {
    const folder = path.join(workspaceRoot(), FOLDER);
    const pattern = new RegExp(`^\\s*${keyword}\\s+([A-Za-z_][A-Za-z0-9_]*)`, 'gm');
    return readdirSync(folder).filter(f => f.endsWith('.ece'))
        .flatMap(f => [...readFileSync(path.join(folder, f), 'utf8').matchAll(pattern)].map(m => m[1]));
}

function contentSecurityPolicy(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(match, 'the page has a Content-Security-Policy meta');
    return match[1].replaceAll('&#39;', '\'').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The source attributes of the first `.ece-object` of a kind and name, as the page's script reads them. */
function objectSource(html: string, kind: string, name: string): { uri: string; line: number; character: number; endLine: number; endCharacter: number } {
    const match = new RegExp(`class="[^"]*ece-object[^"]*" data-id="[^"]*" data-kind="${kind}" data-name="${name}" data-uri="([^"]*)" data-line="(\\d+)" data-character="(\\d+)" data-end-line="(\\d+)" data-end-character="(\\d+)"`).exec(html);
    assert.ok(match, `the page has a ${kind} ${name} with its source`);
    return { uri: match[1].replaceAll('&amp;', '&'), line: Number(match[2]), character: Number(match[3]), endLine: Number(match[4]), endCharacter: Number(match[5]) };
}

/** The standardized agents the CLI computes for the deployment with `ece.ece` replaced by `text`. */
async function cliTotalWith(text: string): Promise<number> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ece-report-suite-'));
    try {
        cpSync(path.join(workspaceRoot(), FOLDER), dir, { recursive: true });
        writeFileSync(path.join(dir, 'ece.ece'), text);
        return (await ece<SizeJson>('size', dir, '--json')).standardizedAgents.total;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

function totalCard(html: string): number | undefined {
    const match = /<div class="value">([\d,]+)<\/div><div class="label">standardized agents<\/div>/.exec(html);
    return match ? Number(match[1].replace(/,/g, '')) : undefined;
}

describe('Sizing report', () => {
    let view: SizingReportView;
    let size: SizeJson;

    before(async () => {
        await eceExtension();
        size = await ece<SizeJson>('size', FOLDER, '--json');
    });

    it('"ECE: Show Sizing Report" opens the HTML report of the active deployment in a webview beside the editor', async () => {
        const api = await eceExtension();
        const editor = await open(`${FOLDER}/ece.ece`);
        const shown = await vscode.commands.executeCommand<SizingReportView | undefined>('ece.showSizingReport');
        assert.ok(shown, 'the command returns the report it opened');
        assert.deepEqual(api.sizingReports().map(r => r.folder.toString()), [exampleUri(FOLDER).toString()]);
        view = api.sizingReports()[0];
        assert.equal(view.title, `Sizing Report: ${size.deployment}`);
        const tabs = await waitFor(reportTabs, list => list.length > 0, 30_000);
        assert.deepEqual(tabs.map(t => t.label), [`Sizing Report: ${size.deployment}`]);
        assert.notEqual(tabs[0].group.viewColumn, editor.viewColumn, 'the report opens beside the editor');

        const html = view.html;
        assert.ok(html.includes(`>ECE deployment ${size.deployment}</h1>`), html.slice(0, 2000));
        assert.ok(html.includes('<h2>Sizing</h2>'));
        assert.equal(totalCard(html), size.standardizedAgents.total);
        assert.ok(html.includes(`<b>${size.configuration.name} configuration</b>`), "the report's figure table names the configuration");
        const servers = declared('server');
        assert.ok(servers.length >= 2, `servers: ${servers.join(', ')}`);
        for (const server of servers) assert.ok(html.includes(`data-kind="server" data-name="${server}"`), `server ${server} is drawn`);
        const routes = await ece<RouteJson[]>('routes', FOLDER, '--json');
        assert.ok(routes.length > 0);
        assert.deepEqual(declared('queue').sort(), routes.map(r => r.queue).sort());
        for (const route of routes) assert.ok(html.includes(`data-kind="queue" data-name="${route.queue}"`), `queue ${route.queue} is drawn`);
        for (const name of ['growth', 'topology', 'routing']) assert.ok(html.includes(`data-diagram="${name}"`), `the ${name} picture is there`);
    });

    it('the page\'s Content-Security-Policy is strict: its stylesheet by hash, one script by nonce, nothing else', () => {
        const html = view.html;
        const policy = contentSecurityPolicy(html);
        const directives = new Map(policy.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([name, ...values]) => [name, values]));
        assert.deepEqual(directives.get('default-src'), ['\'none\'']);
        assert.match(directives.get('style-src')?.join(' ') ?? '', /^'sha256-[A-Za-z0-9+/=]+'$/);
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(m => m[1]);
        assert.equal(scripts.length, 1, 'one script');
        const nonce = /^ nonce="([^"]+)"$/.exec(scripts[0])?.[1];
        assert.ok(nonce && nonce.length >= 16, `the script has a nonce: ${scripts[0]}`);
        assert.deepEqual(directives.get('script-src'), [`'nonce-${nonce}'`]);
        assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|http:|https:|\*/);
        assert.doesNotMatch(html, /\son[a-z]+="/i, 'no inline event handler');
        assert.doesNotMatch(html.replace(/ data-uri="file:[^"]*"/g, ''), /https?:|\bsrc=/, 'no URL to load');
    });

    it('clicking an object (the page\'s reveal message) selects its name in the source', async () => {
        const queue = (await ece<RouteJson[]>('routes', FOLDER, '--json'))[1].queue;
        const source = objectSource(view.html, 'queue', queue);
        const editor = await view.handleMessage({ command: 'reveal', ...source });
        assert.ok(editor, 'an editor was revealed');
        assert.equal(editor.document.uri.toString(), vscode.Uri.parse(source.uri).toString());
        assert.equal(editor.document.getText(editor.selection), queue);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
        assert.notEqual(editor.viewColumn, reportTabs()[0].group.viewColumn, 'the source opens beside the report, not over it');
        const skillGroup = objectSource(view.html, 'skill-group', 'Domestic_Sales_NA');
        const other = await view.handleMessage({ command: 'reveal', ...skillGroup });
        assert.equal(other?.document.getText(other.selection), 'Domestic_Sales_NA');
        assert.ok(other?.document.uri.path.endsWith('/ucce.ece'));
        // Only objects of the report's own deployment, only well-formed messages.
        assert.equal(await view.handleMessage({ ...source, uri: exampleUri('blended-400/ece.ece').toString() }), undefined);
        assert.equal(await view.handleMessage({ ...source, line: -1 }), undefined);
        assert.equal(await view.handleMessage({ command: 'open', uri: source.uri }), undefined);
    });

    it('follows edits of the deployment\'s files', async () => {
        const editor = await open(`${FOLDER}/ece.ece`);
        const original = editor.document.getText();
        const edited = original.replace(/email (\d+) agents at/, (_whole, agents: string) => `email ${Number(agents) * 10} agents at`);
        assert.notEqual(edited, original);
        const expected = await cliTotalWith(edited);
        assert.notEqual(expected, size.standardizedAgents.total);
        const renders = view.renders;
        const whole = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(original.length));
        assert.ok(await editor.edit(builder => builder.replace(whole, edited)));
        try {
            const html = await waitFor(() => view.html, page => totalCard(page) === expected, 30_000);
            assert.equal(totalCard(html), expected);
            assert.ok(view.renders > renders);
        } finally {
            // Put the text back with an edit and save it (what is on disk already): a revert command
            // acts on whichever editor is active, and the report beside it may be.
            const all = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
            await editor.edit(builder => builder.replace(all, original));
            await editor.document.save();
        }
        assert.equal(editor.document.getText(), original);
        const back = await waitFor(() => view.html, page => totalCard(page) === size.standardizedAgents.total, 30_000);
        assert.equal(totalCard(back), size.standardizedAgents.total);
    });

    it('clicking the code lens over the deployment opens the report at its Sizing section', async () => {
        const editor = await open(`${FOLDER}/ece.ece`);
        const lenses = await waitFor(
            () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10),
            list => list.some(l => l.command), 30_000);
        const command = lenses.find(l => l.command)?.command;
        assert.equal(command?.command, 'ece.showSizingReport');
        assert.match(command.title, /standardized agents/);
        // What the editor runs when the lens is clicked: the command with the lens's arguments.
        const shown = await vscode.commands.executeCommand<SizingReportView | undefined>(command.command, ...(command.arguments ?? []));
        assert.ok(shown, 'the lens opened the report');
        assert.equal(shown.folder.toString(), exampleUri(FOLDER).toString());
        // The page's script scrolled to the section and said so.
        assert.equal(await waitFor(() => shown.shownSection, section => section === 'sizing', 30_000), 'sizing');
    });

    it('"ECE: Export Report as Markdown" writes the Markdown report (`ece report --format markdown`) to a file', async () => {
        const file = exampleUri(`${FOLDER}/ece.ece`);
        const target = exampleUri('integrated-routing-sizing-report.md');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('ece.exportReportMarkdown', file, target);
        assert.equal(written?.fsPath, target.fsPath);
        const markdown = readFileSync(target.fsPath, 'utf8');
        assert.ok(markdown.startsWith(`# ECE deployment ${size.deployment}`));
        assert.match(markdown, /\| Department \| Queue \| MRD \| Script selector \| Skill groups \| Precision queues \| Agents \|/);
        assert.match(markdown, /```mermaid\n/);
        assert.ok(markdown.includes(`| ${size.configuration.name} configuration |`), "the Markdown figure table names the configuration");
    });
});
