import { describe, expect, it } from 'vitest';
import { writeTempFolder } from '../helpers/check-folder.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const GUIDE_WORKED_EXAMPLE = `
deployment Worked_Example
load profile {
    emails with attachments 50,000 per month
    average attachment size 5 KB
}
server DB { roles database disk 1 GB }
`;

interface SizeJson {
    deployment: string;
    load: { email: { agents: number; emailsPerHour: number }[]; chat: { agents: number; concurrentChats: number }[]; callback: { agents: number }[] };
    standardizedAgents: { email: number; chat: number; callback: number; total: number };
    configuration: { name: string; ova: string | null; servers: { count: number; roles: string[] }[] };
    applicationServersNeeded: number;
    headroom: number;
}

interface GrowthJson {
    inputs: Record<string, number>;
    monthlyMB: { email: number; attachments: number; chat: number; total: number };
    projection: { month: number; totalMB: number }[];
    diskGB: number | null;
    diskFullMonth: number | null;
}

describe('ece size', () => {
    it('prints the size contract for a blended load', () => {
        const folder = writeTempFolder({
            'load.ece': `deployment Blend\nload profile {\n email 120 agents at 9 emails per hour\n chat 100 agents at 2 concurrent chats\n callback 20 agents\n}\n`,
        });
        const size = runCliJson<SizeJson>(['size', folder, '--json']);
        expect(size.deployment).toBe('Blend');
        expect(size.load).toEqual({
            email: [{ agents: 120, emailsPerHour: 9, standardized: 180 }],
            chat: [{ agents: 100, concurrentChats: 2, standardized: 200 }],
            callback: [{ agents: 20, standardized: 20 }],
        });
        expect(size.standardizedAgents).toEqual({ email: 180, chat: 200, callback: 20, total: 400 });
        expect(size.configuration.name).toBe('400-agent');
        expect(size.configuration.ova).toBe('ECE_12.0_400_Win2016_vmv11_v1.0.ova');
        expect(size.applicationServersNeeded).toBe(1);
        expect(size.headroom).toBe(0);
    });

    it('takes a file as its folder, and reports unsupported sizes with a null OVA', () => {
        const folder = writeTempFolder({ 'a.ece': 'deployment Big\n', 'b.ece': 'load profile { chat 800 agents at 2 concurrent chats }\n' });
        const size = runCliJson<SizeJson>(['size', `${folder}/a.ece`, '--json']);
        expect(size.standardizedAgents.total).toBe(1600);
        expect(size.configuration).toMatchObject({ name: 'unsupported', ova: null });
        // No configuration's table applies past 1,500: the load alone says how many.
        expect(size.applicationServersNeeded).toBe(4);
    });

    it('says what the 1500-agent configuration requires, and separately what the load needs', () => {
        const size = runCliJson<SizeJson & { applicationServersForLoad: number }>(['size', 'examples/mistakes', '--json']);
        expect(size.standardizedAgents.total).toBe(750);
        expect(size.applicationServersNeeded).toBe(5);
        expect(size.applicationServersForLoad).toBe(2);
    });

    it('words an email rate below 6 as the hover does: the arithmetic adds up', () => {
        const folder = writeTempFolder({ 'main.ece': 'load profile {\n    email 4 agents at 3 emails per hour\n}\n' });
        const text = runCli(['size', folder]).stdout;
        expect(text).toContain('4 × 6 ÷ 6 = 4 (3 per hour counts as 6)');
        expect(text).not.toContain('× 3 emails');
        const zero = runCli(['size', writeTempFolder({ 'main.ece': 'load profile {\n    email 60 agents at 0 emails per hour\n}\n' })]).stdout;
        expect(zero).toContain('60 × 6 ÷ 6 = 60 (0 per hour counts as 6)');
    });

    it('explains the arithmetic in text', () => {
        const text = runCli(['size', 'examples/integrated-routing']).stdout;
        expect(text).toContain('agents × max(emails per hour, 6) ÷ 6 = 8 × 9 ÷ 6 = 12');
        expect(text).toContain('Configuration: 400-agent configuration');
        expect(text).toContain('OVA template: ECE_12.0_400_Win2016_vmv11_v1.0.ova');
    });
});

describe('ece growth', () => {
    it('computes the guide\'s worked example: 50,000 emails with 5 KB attachments grow 244.1 MB a month', () => {
        const growth = runCliJson<GrowthJson>(['growth', writeTempFolder({ 'main.ece': GUIDE_WORKED_EXAMPLE }), '--json', '--months', '6']);
        expect(growth.monthlyMB.attachments.toFixed(1)).toBe('244.1');
        expect(growth.monthlyMB.total).toBe(growth.monthlyMB.attachments);
        expect(growth.projection).toHaveLength(6);
        expect(growth.projection[5]).toEqual({ month: 6, totalMB: growth.monthlyMB.total * 6 });
        // 1 GB = 1024 MB fills after 1024 / 244.14 = 4.19 months: the fifth month exceeds it.
        expect(growth).toMatchObject({ diskGB: 1, diskFullMonth: 5 });
        expect(Object.keys(growth.inputs)).toEqual([
            'incomingEmails', 'outgoingEmails', 'averageEmailKB', 'emailsWithAttachments', 'averageAttachmentKB',
            'chatMessages', 'averageChatMessageKB', 'currentDatabaseMB',
        ]);
    });

    it('defaults to a 36-month horizon and reports a disk that never fills as null', () => {
        const growth = runCliJson<GrowthJson>(['growth', 'examples/integrated-routing', '--json']);
        expect(growth.projection).toHaveLength(36);
        expect(growth.projection.map(p => p.month)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
        expect(growth.diskFullMonth).toBeNull();
    });

    it('rejects a horizon that is not a positive whole number', () => {
        expect(runCli(['growth', 'examples/integrated-routing', '--months', 'ten']).status).toBe(2);
    });
});

describe('ece routes, rules, report, help', () => {
    it('derives the routing table of the guide\'s chapter 1 scenario', () => {
        const routes = runCliJson<{ department: string; queue: string; mrd: string; script: string; skillGroups: string[]; precisionQueues: string[]; agents: string[] }[]>(
            ['routes', 'examples/integrated-routing', '--json']);
        expect(routes).toHaveLength(4);
        expect(routes[0]).toEqual({
            department: 'Sales', queue: 'Email_MRD_Domestic_Sales_Email_Script', mrd: 'Email_MRD',
            script: 'Domestic_Sales_Email_Script', skillGroups: ['Domestic_Sales_NA', 'Domestic_Sales_EMEA'],
            precisionQueues: [], agents: ['Clark', 'Bruce', 'Natasha', 'Clint'],
        });
    });

    it('lists the rules with id, default severity, description and link', () => {
        const rules = runCliJson<{ id: string; severity: string; description: string; url: string }[]>(['rules', '--json']);
        const rule = rules.find(r => r.id === 'routing/email-mrd-interruptible');
        expect(rule).toMatchObject({ severity: 'error' });
        expect(rule?.url).toMatch(/docs\/rules\.md#routingemail-mrd-interruptible$/);
    });

    it('reports sizing, growth, routing and diagnostics in one summary', () => {
        const result = runCli(['report', 'examples/integrated-routing']);
        expect(result.stdout).toContain('Sizing of Integrated_Routing_Example');
        expect(result.stdout).toContain('Database growth of Integrated_Routing_Example');
        expect(result.stdout).toContain('Tony, Loki, Phil');
        expect(result.stdout).toContain('Diagnostics');
    });

    it('has --help on every command and --version', () => {
        for (const command of ['check', 'size', 'growth', 'routes', 'rules', 'report', 'diff']) {
            const result = runCli([command, '--help']);
            expect(result.status).toBe(0);
            expect(result.stdout).toContain(`Usage: ece ${command}`);
        }
        expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }, 120_000);
});
