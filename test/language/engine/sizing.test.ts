import { describe, expect, it } from 'vitest';
import { CONFIGURATIONS, configurationFor, largestSupportedAgents, serversPerRole } from '../../../language/engine/configurations.js';
import { roleShortfall, serversToAdd } from '../../../language/engine/sizing.js';
import { checkText } from '../../helpers/check-folder.js';

/** The sizing of a deployment given only by its load profile lines (and optionally its servers). */
async function sizingOf(loadLines: string[], servers = '') {
    const { analysis } = await checkText(`load profile {\n${loadLines.map(l => `    ${l}\n`).join('')}}\n${servers}`);
    return analysis.sizing;
}

describe('standardized agents (guide, chapter 2, Sizing Inputs)', () => {
    it.each([
        { load: ['email 12 agents at 6 emails per hour'], email: 12, chat: 0, callback: 0, total: 12 },
        { load: ['email 12 agents at 9 emails per hour'], email: 18, chat: 0, callback: 0, total: 18 },
        { load: ['email 12 agents'], email: 12, chat: 0, callback: 0, total: 12 },
        // Decision: a rate below 6 counts as 6, so an agent never counts as less than one.
        { load: ['email 12 agents at 3 emails per hour'], email: 12, chat: 0, callback: 0, total: 12 },
        { load: ['chat 10 agents at 3 concurrent chats'], email: 0, chat: 30, callback: 0, total: 30 },
        { load: ['chat 10 agents'], email: 0, chat: 10, callback: 0, total: 10 },
        // Decision: a concurrency below 1 counts as 1.
        { load: ['chat 10 agents at 0.5 concurrent chats'], email: 0, chat: 10, callback: 0, total: 10 },
        { load: ['callback 7 agents'], email: 0, chat: 0, callback: 7, total: 7 },
        // Per-channel values stay exact; the total rounds up to a whole agent.
        { load: ['email 7 agents at 7 emails per hour'], email: 49 / 6, chat: 0, callback: 0, total: 9 },
        // 45 × 8.8 / 6 is 66.00000000000001 in floating point: still 66 agents.
        { load: ['email 45 agents at 8.8 emails per hour'], email: 66, chat: 0, callback: 0, total: 66 },
        // A blended agent counts on every channel it handles: ten agents doing email and two chats each.
        {
            load: ['email 10 agents at 6 emails per hour', 'chat 10 agents at 2 concurrent chats'],
            email: 10, chat: 20, callback: 0, total: 30,
        },
        {
            load: ['email 100 agents at 12 emails per hour', 'email 50 agents', 'chat 40 agents at 2 concurrent chats', 'callback 5 agents'],
            email: 250, chat: 80, callback: 5, total: 335,
        },
        { load: [], email: 0, chat: 0, callback: 0, total: 0 },
    ].map(c => ({ ...c, name: c.load.join(' + ') || 'no load' })))('$name → total $total', async ({ load, email, chat, callback, total }) => {
        const { standardizedAgents } = await sizingOf(load);
        expect(standardizedAgents.email).toBeCloseTo(email, 9);
        expect(standardizedAgents.chat).toBe(chat);
        expect(standardizedAgents.callback).toBe(callback);
        expect(standardizedAgents.total).toBe(total);
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
    ])('$agents standardized agents → $configuration, $appServers application servers required, $forLoad for the load', async ({ agents, configuration, ova, appServers, forLoad }) => {
        const sizing = await sizingOf([`callback ${agents} agents`]);
        expect(sizing.standardizedAgents.total).toBe(agents);
        expect(sizing.configuration.name).toBe(configuration);
        expect(sizing.configuration.ova).toBe(ova);
        expect(sizing.applicationServersNeeded).toBe(appServers);
        expect(sizing.applicationServersForLoad).toBe(forLoad);
    });

    it('needs no application server and picks the smallest configuration without agents', async () => {
        const sizing = await sizingOf([]);
        expect(sizing.applicationServersNeeded).toBe(0);
        expect(sizing.agentsPerApplicationServer).toBe(0);
        expect(configurationFor(0).name).toBe('400-agent');
    });

    it('divides the agents by the declared application servers, collocated ones included', async () => {
        const sizing = await sizingOf(['email 900 agents'], `
            server A { roles web, application }
            server B { roles application }
            server C { roles web }
        `);
        expect(sizing.applicationServersDeclared).toBe(2);
        expect(sizing.agentsPerApplicationServer).toBe(450);
        expect(sizing.applicationServersNeeded).toBe(5);
        expect(sizing.applicationServersForLoad).toBe(3);
    });

    it('counts agents with no application server declared as infinitely many per server', async () => {
        const sizing = await sizingOf(['email 10 agents'], 'server W { roles web }');
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

    it.each([
        {
            name: 'no server, 400-agent: the all-in-one server and a web server',
            configuration: 0, servers: '',
            add: [['web', 'application', 'file', 'messaging', 'services', 'database'], ['web']],
        },
        {
            name: 'only the web server, 400-agent: the all-in-one, and no second web-only server',
            configuration: 0, servers: 'server W { roles web }',
            add: [['web', 'application', 'file', 'messaging', 'services', 'database']],
        },
        {
            name: 'only the all-in-one, 400-agent: one web server',
            configuration: 0, servers: 'server A { roles web, application, file, messaging, services, database }',
            add: [['web']],
        },
        {
            name: 'a distributed topology satisfies the 400-agent configuration',
            configuration: 0,
            servers: 'server W1 { roles web } server W2 { roles web } server A { roles application } server F { roles file }'
                + ' server M { roles messaging } server S { roles services } server D { roles database }',
            add: [],
        },
        {
            name: 'five web-application servers count as five web and five application servers, 1500-agent',
            configuration: 1,
            servers: [1, 2, 3, 4, 5].map(i => `server WA${i} { roles web, application }`).join(' ')
                + ' server DATA { roles file, messaging, services, database }',
            add: [],
        },
        {
            name: 'the 400-agent topology is short of 3 web and 4 application servers for 1500 agents',
            configuration: 1,
            servers: 'server W { roles web } server A { roles web, application, file, messaging, services, database }',
            add: [['web'], ['web'], ['web'], ['application'], ['application'], ['application'], ['application']],
        },
    ])('$name', async ({ configuration, servers, add }) => {
        const { analysis } = await checkText(servers);
        const config = CONFIGURATIONS[configuration];
        expect(serversToAdd(roleShortfall(analysis.deployment, config), config)).toEqual(add);
    });
});
