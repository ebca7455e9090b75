import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_SUMMARY_REQUEST, REPORT_REQUEST, type DeploymentSummary, type Report } from '../../server/protocol/custom-protocol.js';
import { figuresOf } from '../../language/engine/explain.js';
import { examplesServer, MISTAKES, ROUTING } from '../helpers/examples-server.js';
import { fileUri } from '../helpers/lsp-client.js';


describe('the ECE requests beyond LSP (ece/deploymentSummary, ece/report)', () => {
    const session = examplesServer();

    it('summarizes the deployment of any of its files with the engine\'s sizing', async () => {
        const summary = await session.client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri(path.join(ROUTING, 'ucce.ece')) });
        const { sizing, deployment } = session.routing.analysis;
        expect(summary).toEqual({
            name: deployment.name,
            folder: fileUri(ROUTING),
            files: 2,
            standardizedAgents: sizing.standardizedAgents,
            configuration: { name: sizing.configuration.name, maxAgents: sizing.configuration.maxAgents, ova: sizing.configuration.ova },
            applicationServersNeeded: sizing.applicationServersNeeded,
            applicationServersDeclared: sizing.applicationServersDeclared,
            headroom: sizing.headroom,
            summary: figuresOf(session.routing.analysis).summary,
            figures: [...figuresOf(session.routing.analysis).standardizedAgents, ...figuresOf(session.routing.analysis).configuration]
                .map(({ key, label, value, arithmetic }) => ({ key, label, value, arithmetic })),
        });
        expect(summary?.standardizedAgents.total).toBeGreaterThan(0);
    });

    it('answers null for a file the server does not know', async () => {
        const summary = await session.client.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri('/nowhere/x.ece') });
        expect(summary).toBeNull();
    });

    it('builds the Markdown report (`ece report --format markdown`): sizing, growth, routing and every diagnostic, of files no editor opened too', async () => {
        const report = await session.client.connection.sendRequest<Report | null>(REPORT_REQUEST, { uri: fileUri(path.join(MISTAKES, 'ucce.ece')) });
        const { deployment, sizing, routes } = session.mistakes.analysis;
        expect(report?.name).toBe(deployment.name);
        const markdown = report?.markdown ?? '';
        expect(markdown.split('\n')[0]).toBe(`# ECE deployment ${deployment.name}`);
        expect(markdown).toContain(`| Total | ⌈email + chat + callback⌉ (rounded up to a whole agent) = ⌈750 + 0 + 0⌉ = ${sizing.standardizedAgents.total.toLocaleString('en-US')} |`);
        expect(markdown).toContain(`| ${sizing.configuration.name} configuration |`);
        for (const route of routes) expect(markdown).toContain(`| ${route.department} | ${route.queue} |`);
        const rows = markdown.split('\n').filter(line => /^\| (error|warning|info|hint) \| (ece|ucce)\.ece:\d+:\d+ \|/.test(line));
        expect(rows).toHaveLength(session.mistakes.diagnostics.length);
        expect(markdown).toContain('| ucce.ece:5:5 | routing/email-mrd-interruptible |');
    });
});
