import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configurationFor, MAX_AGENTS_PER_APPLICATION_SERVER, serverCount } from '../../language/engine/configurations.js';
import { formatNumber } from '../../language/engine/explain.js';
import { attachmentGrowthMB, emailGrowthMB, monthDiskFills, projectedMB } from '../../language/engine/growth.js';
import { MAX_AGENT_LATENCY_MS, MIN_LOGIN_BANDWIDTH_KBPS, MIN_STEADY_BANDWIDTH_KBPS } from '../../language/engine/network-limits.js';
import { agentsServicing, queuesServicedBy } from '../../language/engine/routing.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../../language/engine/sizing.js';
import { toMs } from '../../language/model/quantity.js';
import { checkFolder, REPO_ROOT, type CheckedFolder } from '../helpers/check-folder.js';
import { hoverText, LspClient, positionOf } from '../helpers/lsp-client.js';

const ROUTING = path.join(REPO_ROOT, 'examples/integrated-routing');
const BLENDED = path.join(REPO_ROOT, 'examples/blended-400');

describe('hover', () => {
    let client: LspClient;
    let routing: CheckedFolder;
    let blended: CheckedFolder;
    const ece = path.join(ROUTING, 'ece.ece');
    const ucce = path.join(ROUTING, 'ucce.ece');
    const blendedEce = path.join(BLENDED, 'ece.ece');
    const text = (file: string) => fs.readFileSync(file, 'utf8');
    const hoverAt = async (file: string, needle: string, delta = 1, occurrence = 0) =>
        hoverText(await client.hover(file, positionOf(text(file), needle, delta, occurrence)));

    beforeAll(async () => {
        routing = await checkFolder(ROUTING);
        blended = await checkFolder(BLENDED);
        client = await LspClient.start(path.join(REPO_ROOT, 'examples'));
        await client.open(ece);
        await client.open(ucce);
        await client.open(blendedEce);
    });
    afterAll(async () => {
        await client.stop();
    });

    it('over the deployment name shows standardized agents per channel with the arithmetic, the configuration, its servers, OVA, headroom and application-server load', async () => {
        const { sizing, deployment } = blended.analysis;
        const hover = await hoverAt(blendedEce, 'deployment Blended_400', 12);
        const email = deployment.load!.email[0];
        const chat = deployment.load!.chat[0];
        const callback = deployment.load!.callback[0];
        const total = sizing.standardizedAgents.total;
        expect(total).toBe(Math.ceil(standardizedEmailAgents(email) + standardizedChatAgents(chat) + standardizedCallbackAgents(callback)));
        expect(hover).toContain('### Deployment `Blended_400`');
        expect(hover).toContain(`| Email | ${formatNumber(standardizedEmailAgents(email))} | agents × max(emails per hour, 6) ÷ 6 = ${email.agents} × ${email.emailsPerHour} ÷ 6 = ${standardizedEmailAgents(email)} |`);
        expect(hover).toContain(`${chat.agents} × ${chat.concurrentChats} = ${standardizedChatAgents(chat)}`);
        expect(hover).toContain(`| Callback | ${callback.agents} |`);
        expect(hover).toContain(`⌈${standardizedEmailAgents(email)} + ${standardizedChatAgents(chat)} + ${callback.agents}⌉ = ${total}`);
        const configuration = configurationFor(total);
        expect(hover).toContain(`| Configuration | ${configuration.name} configuration |`);
        expect(hover).toContain(`${total} ≤ ${configuration.maxAgents}`);
        expect(hover).toContain(`| Servers | ${serverCount(configuration)}: `);
        expect(hover).toContain(configuration.ova!);
        expect(hover).toContain(`${configuration.maxAgents} − ${total} = ${configuration.maxAgents - total}`);
        expect(hover).toContain(`⌈${total} ÷ ${MAX_AGENTS_PER_APPLICATION_SERVER}⌉ = ${Math.ceil(total / MAX_AGENTS_PER_APPLICATION_SERVER)}`);
        expect(hover).toContain(`${total} ÷ ${sizing.applicationServersDeclared} = ${total / sizing.applicationServersDeclared} ≤ ${MAX_AGENTS_PER_APPLICATION_SERVER}`);
        expect(hover).toContain('Chapter 2, Sizing Inputs');
        expect(hover).toContain('Chapter 2, Sizing for Combined Email, Web, and Voice Scenarios');
    });

    it('over a load line shows the standardized agents it contributes', async () => {
        const chat = blended.analysis.deployment.load!.chat[0];
        const hover = await hoverAt(blendedEce, 'chat 100 agents', 6);
        expect(hover).toContain(`### Chat: ${chat.agents} agents at ${chat.concurrentChats} concurrent chats: ${standardizedChatAgents(chat)} standardized agents`);
        expect(hover).toContain(`agents × max(concurrent chats, 1) = ${chat.agents} × ${chat.concurrentChats} = ${standardizedChatAgents(chat)}`);
        expect(hover).toContain(`| Deployment total | ${blended.analysis.sizing.standardizedAgents.total} |`);
    });

    it('over load volumes shows growth per month split by email, attachments and chat, the size at 12, 24 and 36 months and the month the disk fills', async () => {
        const { growth } = routing.analysis;
        const i = growth.inputs;
        const hover = await hoverAt(ece, 'incoming emails', 3);
        expect(hover).toContain('### Database growth');
        expect(hover).toContain(`((${formatNumber(i.incomingEmails)} + ${formatNumber(i.outgoingEmails)}) × 2) × (6 + ${i.averageEmailKB} × 2) ÷ 1024 = ${formatNumber(emailGrowthMB(i))} MB`);
        expect(hover).toContain(`${formatNumber(i.emailsWithAttachments)} × ${i.averageAttachmentKB} ÷ 1024 = ${formatNumber(attachmentGrowthMB(i))} MB`);
        expect(hover).toContain('| Chat and callback |');
        for (const month of [12, 24, 36]) {
            const size = projectedMB(i, growth.monthlyMB, month);
            expect(hover).toContain(`| After ${month} months | ${formatNumber(size / 1024)} GB |`);
        }
        const fills = monthDiskFills(i, growth.monthlyMB, growth.diskGB! * 1024);
        expect(fills).toBeGreaterThan(0);
        expect(hover).toContain(`in month ${fills}`);
        expect(hover).toContain('Chapter 2, Planning for Database Growth');
        // The same hover on another volume line and on the average size.
        expect(await hoverAt(ece, 'average attachment size', 3)).toBe(hover);
    });

    it('over a queue shows its MRD, script selector, skill groups and the agents who service it', async () => {
        const queue = routing.analysis.deployment.queues.find(q => q.name === 'Email_MRD_Global_Support_Email_Script')!;
        const agents = agentsServicing(queue, routing.analysis.routingIndex).map(a => a.name);
        expect(agents.length).toBeGreaterThan(1);
        const hover = await hoverAt(ece, queue.name, 3);
        expect(hover).toContain(`### Queue \`${queue.name}\` · department \`Support\``);
        expect(hover).toContain('| MRD | `Email_MRD` (inbound email, interruptible) |');
        expect(hover).toContain(`| Script selector | \`${queue.scriptSelector!.name}\` |`);
        expect(hover).toContain(`| Skill groups | ${queue.skillGroups.map(r => `\`${r.name}\``).join(', ')} |`);
        expect(hover).toContain(`| Agents who service it (${agents.length}) | ${agents.map(a => `\`${a}\``).join(', ')} |`);
        expect(hover).toContain('The name follows the convention');
        // On a keyword inside the queue too.
        expect(await hoverAt(ece, 'script selector Global_Support_Email_Script', 2)).toBe(hover);
    });

    it('over an agent shows the queues it services, across files', async () => {
        const agent = routing.analysis.deployment.agents.find(a => a.name === 'Clark')!;
        const queues = queuesServicedBy(agent, routing.analysis.routingIndex);
        expect(queues.length).toBe(2);
        const hover = await hoverAt(ucce, 'agent Clark', 7);
        expect(hover).toContain('### Agent `Clark`');
        expect(hover).toContain(`#### Queues it services (${queues.length})`);
        for (const q of queues) expect(hover).toContain(`| \`${q.name}\` | \`${q.department}\` | \`Email_MRD\` |`);
    });

    it('over a skill group, declared or referenced, shows its queues and agents', async () => {
        const { routingIndex } = routing.analysis;
        const agents = routingIndex.agentsOfTarget.get('Domestic_Sales_NA')!.map(a => `\`${a.name}\``);
        const queues = routingIndex.queuesOfTarget.get('Domestic_Sales_NA')!.map(q => `\`${q.department}/${q.name}\``);
        const declared = await hoverAt(ucce, 'skill group Domestic_Sales_NA', 14);
        expect(declared).toContain('### Skill group `Domestic_Sales_NA`');
        expect(declared).toContain(`| Queues (${queues.length}) | ${queues.join(', ')} |`);
        expect(declared).toContain(`| Agents (${agents.length}) | ${agents.join(', ')} |`);
        expect(declared).toContain('| Peripheral | `NA_Peripheral` |');
        // A reference in the other file shows the same object.
        expect(await hoverAt(ece, 'skill groups Domestic_Sales_NA', 15)).toBe(declared);
    });

    it('over network figures shows the aggregate bandwidth (agents × 40 and × 384 kbps) and the latency budget left', async () => {
        const { deployment } = routing.analysis;
        const agents = deployment.load!.email.reduce((n, l) => n + l.agents, 0);
        const latency = toMs(deployment.network!.agentLatency!.value);
        const hover = await hoverAt(ece, 'agent latency', 2);
        expect(hover).toContain('### Network');
        expect(hover).toContain(`agents × ${MIN_STEADY_BANDWIDTH_KBPS} kbps = ${agents} × ${MIN_STEADY_BANDWIDTH_KBPS} = ${formatNumber(agents * MIN_STEADY_BANDWIDTH_KBPS)} kbps`);
        expect(hover).toContain(`${agents} × ${MIN_LOGIN_BANDWIDTH_KBPS} = ${formatNumber(agents * MIN_LOGIN_BANDWIDTH_KBPS)} kbps`);
        expect(hover).toContain(`${MAX_AGENT_LATENCY_MS} − ${latency} = ${MAX_AGENT_LATENCY_MS - latency}`);
        expect(hover).toContain('Chapter 4, Bandwidth Requirements');
        expect(await hoverAt(ece, 'steady bandwidth 64', 17)).toBe(hover);
    });

    it('over a department shows its routing table', async () => {
        const hover = await hoverAt(ece, 'department Sales', 12);
        const sales = routing.analysis.routes.filter(r => r.department === 'Sales');
        expect(hover).toContain(`### Department \`Sales\` (${sales.length} queues)`);
        for (const route of sales) expect(hover).toContain(route.agents.map(a => `\`${a}\``).join(', '));
    });

    it('over a comment or blank space shows nothing', async () => {
        expect(await client.hover(ece, { line: 0, character: 3 })).toBeNull();
        expect(await client.hover(ece, positionOf(text(ece), '\n\n', 1))).toBeNull();
    });
});
