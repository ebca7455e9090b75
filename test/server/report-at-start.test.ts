/**
 * The requests an editor sends as it comes back after a window reload: the file it had open, and at
 * once the sizing report and the status bar's summary of that file's deployment, while the server
 * is still reading the workspace. Each answers with the deployment, never with nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEPLOYMENT_SUMMARY_REQUEST, REPORT_HTML_REQUEST, type DeploymentSummary, type ReportHtml } from '../../server/protocol/custom-protocol.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { makeTempFolder } from '../helpers/temp-folder.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const REALISTIC_MAX = path.join(REPO_ROOT, 'bench/fixtures/realistic-max');

describe('the report and the summary asked for as the server starts', () => {
    let client: LspClient | undefined;
    afterEach(async () => {
        await client?.stop();
        client = undefined;
    });

    /** A workspace of the examples and four deployments the size of realistic-max, so that the background has work. */
    function workspace(): string {
        const folder = makeTempFolder('ece-report-at-start-');
        fs.cpSync(EXAMPLES, folder, { recursive: true });
        for (const site of ['site-a', 'site-b', 'site-c', 'site-d']) fs.cpSync(REALISTIC_MAX, path.join(folder, site), { recursive: true });
        return folder;
    }

    for (const order of ['report with the opened file', 'report before the file is opened', 'report of a folder no file is open in']) {
        it(`answers the ${order}`, async () => {
            const root = workspace();
            client = await LspClient.start(root);
            const file = path.join(root, 'integrated-routing', 'ece.ece');
            const ask = () => Promise.all([
                client!.connection.sendRequest<ReportHtml | null>(REPORT_HTML_REQUEST, { uri: fileUri(file) }),
                client!.connection.sendRequest<DeploymentSummary | null>(DEPLOYMENT_SUMMARY_REQUEST, { uri: fileUri(file) }),
            ]);
            let answers: [ReportHtml | null, DeploymentSummary | null];
            if (order === 'report with the opened file') {
                void client.open(file).catch(() => undefined);
                answers = await ask();
            } else if (order === 'report before the file is opened') {
                const asked = ask();
                void client.open(file).catch(() => undefined);
                answers = await asked;
            } else {
                void client.open(path.join(root, 'site-a', 'deployment.ece')).catch(() => undefined);
                answers = await ask();
            }
            const [report, summary] = answers;
            expect(report?.title).toBe('Sizing Report: Integrated_Routing_Example');
            expect(summary?.name).toBe('Integrated_Routing_Example');
            // Asked again once everything is checked: the same deployment.
            await client.progressEnded();
            const [again] = await ask();
            expect(again?.title).toBe('Sizing Report: Integrated_Routing_Example');
        }, 60_000);
    }
});
