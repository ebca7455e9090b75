import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsertTextFormat, type CompletionItem } from 'vscode-languageserver-protocol';
import { writeTempFolder } from '../helpers/check-folder.js';
import { removeTempFolder } from '../helpers/temp-folder.js';
import { LspClient, positionOf } from '../helpers/lsp-client.js';

const UCCE = `
mrd Email_MRD { channel inbound email }
mrd Chat_MRD { channel chat }
skill group Sales_Email { mrd Email_MRD }
skill group Support_Email { mrd Email_MRD }
skill group Sales_Chat { mrd Chat_MRD }
skill group Unassigned { }
precision queue Gold_Chat { mrd Chat_MRD }
script selector Sales_Script { skill groups Support_Email }
`;

const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('completion', () => {
    let client: LspClient;
    let folder: string;
    /** Opens `main.ece` with `text` (the cursor at `|`) next to the Unified CCE file, and completes there. */
    const completeAt = async (text: string): Promise<CompletionItem[]> => {
        const file = path.join(folder, 'main.ece');
        const cursor = text.indexOf('|');
        const clean = text.replace('|', '');
        const rebuilt = client.nextDiagnostics(`file://${file}`);
        if (opened) await client.change(file, clean);
        else await client.open(file, clean);
        opened = true;
        await rebuilt;
        return client.completion(file, positionOf(clean, clean.slice(cursor), 0));
    };
    let opened = false;

    beforeAll(async () => {
        folder = writeTempFolder({ 'ucce.ece': UCCE, 'main.ece': '' });
        client = await LspClient.start(folder);
    });
    afterAll(async () => {
        await client.stop();
        removeTempFolder(folder);
    });

    it("offers a queue only the skill groups of the queue's MRD, its script selector's targets first", async () => {
        const items = await completeAt([
            'department Sales {',
            '    queue Email_MRD_Sales_Script {',
            '        mrd Email_MRD',
            '        script selector Sales_Script',
            '        skill groups |',
            '    }',
            '}',
        ].join('\n'));
        const groups = items.filter(i => ['Sales_Email', 'Support_Email', 'Sales_Chat', 'Unassigned'].includes(i.label));
        expect(labels(groups).sort()).toEqual(['Sales_Email', 'Support_Email', 'Unassigned']);
        expect(groups.find(i => i.label === 'Support_Email')?.sortText).toBe('0');
        expect(groups.find(i => i.label === 'Sales_Email')?.sortText).toBe('1');
        expect(groups.find(i => i.label === 'Sales_Email')?.detail).toBe('MRD Email_MRD');
    });

    it('leaves out a skill group the queue already lists', async () => {
        const items = await completeAt([
            'department Sales {',
            '    queue Q {',
            '        mrd Email_MRD',
            '        skill groups Sales_Email, |',
            '    }',
            '}',
        ].join('\n'));
        expect(labels(items)).toContain('Support_Email');
        expect(labels(items)).not.toContain('Sales_Email');
        expect(labels(items)).not.toContain('Sales_Chat');
    });

    it('offers an agent every skill group, and a skill-group list no precision queue', async () => {
        const items = await completeAt('agent Ann { skill groups | }');
        expect(labels(items)).toEqual(expect.arrayContaining(['Sales_Email', 'Support_Email', 'Sales_Chat', 'Unassigned']));
        expect(labels(items)).not.toContain('Gold_Chat');
        expect(labels(items)).not.toContain('Email_MRD');
    });

    it('offers MRDs where an MRD is expected', async () => {
        const items = await completeAt('skill group New { mrd | }');
        expect(labels(items)).toEqual(expect.arrayContaining(['Email_MRD', 'Chat_MRD']));
        expect(labels(items)).not.toContain('Sales_Email');
    });

    it('offers the keywords that start a declaration, and snippets for a new agent and server', async () => {
        const items = await completeAt('|');
        expect(labels(items)).toEqual(expect.arrayContaining(['deployment', 'mrd', 'skill', 'department', 'server', 'load', 'network', 'security', 'agent']));
        const server = items.find(i => i.label === 'server' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(server?.insertText).toContain('roles ${2|web,application,file,messaging,services,database|}');
        const agent = items.find(i => i.label === 'agent' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(agent?.insertText).toMatch(/^agent \$\{1:Name\} \{\n\tskill groups \$\{2:\w+\}\n\}$/);
    });

    it('offers a snippet for a new queue named by the convention, with the MRD and script selector mirrored', async () => {
        const items = await completeAt('department Sales {\n    |\n}');
        const queue = items.find(i => i.label === 'queue' && i.insertTextFormat === InsertTextFormat.Snippet);
        expect(queue?.insertText).toBe('queue ${1:Email_MRD}_${2:Sales_Script} {\n\tmrd ${1}\n\tscript selector ${2}\n\tskill groups ${3:Sales_Email}\n}');
    });

    it('offers the values a statement takes', async () => {
        expect(labels(await completeAt('mrd M { channel | }'))).toEqual(expect.arrayContaining(['inbound', 'outbound', 'chat', 'callback']));
        expect(labels(await completeAt('load balancer LB { sticky sessions | }'))).toEqual(expect.arrayContaining(['cookie', 'source-ip', 'none']));
        expect(labels(await completeAt('server S { roles | }'))).toEqual(expect.arrayContaining(['web', 'application', 'file', 'messaging', 'services', 'database']));
    });

    it('offers only the units of what the statement measures', async () => {
        const size = labels(await completeAt('server S { disk 200 | }'));
        expect(size).toEqual(expect.arrayContaining(['KB', 'MB', 'GB', 'TB']));
        expect(size).not.toContain('ms');
        expect(size).not.toContain('kbps');
        const latency = labels(await completeAt('network { agent latency 80 | }'));
        expect(latency).toContain('ms');
        expect(latency).not.toContain('GB');
        const bandwidth = labels(await completeAt('network { steady bandwidth 64 | }'));
        expect(bandwidth).toEqual(expect.arrayContaining(['kbps', 'Mbps']));
        expect(bandwidth).not.toContain('ms');
    });

    it('offers only what fits where the cursor is: role names after `roles`, a server\'s statements in a server, no top-level declaration', async () => {
        const roles = ['web', 'application', 'file', 'messaging', 'services', 'database'];
        expect(labels(await completeAt('server ECE_APP_1 {\n    roles |\n}\n')).sort()).toEqual([...roles].sort());
        expect(labels(await completeAt('server ECE_APP_1 { roles web, |}\n')).sort()).toEqual([...roles].sort());
        expect(labels(await completeAt('server ECE_APP_1 {\n    |\n}\n')).sort()).toEqual(['always', 'disk', 'in', 'roles', 'weight']);
        expect(labels(await completeAt('load balancer LB { sticky sessions | }')).sort()).toEqual(['cookie', 'none', 'source-ip']);
    });
});
