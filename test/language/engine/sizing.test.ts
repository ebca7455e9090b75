import { describe, expect, it } from 'vitest';
import { CONFIGURATIONS, configurationFor, largestSupportedAgents, serversPerRole } from '../../../language/engine/configurations.js';
import { roleShortfall, serversToAdd, sizeDeployment } from '../../../language/engine/sizing.js';
import type { ServerRole } from '../../../language/model/deployment.js';
import { checkText } from '../../helpers/check-folder.js';
import { deployment, loadProfile, server, type LoadLines } from '../../helpers/plain-deployment.js';

/** The sizing of a deployment given only by its load profile (and optionally its servers). */
function sizingOf(load: LoadLines, servers: [string, ServerRole[]][] = []) {
    return sizeDeployment(deployment({ load: loadProfile(load), servers: servers.map(([name, roles]) => server(name, roles)) }));
}

describe('standardized agents (guide, chapter 2, Sizing Inputs)', () => {
    it.each([
        { written: 'email 12 agents at 6 emails per hour', load: { email: [[12, 6]] }, email: 12, chat: 0, callback: 0, total: 12 },
        { written: 'email 12 agents at 9 emails per hour', load: { email: [[12, 9]] }, email: 18, chat: 0, callback: 0, total: 18 },
        { written: 'email 12 agents', load: { email: [[12]] }, email: 12, chat: 0, callback: 0, total: 12 },
        // Decision (docs/decisions.md): a rate below 6 counts as 6, so an agent never counts as less than one.
        { written: 'email 12 agents at 3 emails per hour', load: { email: [[12, 3]] }, email: 12, chat: 0, callback: 0, total: 12 },
        { written: 'chat 10 agents at 3 concurrent chats', load: { chat: [[10, 3]] }, email: 0, chat: 30, callback: 0, total: 30 },
        { written: 'chat 10 agents', load: { chat: [[10]] }, email: 0, chat: 10, callback: 0, total: 10 },
        // Decision (docs/decisions.md): a concurrency below 1 counts as 1.
        { written: 'chat 10 agents at 0.5 concurrent chats', load: { chat: [[10, 0.5]] }, email: 0, chat: 10, callback: 0, total: 10 },
        { written: 'callback 7 agents', load: { callback: [7] }, email: 0, chat: 0, callback: 7, total: 7 },
        // Per-channel values stay exact; the total rounds up to a whole agent.
        { written: 'email 7 agents at 7 emails per hour', load: { email: [[7, 7]] }, email: 49 / 6, chat: 0, callback: 0, total: 9 },
        // 45 × 8.8 / 6 is 66.00000000000001 in floating point: still 66 agents.
        { written: 'email 45 agents at 8.8 emails per hour', load: { email: [[45, 8.8]] }, email: 66, chat: 0, callback: 0, total: 66 },
        // A blended agent counts on every channel it handles: ten agents doing email and two chats each.
        {
            written: 'email 10 agents at 6 emails per hour + chat 10 agents at 2 concurrent chats',
            load: { email: [[10, 6]], chat: [[10, 2]] }, email: 10, chat: 20, callback: 0, total: 30,
        },
        {
            written: 'email 100 agents at 12 emails per hour + email 50 agents + chat 40 agents at 2 concurrent chats + callback 5 agents',
            load: { email: [[100, 12], [50]], chat: [[40, 2]], callback: [5] }, email: 250, chat: 80, callback: 5, total: 335,
        },
        { written: 'no load', load: {}, email: 0, chat: 0, callback: 0, total: 0 },
    ] satisfies { written: string; load: LoadLines; email: number; chat: number; callback: number; total: number }[])(
        '$written → total $total', ({ load, email, chat, callback, total }) => {
            const { standardizedAgents } = sizingOf(load);
            expect(standardizedAgents.email).toBeCloseTo(email, 9);
            expect(standardizedAgents.chat).toBe(chat);
            expect(standardizedAgents.callback).toBe(callback);
            expect(standardizedAgents.total).toBe(total);
        },
    );

    it('sizes a load profile written in a file as its model', async () => {
        const { analysis } = await checkText('load profile {\n    email 100 agents at 12 emails per hour\n    chat 40 agents at 2 concurrent chats\n    callback 5 agents\n}');
        expect(analysis.sizing).toEqual(sizingOf({ email: [[100, 12]], chat: [[40, 2]], callback: [5] }));
    });
});

describe('configuration boundaries', () => {
    it.each([
        { agents: 1, configuration: '400-agent', ova: 'ECE_12.0_400_Win2016_vmv11_v1.0.ova', appServers: 1, forLoad: 1 },
        { agents: 400, configuration: '400-agent', ova: 'ECE_12.0_400_Win2016_vmv11_v1.0.ova', appServers: 1, forLoad: 1 },
        { agents: 401, configuration: '1500-agent', ova: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova', appServers: 5, forLoad: 2 },
        { agents: 800, configuration: '1500-agent', ova: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova', appServers: 5, forLoad: 2 },
        { agents: 801, configuration: '1500-agent', ova: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova', appServers: 5, forLoad: 3 },
        { agents: 1500, configuration: '1500-agent', ova: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova', appServers: 5, forLoad: 4 },
        { agents: 1501, configuration: 'unsupported', ova: null, appServers: 4, forLoad: 4 },
    ])('$agents standardized agents → $configuration, $appServers application servers required, $forLoad for the load', ({ agents, configuration, ova, appServers, forLoad }) => {
        const sizing = sizingOf({ callback: [agents] });
        expect(sizing.standardizedAgents.total).toBe(agents);
        expect(sizing.configuration.name).toBe(configuration);
        expect(sizing.configuration.ova).toBe(ova);
        expect(sizing.applicationServersNeeded).toBe(appServers);
        expect(sizing.applicationServersForLoad).toBe(forLoad);
    });

    it('needs no application server and picks the smallest configuration without agents', () => {
        const sizing = sizingOf({});
        expect(sizing.applicationServersNeeded).toBe(0);
        expect(sizing.agentsPerApplicationServer).toBe(0);
        expect(configurationFor(0).name).toBe('400-agent');
    });

    it('divides the agents by the declared application servers, collocated ones included', () => {
        const sizing = sizingOf({ email: [[900]] }, [['A', ['web', 'application']], ['B', ['application']], ['C', ['web']]]);
        expect(sizing.applicationServersDeclared).toBe(2);
        expect(sizing.agentsPerApplicationServer).toBe(450);
        expect(sizing.applicationServersNeeded).toBe(5);
        expect(sizing.applicationServersForLoad).toBe(3);
    });

    it('counts agents with no application server declared as infinitely many per server', () => {
        const sizing = sizingOf({ email: [[10]] }, [['W', ['web']]]);
        expect(sizing.agentsPerApplicationServer).toBe(Infinity);
    });

    it('supports at most 1500 agents in one deployment', () => {
        expect(largestSupportedAgents()).toBe(1500);
    });
});

describe('servers each configuration needs', () => {
    it('counts a collocated server once for each of its roles', () => {
        const [small, large] = CONFIGURATIONS;
        expect(serversPerRole(small)).toEqual({ web: 2, application: 1, file: 1, messaging: 1, services: 1, database: 1 });
        expect(serversPerRole(large)).toEqual({ web: 5, application: 5, file: 1, messaging: 1, services: 1, database: 1 });
    });

    const ALL: ServerRole[] = ['web', 'application', 'file', 'messaging', 'services', 'database'];
    it.each([
        {
            name: 'no server, 400-agent: the all-in-one server and a web server',
            configuration: 0, servers: [],
            add: [ALL, ['web']],
        },
        {
            name: 'only the web server, 400-agent: the all-in-one, and no second web-only server',
            configuration: 0, servers: [['W', ['web']]],
            add: [ALL],
        },
        {
            name: 'only the all-in-one, 400-agent: one web server',
            configuration: 0, servers: [['A', ALL]],
            add: [['web']],
        },
        {
            name: 'a distributed topology satisfies the 400-agent configuration',
            configuration: 0,
            servers: [['W1', ['web']], ['W2', ['web']], ['A', ['application']], ['F', ['file']], ['M', ['messaging']], ['S', ['services']], ['D', ['database']]],
            add: [],
        },
        {
            name: 'five web-application servers count as five web and five application servers, 1500-agent',
            configuration: 1,
            servers: [...[1, 2, 3, 4, 5].map((i): [string, ServerRole[]] => [`WA${i}`, ['web', 'application']]), ['DATA', ['file', 'messaging', 'services', 'database']]],
            add: [],
        },
        {
            name: 'the 400-agent topology is short of 3 web and 4 application servers for 1500 agents',
            configuration: 1,
            servers: [['W', ['web']], ['A', ALL]],
            add: [['web'], ['web'], ['web'], ['application'], ['application'], ['application'], ['application']],
        },
    ] satisfies { name: string; configuration: number; servers: [string, ServerRole[]][]; add: ServerRole[][] }[])('$name', ({ configuration, servers, add }) => {
        const plain = deployment({ servers: servers.map(([name, roles]) => server(name, roles)) });
        const config = CONFIGURATIONS[configuration];
        expect(serversToAdd(roleShortfall(plain, config), config)).toEqual(add);
    });
});
