import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../../language/engine/sizing.js';
import { serverCount } from '../../language/engine/configurations.js';
import { STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR } from '../../language/engine/configurations.js';
import type { CheckedDeployment } from '../workspace.js';
import { capacityJson, capacityText } from './capacity.js';
import { fixed, table, heading } from '../output/text.js';

/** The `ece size --json` contract. */
export function sizeJson({ analysis }: CheckedDeployment) {
    const { deployment, sizing } = analysis;
    const load = deployment.load;
    return {
        deployment: deployment.name,
        load: {
            email: (load?.email ?? []).map(l => ({
                agents: l.agents, emailsPerHour: l.emailsPerHour ?? STANDARD_EMAILS_PER_HOUR, standardized: standardizedEmailAgents(l),
            })),
            chat: (load?.chat ?? []).map(l => ({
                agents: l.agents, concurrentChats: l.concurrentChats ?? STANDARD_CONCURRENT_CHATS, standardized: standardizedChatAgents(l),
            })),
            callback: (load?.callback ?? []).map(l => ({ agents: l.agents, standardized: standardizedCallbackAgents(l) })),
        },
        standardizedAgents: sizing.standardizedAgents,
        configuration: {
            name: sizing.configuration.name,
            ova: sizing.configuration.ova,
            servers: sizing.configuration.servers,
            serverCount: serverCount(sizing.configuration),
        },
        applicationServersNeeded: sizing.applicationServersNeeded,
        applicationServersDeclared: sizing.applicationServersDeclared,
        headroom: sizing.headroom.agents,
        limit: sizing.headroom.limit,
        /** The load month by month and the times to limit; null when no growth is declared. */
        capacity: capacityJson(analysis),
    };
}

export function sizeText(checked: CheckedDeployment): string {
    const s = sizeJson(checked);
    const rows: string[][] = [
        ...s.load.email.map(l => ['email', `${l.agents} agents × ${l.emailsPerHour} emails/hour ÷ 6`, fixed(l.standardized)]),
        ...s.load.chat.map(l => ['chat', `${l.agents} agents × ${l.concurrentChats} concurrent chats`, fixed(l.standardized)]),
        ...s.load.callback.map(l => ['callback', `${l.agents} agents × 1 session`, fixed(l.standardized)]),
        ['total', 'rounded up to a whole agent', String(s.standardizedAgents.total)],
    ];
    const servers = s.configuration.servers.map(r => `${r.count} × ${r.roles.join(' + ')}`).join(', ');
    return [
        heading(`Sizing of ${s.deployment}`),
        table(['channel', 'standardized agents (guide: Sizing Inputs)', 'count'], rows),
        `Configuration: ${s.configuration.name}${s.configuration.ova ? ` (OVA ${s.configuration.ova})` : ''}`,
        servers ? `Servers: ${servers}` : 'Servers: no supported configuration above 1500 standardized agents',
        `Application servers: ${s.applicationServersNeeded} needed at 400 agents each, ${s.applicationServersDeclared} declared`,
        `Headroom: ${s.headroom} agents to the ${s.limit}-agent limit`,
    ].join('\n') + '\n' + capacityText(s.capacity);
}
