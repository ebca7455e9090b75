import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOYMENT_SUMMARY_REQUEST, REPORT_REQUEST, type DeploymentSummary, type Report } from '../../server/custom-protocol.js';
import { checkFolder, REPO_ROOT, type CheckedFolder } from '../helpers/check-folder.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const ROUTING = path.join(EXAMPLES, 'integrated-routing');
const MISTAKES = path.join(EXAMPLES, 'mistakes');

describe('the ECE requests beyond LSP (ece/deploymentSummary, ece/report)', () => {
    let client: LspClient;
    let routing: CheckedFolder;
    let mistakes: CheckedFolder;

    beforeAll(async () => {
        routing = await checkFolder(ROUTING);
        mistakes = await checkFolder(MISTAKES);
        client = await LspClient.start(EXAMPLES);
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('summarizes the deployment of any of its files with the engine\'s sizing', async () => {
        const summary = await client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri(path.join(ROUTING, 'ucce.ece')) });
        const { sizing, deployment } = routing.analysis;
        expect(summary).toEqual({
            name: deployment.name,
            folder: fileUri(ROUTING),
            files: 2,
            standardizedAgents: sizing.standardizedAgents,
            configuration: { name: sizing.configuration.name, maxAgents: sizing.configuration.maxAgents, ova: sizing.configuration.ova },
            applicationServersNeeded: sizing.applicationServersNeeded,
            applicationServersDeclared: sizing.applicationServersDeclared,
            headroom: sizing.headroom,
        });
        expect(summary?.standardizedAgents.total).toBeGreaterThan(0);
    });

    it('answers null for a file the server does not know', async () => {
        const summary = await client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri('/nowhere/x.ece') });
        expect(summary).toBeNull();
    });

    it('builds the Markdown report (`ece report --format markdown`): sizing, growth, routing and every diagnostic, of files no editor opened too', async () => {
        const report = await client.connection.sendRequest<Report | null>(REPORT_REQUEST, { uri: fileUri(path.join(MISTAKES, 'ucce.ece')) });
        const { deployment, sizing, routes } = mistakes.analysis;
        expect(report?.name).toBe(deployment.name);
        const markdown = report?.markdown ?? '';
        expect(markdown.split('\n')[0]).toBe(`# ECE deployment ${deployment.name}`);
        expect(markdown).toContain(`| total | rounded up to a whole agent | ${sizing.standardizedAgents.total.toLocaleString('en-US')} |`);
        expect(markdown).toContain(`- Configuration: **${sizing.configuration.name}**`);
        for (const route of routes) expect(markdown).toContain(`| ${route.department} | ${route.queue} |`);
        const rows = markdown.split('\n').filter(line => /^\| (error|warning|info|hint) \| (ece|ucce)\.ece:\d+:\d+ \|/.test(line));
        expect(rows).toHaveLength(mistakes.diagnostics.length);
        expect(markdown).toContain('| ucce.ece:5:5 | routing/email-mrd-interruptible |');
    });
});
