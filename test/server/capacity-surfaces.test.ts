/**
 * A growing load's capacity timeline, as every surface shows it: the hover, the code lens, the status
 * bar's summary, `ece size --json`, `ece growth --json`, the text report, the Markdown report and the
 * HTML report all say the same months and the same needs, because they all render the engine's data.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityHeadline, describeTimeToLimit, timesToLimitLine } from '../../language/engine/explain-capacity.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import type { ReportCapacity } from '../../report/report-model.js';
import { DEPLOYMENT_SUMMARY_REQUEST, type DeploymentSummary } from '../../server/protocol/custom-protocol.js';
import { checkFolder, REPO_ROOT, type CheckedFolder } from '../helpers/check-folder.js';
import { fileUri, hoverText, LspClient, positionOf } from '../helpers/lsp-client.js';
import { loadExample } from '../helpers/report-model.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const GROWING = path.join(REPO_ROOT, 'examples/growing-400');
const ece = path.join(GROWING, 'ece.ece');

/** The example's times to limit, as the README says them. */
const EXPECTED = [
    { kind: 'configuration', month: 22, need: 'the 1500-agent configuration' },
    { kind: 'application-servers', month: 22, need: 'a second application server' },
    { kind: 'database-disk', month: 26, need: 'a larger database disk' },
];

describe('the capacity timeline on every surface', () => {
    let client: LspClient;
    let folder: CheckedFolder;
    beforeAll(async () => {
        folder = await checkFolder(GROWING);
        client = await LspClient.start(GROWING);
        await client.open(ece);
    });
    afterAll(async () => {
        await client.stop();
    });

    const engine = () => {
        const capacity = folder.analysis.capacity!;
        return { capacity, headline: capacityHeadline(folder.analysis)!, limits: capacity.timesToLimit.map(describeTimeToLimit) };
    };

    it('computes the example\'s times to limit once, in the analysis', () => {
        const { capacity, headline } = engine();
        expect(capacity.timesToLimit.map(t => ({ kind: t.kind, month: t.month }))).toEqual(EXPECTED.map(({ kind, month }) => ({ kind, month })));
        expect(headline).toBe('295 of 400 standardized agents; at email 10 %, chat 25 %, callback 10 % a year the limit is passed in month 22');
    });

    it('the hover, the code lens and the status bar summary say it', async () => {
        const { capacity, headline, limits } = engine();
        const text = fs.readFileSync(ece, 'utf8');
        const hover = hoverText(await client.hover(ece, positionOf(text, 'Growing_400', 1)));
        expect(hover).toContain(headline);
        for (const e of EXPECTED) expect(hover).toContain(`| ${e.month} | ${e.need} |`);
        const growthHover = hoverText(await client.hover(ece, positionOf(text, 'chat growth', 2)));
        expect(growthHover).toContain(headline);

        const lenses = (await client.codeLenses(ece)) ?? [];
        expect(lenses.map(l => l.command?.title)).toContain(timesToLimitLine(capacity));
        expect(timesToLimitLine(capacity)).toBe('At email 10 %, chat 25 %, callback 10 % a year: '
            + EXPECTED.map(e => `${e.need} in month ${e.month}`).join(', '));

        const summary = await client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri(ece) });
        expect(summary?.capacity).toEqual({ headline, timesToLimit: limits });
    });

    it('ece size --json and ece growth --json carry the same timeline, and the text says it', () => {
        const { capacity, headline } = engine();
        const size = runCliJson<{ capacity: ReportCapacity }>(['size', GROWING, '--json']);
        const growth = runCliJson<{ capacity: ReportCapacity; projection: { month: number; totalMB: number }[]; diskFullMonth: number }>(['growth', GROWING, '--json']);
        expect(size.capacity).toEqual(growth.capacity);
        expect(size.capacity.headline).toBe(headline);
        expect(size.capacity.timesToLimit.map(t => ({ kind: t.kind, month: t.month, need: t.need }))).toEqual(EXPECTED);
        expect(size.capacity.months).toHaveLength(36);
        expect(size.capacity.months.map(m => m.standardizedAgents.total)).toEqual(capacity.months.map(m => m.standardizedAgents.total));
        // The database projection compounds with the load, and the disk month is the timeline's.
        expect(growth.projection.map(p => p.totalMB)).toEqual(capacity.months.map(m => m.databaseMB));
        expect(growth.diskFullMonth).toBe(26);

        const text = runCli(['size', GROWING]).stdout;
        expect(text).toContain(headline);
        for (const t of size.capacity.timesToLimit) expect(text).toContain(`Limit in ${t.text}`);
        expect(runCli(['report', GROWING]).stdout).toContain(headline);
    }, 120_000); // four CLI processes

    it('the Markdown and HTML reports say it, with the capacity chart beside the database chart', async () => {
        const { headline } = engine();
        const { model } = await loadExample('growing-400');
        expect(model.capacity?.headline).toBe(headline);
        const markdown = renderMarkdown(model);
        expect(markdown).toContain(`**${headline}.**`);
        for (const e of EXPECTED) expect(markdown).toContain(`| ${e.month} | ${e.need} |`);
        const html = await renderHtml(model);
        expect(html).toContain(`<b>${headline}</b>`);
        expect(html.indexOf('id="capacity-chart"')).toBeGreaterThan(-1);
        expect(html.indexOf('id="capacity-chart"')).toBeLessThan(html.indexOf('id="growth-chart"'));
        for (const e of EXPECTED) expect(html).toContain(`data-limit="${e.kind}" data-month="${e.month}"`);
        expect(html).toContain('aria-label="Month 22: 402 standardized agents');
    });
});
