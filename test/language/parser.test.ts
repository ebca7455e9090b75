import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolder, checkText, writeTempFolder, type CheckedDiagnostic } from '../helpers/check-folder.js';

/** Only what the parser and linker say; the deployment rules are tested on their own. */
const structural = (diagnostics: CheckedDiagnostic[]) => diagnostics.filter(d => /^(syntax|reference|naming)\//.test(String(d.code)));

const EVERY_BLOCK = `
/* A deployment using every construct of the language. */
deployment Every_Block {
    description "all blocks"
    workflow processes 2
    workflow instances 2
}
mrd Email_MRD { channel inbound email interruptible }
mrd Out_MRD { channel outbound email }
mrd Chat_MRD { channel chat }
mrd Callback_MRD { channel callback }
peripheral NA_Peripheral
skill group SG_Email { peripheral NA_Peripheral mrd Email_MRD }
precision queue PQ_Chat { mrd Chat_MRD }
agent Ann { skill groups SG_Email precision queues PQ_Chat }
script selector Email_Script { skill groups SG_Email }
department Sales {
    queue Email_MRD_Email_Script { mrd Email_MRD script selector Email_Script skill groups SG_Email }
}
server WEB_1 { roles web in dmz disk 80 GB }
server DB_1 { roles database disk 1.5 TB always on }
load balancer LB { sticky sessions cookie health check in dmz }
load profile {
    email 1,200 agents at 6 emails per hour   // thousands separators as the guide writes them
    chat 10_000 agents
    callback 3 agents
    incoming emails 120,000 per month
    outgoing emails 60,000 per month
    average email size 12.5 KB
    emails with attachments 5,000 per month
    average attachment size 1 MB
    chat messages 900,000 per month
    average chat message size 1 KB
    current database size 20 GB
}
network {
    agent latency 120 ms
    unified cce latency 40 ms
    login bandwidth 1 Mbps per agent
    steady bandwidth 64 kbps per agent
}
security {
    https open
    customers chat from outside
    file server ports blocked
}
`;

describe('the .ece grammar', () => {
    it('parses every construct without syntax or reference errors', async () => {
        const { diagnostics } = await checkText(EVERY_BLOCK);
        expect(structural(diagnostics)).toEqual([]);
    });

    it('builds the plain model: channels, roles, units, numbers with separators', async () => {
        const { analysis: { deployment: d } } = await checkText(EVERY_BLOCK);
        expect(d.name).toBe('Every_Block');
        expect(d.declaration?.description).toBe('all blocks');
        expect(d.workflow.processes?.value).toBe(2);
        expect(d.mrds.map(m => m.channel?.value)).toEqual(['inbound-email', 'outbound-email', 'chat', 'callback']);
        expect(d.mrds[0].interruptibility?.value).toBe('interruptible');
        expect(d.load?.email[0]).toMatchObject({ agents: 1200, emailsPerHour: 6 });
        expect(d.load?.chat[0]).toMatchObject({ agents: 10000, concurrentChats: undefined });
        expect(d.load?.monthly.incomingEmails?.value).toBe(120000);
        expect(d.load?.averageSize.email?.value).toEqual({ value: 12.5, unit: 'KB' });
        expect(d.load?.averageSize.attachment?.value).toEqual({ value: 1, unit: 'MB' });
        expect(d.servers.map(s => s.roles.map(r => r.value))).toEqual([['web'], ['database']]);
        expect(d.servers[0].inDmz).toBeDefined();
        expect(d.servers[1].alwaysOn).toBeDefined();
        expect(d.servers[1].disk?.value).toEqual({ value: 1.5, unit: 'TB' });
        expect(d.loadBalancers[0].stickiness?.value).toBe('cookie');
        expect(d.network?.loginBandwidth?.value).toEqual({ value: 1, unit: 'Mbps' });
        expect(d.security?.customersChatFrom?.value).toBe('outside');
        expect(d.queues[0]).toMatchObject({ name: 'Email_MRD_Email_Script', department: 'Sales' });
    });

    it('records spans of names and figures, 0-based, for diagnostics', async () => {
        const { analysis: { deployment: d } } = await checkText('mrd  Chat_MRD { channel chat }\n');
        expect(d.mrds[0].nameSpan).toMatchObject({ start: { line: 0, character: 5 }, end: { line: 0, character: 13 } });
    });

    it('reports a unit of the wrong kind and ignores the figure', async () => {
        const { diagnostics, analysis } = await checkText('server DB { roles database disk 300 ms }\n');
        expect(diagnostics.map(d => [d.code, d.message])).toContainEqual(
            ['syntax/unit', "'ms' does not measure a size; write it in KB, MB, GB, TB."]);
        expect(analysis.deployment.servers[0].disk).toBeUndefined();
    });

    it('rejects an unknown unit at parse time', async () => {
        const { diagnostics } = await checkText('network { agent latency 80 seconds }\n');
        expect(diagnostics.some(d => d.code === 'syntax/parse-error')).toBe(true);
    });

    it('accepts // and /* */ comments anywhere', async () => {
        const { diagnostics } = await checkText('// one\nmrd /* inline */ X { channel chat } /* after */\n');
        expect(structural(diagnostics)).toEqual([]);
    });
});

describe('a deployment is one folder', () => {
    it('resolves names across the files of a folder', async () => {
        const { diagnostics, analysis } = await checkText({
            'ucce.ece': 'mrd Chat_MRD { channel chat }\nskill group SG { mrd Chat_MRD }\n',
            'ece.ece': 'deployment Split\nagent Ann { skill groups SG }\n',
        });
        expect(structural(diagnostics)).toEqual([]);
        expect(analysis.deployment.files.map(f => f.slice(f.lastIndexOf('/') + 1))).toEqual(['ece.ece', 'ucce.ece']);
        expect(analysis.deployment.agents[0].skillGroups[0]).toMatchObject({ name: 'SG', resolved: true });
    });

    it('never resolves names across folders', async () => {
        const root = writeTempFolder({});
        fs.mkdirSync(path.join(root, 'prod'));
        fs.mkdirSync(path.join(root, 'lab'));
        fs.writeFileSync(path.join(root, 'prod', 'ucce.ece'), 'mrd Chat_MRD { channel chat }\n');
        fs.writeFileSync(path.join(root, 'lab', 'ece.ece'), 'skill group SG { mrd Chat_MRD }\n');
        const { diagnostics } = await checkFolder(path.join(root, 'lab'));
        expect(structural(diagnostics).map(d => d.code)).toEqual(['reference/unresolved']);
    });

    it('reports a second deployment declaration and duplicate names', async () => {
        const { diagnostics } = await checkText({
            'a.ece': 'deployment Prod\nagent Ann\n',
            'b.ece': 'deployment Lab\nagent Ann\n',
        });
        expect(diagnostics.map(d => [d.file, d.code, d.range.start.line])).toEqual(expect.arrayContaining([
            ['b.ece', 'naming/duplicate-deployment', 0],
            ['b.ece', 'naming/duplicate', 1],
        ]));
    });
});
