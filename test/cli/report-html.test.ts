/**
 * `ece report --html`, opened in Debian's Chromium (headless, driven by playwright-core): the page is
 * read as a reviewer sees it, with every request leaving the page refused and recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectGrowth } from '../../language/engine/growth.js';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { loadExample, REPORT_EXAMPLES } from '../helpers/report-model.js';
import { runCli } from '../helpers/run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = path.join(REPO_ROOT, 'test-output', 'report');

let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run bash test/prerequisites.sh as root (or apt-get install -y chromium)`);
    mkdirSync(OUT, { recursive: true });
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'ece-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        viewport: { width: 1280, height: 900 },
    });
});

afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

interface OpenedPage {
    page: Page;
    html: string;
    /** Every URL the page asked for other than data: and about: (all refused). */
    leaks: string[];
    problems: string[];
}

async function openReport(example: string): Promise<OpenedPage> {
    const file = path.join(OUT, `${example}.html`);
    rmSync(file, { force: true });
    const result = runCli(['report', `examples/${example}`, '--html', file]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    const html = readFileSync(file, 'utf-8');
    const page = await context.newPage();
    const leaks: string[] = [];
    const problems: string[] = [];
    page.on('console', message => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', request => {
        if (!/^(data|about):/.test(request.url())) leaks.push(request.url());
    });
    await page.route('**/*', route => {
        const url = route.request().url();
        if (/^(data|about):/.test(url)) return route.continue();
        leaks.push(url);
        return route.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, html, leaks: [...new Set(leaks)], problems };
}

describe('ece report --html in Chromium', () => {
    it.each(REPORT_EXAMPLES)('shows the growth, the topology and the routing of %s, and asks the network for nothing', async example => {
        const { checked } = await loadExample(example);
        const deployment = checked.analysis.deployment;
        const engine = projectGrowth(deployment);
        const { page, html, leaks, problems } = await openReport(example);
        try {
            // The only URLs are the source files' URIs in data attributes, for an editor to reveal.
            expect(html.replace(/ data-uri="file:\/\/\/[^"]*"/g, '')).not.toMatch(/https?:|\/\/[a-z0-9]|url\(|\bsrc=/i);
            expect([...html.matchAll(/href="([^"]*)"/g)].map(m => m[1])).toEqual(['#sizing', '#growth', '#topology', '#routing', '#diagnostics']);

            // The chart: one labelled bar segment per month and part, the last month's total as the engine projects it.
            const labels = await page.$$eval('figure[data-diagram="growth"] svg [aria-label^="Month "]', els => els.map(e => e.getAttribute('aria-label')!));
            const months = new Set(labels.map(l => Number(/^Month (\d+):/.exec(l)![1])));
            expect(months.size).toBe(engine.projection.length);
            expect(Math.max(...months)).toBe(36);
            const last = labels.find(l => l.startsWith('Month 36:'))!;
            const [, total, unit] = /total ([\d,.]+) (MB|GB)$/.exec(last)!;
            const expected = engine.projection[35].totalMB / (unit === 'GB' ? 1024 : 1);
            expect(Number(total.replace(/,/g, ''))).toBeCloseTo(expected, 1);
            const parts = (deployment.load?.currentDatabaseSize ? 4 : 3);
            expect(labels.filter(l => l === last)).toHaveLength(parts);
            const chartBox = await page.locator('figure[data-diagram="growth"] svg').boundingBox();
            expect(chartBox!.width).toBeGreaterThan(400);

            // The topology: every server and load balancer, visible, pointing at its source.
            const drawn = async (diagram: string, kind: string) => page.$$eval(`figure[data-diagram="${diagram}"] g.ece-object[data-kind="${kind}"]`,
                els => els.map(e => ({ name: e.getAttribute('data-name')!, uri: e.getAttribute('data-uri')!, line: Number(e.getAttribute('data-line')), width: e.getBoundingClientRect().width })));
            const servers = await drawn('topology', 'server');
            expect(servers.map(s => s.name).sort()).toEqual(deployment.servers.map(s => s.name).sort());
            for (const server of deployment.servers) {
                // The page names the source file by its name in the folder, never by an absolute URI.
                const fileName = server.nameSpan.uri.slice(server.nameSpan.uri.lastIndexOf('/') + 1);
                expect(servers.find(s => s.name === server.name)).toMatchObject({ uri: fileName, line: server.nameSpan.start.line });
            }
            expect(servers.every(s => s.width > 20)).toBe(true);
            expect((await drawn('topology', 'load-balancer')).map(s => s.name)).toEqual(deployment.loadBalancers.map(lb => lb.name));

            // The routing: every queue, department and agent.
            const queues = await drawn('routing', 'queue');
            expect(queues.map(q => q.name).sort()).toEqual(deployment.queues.map(q => q.name).sort());
            expect(queues.every(q => q.width > 20)).toBe(true);
            expect((await drawn('routing', 'department')).map(d => d.name).sort()).toEqual(deployment.departments.map(d => d.name).sort());
            expect((await drawn('routing', 'agent')).map(a => a.name).sort()).toEqual(deployment.agents.map(a => a.name).sort());
            const routeRows = await page.$$eval('#routing tbody tr.ece-object', rows => rows.map(r => r.getAttribute('data-name')));
            expect(routeRows).toEqual(checked.analysis.routes.map(r => r.queue));

            // The stylesheet ran under the page's own Content-Security-Policy (its hash matched).
            const headerBackground = await page.$eval('header', e => getComputedStyle(e).backgroundColor);
            expect(headerBackground).toBe('rgb(248, 250, 252)');
            expect(await page.$eval('meta[http-equiv="Content-Security-Policy"]', e => e.getAttribute('content'))).toMatch(/^default-src 'none'; style-src 'sha256-/);

            expect(problems).toEqual([]);
            expect(leaks).toEqual([]);
            // Kept as a test output (test-output/report/<example>.png); docs/images/report.png is one of them.
            const shot = await page.screenshot({ path: path.join(OUT, `${example}.png`), fullPage: true });
            expect(shot.subarray(1, 4).toString('latin1')).toBe('PNG');
        } finally {
            await page.close();
        }
    });

    it('lists the diagnostics of the mistakes example, each pointing at its place', async () => {
        const { checked } = await loadExample('mistakes');
        const file = path.join(OUT, 'mistakes.html');
        const result = runCli(['report', 'examples/mistakes', '--html', file]);
        expect(result.status).toBe(1);
        const page = await context.newPage();
        try {
            await page.setContent(readFileSync(file, 'utf-8'), { waitUntil: 'load' });
            const rows = await page.$$eval('#diagnostics tbody tr', trs => trs.map(tr => ({
                code: tr.getAttribute('data-name'), line: Number(tr.getAttribute('data-line')), uri: tr.getAttribute('data-uri'),
                severity: tr.querySelector('.severity')!.textContent,
            })));
            expect(rows.map(r => r.code)).toEqual(checked.diagnostics.map(d => d.code));
            expect(rows.map(r => r.line)).toEqual(checked.diagnostics.map(d => d.line - 1));
            expect(rows.map(r => r.severity)).toEqual(checked.diagnostics.map(d => d.severity));
            // A page that leaves the machine names each file by its name in the folder, never by an absolute URI.
        expect(rows.every(r => r.uri !== null && !r.uri.includes('/') && r.uri.endsWith('.ece'))).toBe(true);
            const undeclaredDmz = await page.$eval('figure[data-diagram="topology"] svg', svg => svg.textContent);
            expect(undeclaredDmz).toContain('Data center');
        } finally {
            await page.close();
        }
    });
});
