/**
 * `ece/reportHtml` and `ece/report` over stdio: the server answers with the page and the Markdown
 * that `ece report` writes, the page made for a webview (a strict Content-Security-Policy and one
 * nonce'd script that posts `reveal` messages). The same request is asked of the esbuild bundle that
 * the VS Code extension ships, where Vega and Graphviz are bundled into one CommonJS file.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../report/html.js';
import {
    REPORT_HTML_REQUEST, REPORT_REQUEST, type Report, type ReportHtml, type RevealMessage,
} from '../../server/protocol/custom-protocol.js';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { EXAMPLES, examplesServer, MISTAKES, ROUTING } from '../helpers/examples-server.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';

function contentSecurityPolicy(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    if (!match) throw new Error('no Content-Security-Policy meta');
    return match[1].replaceAll('&#39;', '\'').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function directives(policy: string): Map<string, string[]> {
    return new Map(policy.split(';').map(d => d.trim().split(/\s+/)).filter(d => d[0]).map(([name, ...values]) => [name, values]));
}

/** The page as `ece report --html` writes it when run in the deployment's folder (file names as the server shows them). */
function cliHtml(folder: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ece-report-'));
    try {
        const out = path.join(dir, 'report.html');
        const result = runCli(['report', '.', '--html', out], folder);
        expect(result.stderr).toBe('');
        return readFileSync(out, 'utf-8');
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** What differs by design between the CLI's page and the webview's: the policy, our script, the generator. */
function withoutHostParts(html: string): string {
    return html
        .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '<meta http-equiv="Content-Security-Policy">')
        .replace(/<script nonce="[^"]*">[\s\S]*?<\/script>\n/, '')
        .replace(/<meta name="generator" content="[^"]*">\n/, '')
        .replace(/<footer>[^<]*<\/footer>\n/, '')
        // The editor's page links sources by URI to open them; the CLI's, which leaves the machine, by file name.
        .replace(/ data-uri="file:\/\/\/[^"]*\/([^"/]*)"/g, ' data-uri="$1"');
}

describe('ece/reportHtml and ece/report over stdio', () => {
    const session = examplesServer();

    const reportHtml = (c: LspClient, file: string) => c.connection.sendRequest<ReportHtml | null>(REPORT_HTML_REQUEST, { uri: fileUri(file) });

    it('answers the page of the file\'s deployment: its name, folder, files, servers and queues', async () => {
        const report = await reportHtml(session.client, path.join(ROUTING, 'ucce.ece'));
        const { deployment } = session.routing.analysis;
        expect(report).not.toBeNull();
        expect(report!.name).toBe(deployment.name);
        expect(report!.title).toBe(`Sizing Report: ${deployment.name}`);
        expect(report!.folder).toBe(fileUri(ROUTING));
        expect([...report!.files].sort()).toEqual([fileUri(path.join(ROUTING, 'ece.ece')), fileUri(path.join(ROUTING, 'ucce.ece'))]);
        const html = report!.html;
        expect(html).toContain(`<h1 class="ece-object"`);
        expect(html).toContain(`>ECE deployment ${deployment.name}</h1>`);
        expect(deployment.servers.length).toBeGreaterThan(0);
        for (const server of deployment.servers) expect(html).toContain(`data-kind="server" data-name="${server.name}"`);
        expect(deployment.queues.length).toBeGreaterThan(0);
        for (const queue of deployment.queues) expect(html).toContain(`data-kind="queue" data-name="${queue.name}"`);
    });

    it('is the page `ece report --html` writes, with a strict policy and one nonce\'d script instead of the CLI\'s', async () => {
        const first = (await reportHtml(session.client, path.join(ROUTING, 'ece.ece')))!.html;
        const second = (await reportHtml(session.client, path.join(ROUTING, 'ece.ece')))!.html;
        expect(withoutHostParts(first)).toBe(withoutHostParts(cliHtml(ROUTING)));

        const policy = contentSecurityPolicy(first);
        const styleHash = `'sha256-${createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64')}'`;
        const scripts = [...first.matchAll(/<script\b([^>]*)>/g)].map(m => m[1]);
        expect(scripts).toHaveLength(1);
        const nonce = /^ nonce="([A-Za-z0-9+/=]{16,})"$/.exec(scripts[0])?.[1];
        expect(nonce).toBeDefined();
        expect(policy).toBe(`default-src 'none'; style-src ${styleHash}; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
        expect(policy).not.toMatch(/unsafe|https?:|\*|data:/);
        const parsed = directives(policy);
        expect(parsed.get('default-src')).toEqual(['\'none\'']);
        expect(parsed.get('script-src')).toEqual([`'nonce-${nonce}'`]);
        // Each page has its own nonce.
        expect(contentSecurityPolicy(second)).not.toBe(policy);
        // No inline event handlers, no style attributes (the hash allows the <style> element only), no URL.
        expect(first).not.toMatch(/\son[a-z]+="/i);
        expect(first).not.toMatch(/\sstyle="/);
        expect(first.replace(/ data-uri="file:\/\/\/[^"]*"/g, '')).not.toMatch(/https?:|\/\/[a-z0-9]|url\(|\bsrc=/i);
    });

    it('lists every diagnostic of the deployment, of files no editor opened too', async () => {
        const html = (await reportHtml(session.client, path.join(MISTAKES, 'ece.ece')))!.html;
        const rows = [...html.matchAll(/<tr class="ece-object" data-id="diagnostic:[^"]*" data-kind="diagnostic" data-name="([^"]*)"/g)].map(m => m[1]);
        const cli = runCliJson<{ diagnostics: { code: string }[] }>(['check', '--format', 'json', '.'], MISTAKES);
        expect(cli.diagnostics).toHaveLength(session.mistakes.diagnostics.length);
        expect(rows).toEqual(cli.diagnostics.map(d => d.code));
        expect(rows).toContain('routing/email-mrd-interruptible');
    });

    it('answers null for a file it does not know', async () => {
        expect(await reportHtml(session.client, '/nowhere/x.ece')).toBeNull();
    });

    it('ece/report is `ece report --format markdown`', async () => {
        const report = await session.client.connection.sendRequest<Report | null>(REPORT_REQUEST, { uri: fileUri(path.join(MISTAKES, 'ucce.ece')) });
        const cli = runCli(['report', '.', '--format', 'markdown'], MISTAKES);
        expect(cli.status).toBe(1);
        expect(report?.name).toBe(session.mistakes.analysis.deployment.name);
        expect(report?.markdown).toBe(cli.stdout.replace(/\n<sub>Generated by [^<]*<\/sub>\n$/, ''));
        expect(report?.markdown).toContain('```mermaid');
    });

    describe('in Chromium', () => {
        let browser: Browser;

        beforeAll(async () => {
            if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run bash test/prerequisites.sh as root (or apt-get install -y chromium)`);
            browser = await chromium.launch({
                executablePath: CHROMIUM,
                args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
            });
        });

        afterAll(async () => {
            await browser?.close();
        });

        it('runs our script and nothing else; a click on a queue posts its place in the source', async () => {
            const { deployment } = session.routing.analysis;
            const queue = deployment.queues[0];
            const html = (await reportHtml(session.client, path.join(ROUTING, 'ece.ece')))!.html;
            const page = await browser.newPage();
            const problems: string[] = [];
            page.on('console', message => {
                if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
            });
            page.on('pageerror', error => problems.push(`page error: ${error.message}`));
            try {
                // What VS Code gives a webview; injected by the browser, not by the page (the policy would refuse it).
                await page.addInitScript(() => {
                    const posted: unknown[] = [];
                    const state: unknown[] = [];
                    Object.assign(window, {
                        posted, state,
                        acquireVsCodeApi: () => ({ postMessage: (message: unknown) => posted.push(message), setState: (value: unknown) => state.push(value) }),
                    });
                });
                await page.goto('about:blank');
                await page.setContent(html, { waitUntil: 'load' });
                expect(await page.$eval('header', e => getComputedStyle(e).backgroundColor)).toBe('rgb(248, 250, 252)');
                await page.locator(`figure[data-diagram="routing"] g.ece-object[data-kind="queue"][data-name="${queue.name}"]`).click();
                await page.locator(`#sizing tr.ece-object[data-kind="load-email"]`).first().click();
                await page.locator('nav a[href="#routing"]').click();
                const posted = await page.evaluate(() => (window as unknown as { posted: RevealMessage[] }).posted);
                const load = deployment.load!.email[0].span;
                // The page keeps its deployment's file for a window reload, and says when it is ready for a section.
                expect(await page.evaluate(() => (window as unknown as { state: unknown[] }).state)).toEqual([{ file: deployment.declaration!.span.uri }]);
                expect(posted).toEqual([
                    { command: 'ready' },
                    {
                        command: 'reveal', uri: queue.nameSpan.uri, line: queue.nameSpan.start.line, character: queue.nameSpan.start.character,
                        endLine: queue.nameSpan.end.line, endCharacter: queue.nameSpan.end.character,
                    },
                    {
                        command: 'reveal', uri: load.uri, line: load.start.line, character: load.start.character,
                        endLine: load.end.line, endCharacter: load.end.character,
                    },
                ]);
                expect(problems).toEqual([]);
            } finally {
                await page.close();
            }
        });

        it('refuses a script the page did not bring with its nonce', async () => {
            const html = (await reportHtml(session.client, path.join(ROUTING, 'ece.ece')))!.html;
            const page = await browser.newPage();
            const violations: string[] = [];
            page.on('console', message => {
                if (message.type() === 'error') violations.push(message.text());
            });
            try {
                const injected = html.replace('</body>', '<script>document.title = "injected";</script></body>');
                await page.setContent(injected, { waitUntil: 'load' });
                expect(await page.title()).toBe(`ECE deployment ${session.routing.analysis.deployment.name}: sizing report`);
                expect(violations.join('\n')).toMatch(/Content Security Policy/);
            } finally {
                await page.close();
            }
        });
    });
});

describe('the bundled server (client/bundle.mjs, as the .vsix ships it)', () => {
    let dir: string;
    let bundled: LspClient;
    let built: LspClient;

    beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'ece-bundle-'));
        execFileSync(process.execPath, ['client/bundle.mjs', '--production', `--outdir=${dir}`], { cwd: REPO_ROOT, stdio: 'pipe' });
        bundled = await LspClient.start(EXAMPLES, { args: [path.join(dir, 'server/main.cjs'), '--stdio'] });
        built = await LspClient.start(EXAMPLES);
    }, 120_000);

    afterAll(async () => {
        await bundled?.stop();
        await built?.stop();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('renders the same page with Vega and Graphviz inside one CommonJS file', async () => {
        const params = { uri: fileUri(path.join(ROUTING, 'ece.ece')) };
        const [fromBundle, fromBuild] = await Promise.all([
            bundled.connection.sendRequest<ReportHtml | null>(REPORT_HTML_REQUEST, params),
            built.connection.sendRequest<ReportHtml | null>(REPORT_HTML_REQUEST, params),
        ]);
        const nonceFree = (html: string) => html.replace(/nonce-[A-Za-z0-9+/=]+/g, 'nonce-N').replace(/nonce="[^"]*"/g, 'nonce="N"');
        expect(fromBundle).not.toBeNull();
        expect(nonceFree(fromBundle!.html)).toBe(nonceFree(fromBuild!.html));
        expect(fromBundle!.html).toContain('<figure id="growth-chart" data-diagram="growth"');
        expect(fromBundle!.html).toMatch(/<g id="routing-queue_\d+" class="node ece-object"/);
        expect(bundled.stderr.join('')).toBe('');
    });
});
