import { describe, expect, it } from 'vitest';
import { CONFIGURATIONS, MAX_AGENTS_PER_APPLICATION_SERVER } from '../../../language/engine/configurations.js';
import {
    diskFullMonth, explainChatLine, explainConfiguration, explainEmailLine, explainStandardizedAgents, formatMB, formatNumber, summaryLine,
} from '../../../language/engine/explain.js';
import { monthDiskFills } from '../../../language/engine/growth.js';
import { standardizedEmailAgents } from '../../../language/engine/sizing.js';
import { checkText } from '../../helpers/check-folder.js';

describe('explained figures', () => {
    it('formats numbers the way the guide writes them, and sizes in MB below 1 GB and GB above', () => {
        expect(formatNumber(120_000)).toBe('120,000');
        expect(formatNumber(244.140625)).toBe('244.1');
        expect(formatNumber(9.3333, 2)).toBe('9.33');
        expect(formatMB(1023)).toBe('1,023 MB');
        expect(formatMB(1024 * 4.25)).toBe('4.3 GB');
    });

    it.each([
        [{ agents: 8, emailsPerHour: 9 }, '8 × 9 ÷ 6 = 12', ''],
        [{ agents: 10, emailsPerHour: 3 }, '10 × 6 ÷ 6 = 10', ' (3 per hour counts as 6)'],
        [{ agents: 5 }, '5 × 6 ÷ 6 = 5', ' (no rate written: the standard 6)'],
    ])('explains the email line %o with its arithmetic', (line, arithmetic, note) => {
        const figure = explainEmailLine(line);
        expect(figure.arithmetic).toBe(arithmetic + note);
        expect(figure.value).toBe(`${formatNumber(standardizedEmailAgents(line), 2)} standardized agents`);
        expect(figure.section).toBe('Chapter 2, Sizing Inputs');
    });

    it('counts a chat concurrency below one as one', () => {
        expect(explainChatLine({ agents: 4, concurrentChats: 0.5 }).arithmetic).toBe('4 × 1 = 4 (0.5 counts as 1)');
    });

    it('sums the lines of a channel and rounds the total up to a whole agent', async () => {
        const { analysis } = await checkText('load profile {\n email 7 agents at 7 emails per hour\n email 1 agents\n chat 2 agents\n}');
        const [email, chat, callback, total] = explainStandardizedAgents(analysis.sizing, analysis.deployment.load);
        expect(email.arithmetic).toBe('7 × 7 ÷ 6 + 1 × 6 ÷ 6 = 9.17');
        expect(chat.arithmetic).toBe('2 × 1 = 2');
        expect(callback.arithmetic).toBe('0');
        expect(total.arithmetic).toBe('⌈9.17 + 2 + 0⌉ = 12');
    });

    it('says when a deployment is past every configuration', async () => {
        const over = CONFIGURATIONS.at(-1)!.maxAgents + 1;
        const { analysis } = await checkText(`load profile {\n callback ${over} agents\n}`);
        const [configuration, servers] = explainConfiguration(analysis.sizing);
        expect(configuration.value).toBe('not supported');
        expect(servers.value).toContain('not supported by one deployment');
        expect(summaryLine(analysis)).toBe(`${formatNumber(over)} standardized agents · over ${formatNumber(over - 1)}: not supported by one deployment · DB +0 MB/month`);
        const load = explainConfiguration(analysis.sizing).find(f => f.label === 'Load per application server')!;
        expect(load.value).toBe('no application server declared');
        expect(MAX_AGENTS_PER_APPLICATION_SERVER).toBe(400);
    });

    it('summarizes sizing and growth in one line, with the month the database disk fills', async () => {
        const { analysis } = await checkText([
            'load profile {',
            ' email 30 agents',
            ' incoming emails 50,000 per month',
            ' average email size 20 KB',
            '}',
            'server DB { roles database disk 20 GB }',
        ].join('\n'));
        const { growth } = analysis;
        const month = monthDiskFills(growth.inputs, growth.monthlyMB, growth.diskGB! * 1024);
        expect(diskFullMonth(growth)).toBe(month);
        expect(summaryLine(analysis)).toBe(`30 standardized agents · 400-agent configuration · 1 of 2 servers declared · DB +${formatMB(growth.monthlyMB.total)}/month, disk full in month ${month}`);
    });

    it('says a deployment without a load profile is not sized', async () => {
        const { analysis } = await checkText('deployment Empty');
        expect(summaryLine(analysis)).toMatch(/^Not sized: no load profile/);
    });
});
