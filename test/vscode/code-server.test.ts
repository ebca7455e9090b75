/**
 * The packaged extension in real VS Code: code-server with the .vsix installed, opened in Chromium.
 * The integration suite (test/vscode/suite) runs inside the extension host through the test-runner
 * extension; the UI tests below then drive the same window as a user would.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CHROMIUM, CHROMIUM_ARGS, createSandbox, ece, installExtensions, missingPrerequisites, ROOT, startCodeServer,
    VSIX, waitForResults, type RunningCodeServer, type Sandbox,
} from './code-server.js';
import type { SuiteResults } from './suite/index.js';

const OUTPUT = path.join(ROOT, 'test-output/vscode');

interface SizeJson {
    deployment: string;
    standardizedAgents: { total: number };
    configuration: { name: string };
}

let sandbox: Sandbox;
let extensionFolder: string;
let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let page: Page;
let results: SuiteResults;
let suiteSeconds = 0;

function folderSize(folder: string): { bytes: number; files: string[] } {
    const files = readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile())
        .map(entry => path.join(entry.parentPath, entry.name));
    return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.map(f => path.relative(folder, f)) };
}

/** Runs a command from the command palette, as a user types it. */
async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

/** The frame (within the webview's iframes) whose page has this `<h1>`. */
async function reportFrame(heading: string, timeoutMs: number): Promise<Frame | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            const text = await frame.locator('h1').first().innerText({ timeout: 500 }).catch(() => '');
            if (text === heading) return frame;
        }
        await page.waitForTimeout(250);
    }
    return undefined;
}

interface PageTheme {
    kind: string | undefined;
    background: string;
    color: string;
    /** The theme's editor background and foreground, as the webview got them, in rgb(). */
    editorBackground: string;
    editorForeground: string;
    scrollWidth: number;
    clientWidth: number;
}

/** The report page's colours against the theme's, and whether it scrolls sideways. */
async function pageTheme(frame: Frame): Promise<PageTheme> {
    return frame.locator('body').evaluate(body => {
        const doc = body.ownerDocument;
        const view = doc.defaultView!;
        const root = view.getComputedStyle(doc.documentElement);
        const rgb = (value: string) => {
            const probe = doc.createElement('span');
            probe.style.color = value;
            body.append(probe);
            const color = view.getComputedStyle(probe).color;
            probe.remove();
            return color;
        };
        const style = view.getComputedStyle(body);
        return {
            kind: body.dataset.vscodeThemeKind,
            background: style.backgroundColor,
            color: style.color,
            editorBackground: rgb(root.getPropertyValue('--vscode-editor-background').trim()),
            editorForeground: rgb(root.getPropertyValue('--vscode-editor-foreground').trim() || root.getPropertyValue('--vscode-foreground').trim()),
            scrollWidth: doc.documentElement.scrollWidth,
            clientWidth: doc.documentElement.clientWidth,
        };
    });
}

function luminance(color: string): number {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The page follows the theme (background and text), and nothing is wider than the webview. */
function expectThemed(theme: PageTheme, kind: 'vscode-dark' | 'vscode-light'): void {
    expect(theme.kind).toBe(kind);
    expect(theme.background).toBe(theme.editorBackground);
    expect(theme.color).toBe(theme.editorForeground);
    if (kind === 'vscode-dark') expect(luminance(theme.background)).toBeLessThan(0.25);
    else expect(luminance(theme.background)).toBeGreaterThan(0.75);
    expect(Math.abs(luminance(theme.color) - luminance(theme.background))).toBeGreaterThan(0.5);
    expect(theme.clientWidth).toBeGreaterThanOrEqual(600);
    expect(theme.scrollWidth, `the page (${theme.scrollWidth} px) fits the webview (${theme.clientWidth} px)`).toBeLessThanOrEqual(theme.clientWidth);
}

/** Every extension host log of the run (code-server keeps them under the user data folder). */
function extensionHostLogs(): { file: string; text: string }[] {
    const logs = path.join(sandbox.userDataDir, 'logs');
    return readdirSync(logs, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && /exthost/i.test(path.join(entry.parentPath, entry.name)) && entry.name.endsWith('.log'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .map(file => ({ file: path.relative(sandbox.dir, file), text: readFileSync(file, 'utf8') }));
}

async function openFile(relative: string): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relative);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relative) }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: path.basename(relative) }).waitFor();
}

describe('The packaged extension in code-server (real VS Code in Chromium)', () => {
    beforeAll(async () => {
        const missing = missingPrerequisites();
        if (missing.length > 0) throw new Error(`Missing: ${missing.join('; ')}. \`npm run test:vscode\` prepares them all.`);
        mkdirSync(OUTPUT, { recursive: true });
        sandbox = createSandbox();
        extensionFolder = await installExtensions(sandbox);
        const started = Date.now();
        server = await startCodeServer(sandbox);
        browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
        // 1,800 px: the report beside the editor gets about 771 px, the width at which it used to scroll sideways.
        page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
        page.setDefaultNavigationTimeout(180_000);
        await page.goto(server.url);
        results = await waitForResults(sandbox, server, 10 * 60_000);
        suiteSeconds = (Date.now() - started) / 1000;
        for (const test of results.tests) {
            console.log(`${test.state === 'passed' ? '✓' : '✗'} ${test.title} (${test.durationMs} ms)${test.error ? `\n${test.error}` : ''}`);
        }
        console.log(`In-editor suite: ${results.passed} passed, ${results.failed} failed; code-server start to results ${suiteSeconds.toFixed(1)} s`);
    }, 20 * 60_000);

    afterAll(async () => {
        await browser?.close();
        await server?.stop();
        if (sandbox && results?.failed === 0) rmSync(sandbox.dir, { recursive: true, force: true });
        else if (sandbox) console.log(`Kept for inspection: ${sandbox.dir} (workspace, settings, results.json)`);
    }, 60_000);

    it('installs from the .vsix: bundled, no node_modules inside, well under 5 MB', () => {
        expect(statSync(VSIX).size).toBeLessThan(2 * 1024 * 1024);
        const { bytes, files } = folderSize(extensionFolder);
        expect(bytes).toBeLessThan(5 * 1024 * 1024);
        expect(files.filter(f => f.includes('node_modules'))).toEqual([]);
        expect(files).toEqual(expect.arrayContaining([
            'package.json', 'dist/client/extension.cjs', 'dist/server/main.cjs', 'syntaxes/ece.tmLanguage.json',
            'client/language-configuration.json', 'client/snippets.json', 'client/icons/icon.png',
        ]));
        expect(files.filter(f => f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
    });

    it('runs the integration suite inside the extension host, and every test of it passes', () => {
        const failures = results.tests.filter(t => t.state === 'failed').map(t => `${t.title}\n${t.error ?? ''}`);
        expect(failures).toEqual([]);
        const titles = results.tests.map(t => t.title).join('\n');
        for (const part of ['Diagnostics', 'Hovers', 'Status bar', 'Sizing report', 'Quick-fixes', 'Restart']) {
            expect(titles).toContain(part);
        }
        expect(results.passed).toBeGreaterThanOrEqual(12);
    });

    it('hovering over the deployment name shows its sizing (screenshot)', async () => {
        const size = await ece<SizeJson>(sandbox.workspace, 'size', 'integrated-routing', '--json');
        await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } });
        await runCommand('View: Close All Editors');
        await openFile('integrated-routing/ece.ece');
        const name = page.locator('.monaco-editor .view-line span span', { hasText: new RegExp(`^${size.deployment}$`) }).first();
        await name.hover();
        const hover = page.locator('.monaco-hover-content', { hasText: size.deployment }).first();
        await hover.waitFor({ state: 'visible', timeout: 30_000 });
        const text = await hover.innerText();
        expect(text).toContain(size.deployment);
        expect(text).toContain(size.configuration.name);
        expect(text).toContain(String(size.standardizedAgents.total));
        await page.screenshot({ path: path.join(OUTPUT, 'hover.png') });
    });

    it('colours keywords, names, numbers and comments apart (the TextMate grammar at work)', async () => {
        const color = (text: string) => page.locator('.monaco-editor .view-line span span', { hasText: new RegExp(`^${text}$`) }).first()
            .evaluate(element => element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '');
        const keyword = await color('deployment');
        const name = await color('Integrated_Routing_Example');
        const number = await color('2');
        const comment = await page.locator('.monaco-editor .view-line span span', { hasText: 'ECE side of the guide' }).first()
            .evaluate(element => element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '');
        expect(new Set([keyword, name, number, comment]).size).toBe(4);
    });

    it('shows the deployment\'s standardized agents and configuration in the status bar', async () => {
        const size = await ece<SizeJson>(sandbox.workspace, 'size', 'integrated-routing', '--json');
        const item = page.locator('.statusbar-item', { hasText: 'std agents' });
        await item.waitFor({ state: 'visible', timeout: 30_000 });
        const total = size.standardizedAgents.total.toLocaleString('en-US');
        expect((await item.innerText()).trim()).toBe(`${size.deployment}: ${total} std agents · ${size.configuration.name}`);
    });

    it('checks deployments that arrive on disk in the background, with progress in the status bar (screenshot)', async () => {
        // No hover of an earlier test over the editor in the screenshot.
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 450);
        // Eight customers' deployments the size of bench/fixtures/realistic-max, as a pull would bring them.
        const sites = Array.from({ length: 8 }, (_, i) => `customer-${String(i + 1).padStart(2, '0')}`);
        for (const site of sites) cpSync(path.join(ROOT, 'bench/fixtures/realistic-max'), path.join(sandbox.workspace, site), { recursive: true });
        const progress = page.locator('.statusbar-item', { hasText: /Checking \d+ deployments?/ }).first();
        await progress.waitFor({ state: 'visible', timeout: 60_000 });
        const text = (await progress.innerText()).trim();
        await page.screenshot({ path: path.join(OUTPUT, 'progress.png') });
        console.log(`Background check in the status bar: "${text}"`);
        const counted = Number(/Checking (\d+) deployments?/.exec(text)?.[1]);
        expect(counted).toBeGreaterThanOrEqual(1);
        expect(counted).toBeLessThanOrEqual(sites.length);
        await progress.waitFor({ state: 'detached', timeout: 120_000 });
        for (const site of sites) rmSync(path.join(sandbox.workspace, site), { recursive: true, force: true });
    }, 240_000);

    it('"ECE: Show Sizing Report" opens the HTML report in a webview beside the file; a click reveals the object (screenshot)', async () => {
        const size = await ece<SizeJson>(sandbox.workspace, 'size', 'integrated-routing', '--json');
        const routes = await ece<{ queue: string }[]>(sandbox.workspace, 'routes', 'integrated-routing', '--json');
        await runCommand('View: Close All Editors');
        await openFile('integrated-routing/ece.ece');
        // Whatever the page's policy refuses shows up in the console of its frame.
        const refused: string[] = [];
        const onConsole = (message: ConsoleMessage) => {
            if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
        };
        page.on('console', onConsole);
        await runCommand('ECE: Show Sizing Report');
        const heading = `ECE deployment ${size.deployment}`;
        // The page is in an iframe within the webview's iframe; find the frame that shows it.
        const report = await reportFrame(heading, 30_000);
        expect(report, 'a webview frame shows the report').toBeDefined();
        const frame = report!;
        expect(await frame.locator('h2').allInnerTexts()).toEqual(['Sizing', 'Database growth', 'Topology', 'Routing', 'Diagnostics']);
        expect(await frame.locator('#sizing .card .value').first().innerText()).toBe(size.standardizedAgents.total.toLocaleString('en-US'));
        // The stylesheet applied under the page's policy, in the colours of Dark Modern; the pictures were drawn.
        // The width the report had beside the editor when it scrolled sideways: the window is sized
        // until the webview has it (both editor groups share a change of the window's width).
        let theme = await pageTheme(frame);
        for (let width = 1800, tries = 0; Math.abs(theme.clientWidth - 771) > 2 && tries < 4; tries++) {
            width += 2 * (771 - theme.clientWidth);
            await page.setViewportSize({ width, height: 900 });
            await page.waitForTimeout(1000);
            theme = await pageTheme(frame);
        }
        expect(Math.abs(theme.clientWidth - 771)).toBeLessThanOrEqual(2);
        console.log(`Report webview in Dark Modern: ${theme.clientWidth} px wide, page ${theme.scrollWidth} px; background ${theme.background}, text ${theme.color}`);
        expectThemed(theme, 'vscode-dark');
        expect(await frame.locator('figure[data-diagram="routing"] g.ece-object[data-kind="queue"]').count()).toBe(routes.length);
        await expect.poll(() => page.locator('.tab', { hasText: `Sizing Report: ${size.deployment}` }).count()).toBe(1);
        await page.screenshot({ path: path.join(OUTPUT, 'report-dark.png') });

        // A click on a queue in the routing diagram runs the page's script, whose message selects the name in the source.
        const queue = routes[routes.length - 1].queue;
        const node = frame.locator(`figure[data-diagram="routing"] g.ece-object[data-kind="queue"][data-name="${queue}"]`);
        const line = Number(await node.getAttribute('data-line'));
        const character = Number(await node.getAttribute('data-character'));
        const expected = `Ln ${line + 1}, Col ${character + 1 + queue.length} (${queue.length} selected)`;
        const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
        expect(await selection.innerText()).not.toBe(expected);
        await node.locator('text').nth(1).click();
        await expect.poll(() => selection.innerText(), { timeout: 15_000 }).toBe(expected);
        page.off('console', onConsole);
        expect(refused).toEqual([]);
        console.log(`code-server suite timing: ${suiteSeconds.toFixed(1)} s to in-editor results`);
    });

    it('follows a change to the Light theme in the open report (screenshot)', async () => {
        const size = await ece<SizeJson>(sandbox.workspace, 'size', 'integrated-routing', '--json');
        // As a user switches, from the command palette: to the preferred light theme, Light Modern.
        await runCommand('Preferences: Toggle between Light/Dark Themes');
        const frame = await reportFrame(`ECE deployment ${size.deployment}`, 30_000);
        expect(frame, 'the report is still open').toBeDefined();
        await expect.poll(async () => (await pageTheme(frame!)).kind, { timeout: 30_000 }).toBe('vscode-light');
        const theme = await pageTheme(frame!);
        console.log(`Report webview in Light Modern: ${theme.clientWidth} px wide, page ${theme.scrollWidth} px; background ${theme.background}, text ${theme.color}`);
        expectThemed(theme, 'vscode-light');
        await page.screenshot({ path: path.join(OUTPUT, 'report-light.png') });
    }, 120_000);

    it('restores the report after the window reloads', async () => {
        const size = await ece<SizeJson>(sandbox.workspace, 'size', 'integrated-routing', '--json');
        // As a user reloads: through the workbench, which saves its editors (the report's tab among
        // them) before the page goes. A reload of the browser page alone may go before they are saved.
        const reloaded = page.waitForEvent('load', { timeout: 120_000 });
        await runCommand('Developer: Reload Window');
        await reloaded;
        await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 120_000 });
        const frame = await reportFrame(`ECE deployment ${size.deployment}`, 180_000);
        const tabs = await page.locator('.tab').allInnerTexts();
        expect(frame, `the report came back with its deployment (tabs: ${tabs.join(' | ')})`).toBeDefined();
        expect(await frame!.locator('#sizing .card .value').first().innerText()).toBe(size.standardizedAgents.total.toLocaleString('en-US'));
        await expect.poll(() => page.locator('.tab', { hasText: `Sizing Report: ${size.deployment}` }).count()).toBe(1);
        expectThemed(await pageTheme(frame!), 'vscode-light');
    }, 330_000);

    it('leaves no FAILED line in the extension host log (start, suite, restart, reload)', async () => {
        const logs = extensionHostLogs();
        expect(logs.length, 'the extension host logs were found').toBeGreaterThan(0);
        const failed = logs.flatMap(log => log.text.split('\n').filter(line => /FAILED/.test(line)).map(line => `${log.file}: ${line}`));
        expect(failed).toEqual([]);
    });
});
