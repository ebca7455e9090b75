import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverCount } from '../../language/engine/configurations.js';
import { formatNumber } from '../../language/engine/explain.js';
import { monthDiskFills } from '../../language/engine/growth.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../../language/engine/sizing.js';
import { REPORT_SECTIONS } from '../../server/protocol/custom-protocol.js';
import { checkFolder, REPO_ROOT, type CheckedFolder } from '../helpers/check-folder.js';
import { LspClient, positionOf } from '../helpers/lsp-client.js';

const BLENDED = path.join(REPO_ROOT, 'examples/blended-400');
const ece = path.join(BLENDED, 'ece.ece');
const ucce = path.join(BLENDED, 'ucce.ece');

describe('code lens and inlay hints', () => {
    let client: LspClient;
    let folder: CheckedFolder;
    beforeAll(async () => {
        folder = await checkFolder(BLENDED);
        client = await LspClient.start(BLENDED);
        await client.open(ece);
    });
    afterAll(async () => {
        await client.stop();
    });

    it('puts a one-line sizing and growth summary over the deployment declaration', async () => {
        const { sizing, growth, deployment } = folder.analysis;
        const lenses = (await client.codeLenses(ece)) ?? [];
        expect(lenses).toHaveLength(1);
        expect(lenses[0].range.start.line).toBe(deployment.declaration!.span.start.line);
        const fills = monthDiskFills(growth.inputs, growth.monthlyMB, growth.diskGB! * 1024)!;
        expect(lenses[0].command?.title).toBe([
            `${sizing.standardizedAgents.total} standardized agents`,
            `${sizing.configuration.name} configuration`,
            `${deployment.servers.length} of ${serverCount(sizing.configuration)} servers declared`,
            `DB +${formatNumber(growth.monthlyMB.total / 1024)} GB/month, disk full in month ${fills}`,
        ].join(' · '));
    });

    it('opens the sizing report at its Sizing section when clicked: a command the extension contributes, with the file and the anchor', async () => {
        const [lens] = (await client.codeLenses(ece)) ?? [];
        expect(lens.command?.command).toBe('ece.showSizingReport');
        expect(lens.command?.arguments).toEqual([pathToFileURL(ece).toString(), 'sizing']);
        const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
        expect(manifest.contributes.commands.map(c => c.command)).toContain(lens.command?.command);
        expect(REPORT_SECTIONS).toContain(lens.command?.arguments?.[1]);
    });

    it('puts no lens in a file without the deployment declaration', async () => {
        await client.open(ucce);
        expect(await client.codeLenses(ucce)).toEqual([]);
    });

    it('puts the standardized agents after each email, chat and callback load line', async () => {
        const text = fs.readFileSync(ece, 'utf8');
        const load = folder.analysis.deployment.load!;
        const hints = (await client.inlayHints(ece, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } })) ?? [];
        expect(hints.map(h => h.label)).toEqual([
            `= ${formatNumber(standardizedEmailAgents(load.email[0]))} standardized`,
            `= ${formatNumber(standardizedChatAgents(load.chat[0]))} standardized`,
            `= ${formatNumber(standardizedCallbackAgents(load.callback[0]))} standardized`,
        ]);
        const emailLine = positionOf(text, 'email 90 agents').line;
        expect(hints[0].position).toEqual({ line: emailLine, character: text.split('\n')[emailLine].trimEnd().length });
        expect(hints[0].tooltip).toContain(`${load.email[0].agents} × ${load.email[0].emailsPerHour} ÷ 6`);
        // Only the hints within the requested range.
        const chatLine = positionOf(text, 'chat 100 agents').line;
        const some = (await client.inlayHints(ece, { start: { line: chatLine, character: 0 }, end: { line: chatLine, character: 99 } })) ?? [];
        expect(some.map(h => h.label)).toEqual([`= ${formatNumber(standardizedChatAgents(load.chat[0]))} standardized`]);
    });
});
