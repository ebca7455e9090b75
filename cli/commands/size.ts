import { serverCount } from '../../language/engine/configurations.js';
import { figuresOf } from '../../language/engine/explain.js';
import { STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR } from '../../language/engine/configurations.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../../language/engine/sizing.js';
import { capacityText, sizingText } from '../../report/text.js';
import type { CheckedDeployment } from '../workspace.js';
import { capacityJson } from './capacity.js';

/** The `ece size --json` contract. */
export function sizeJson({ analysis }: CheckedDeployment) {
    const { deployment, sizing } = analysis;
    const load = deployment.load;
    const figures = figuresOf(analysis);
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
        /** What the configuration requires (its server table, and never fewer than ⌈total ÷ 400⌉). */
        applicationServersNeeded: sizing.applicationServersNeeded,
        /** ⌈total ÷ 400⌉: what the load alone needs at 400 agents per application server. */
        applicationServersForLoad: sizing.applicationServersForLoad,
        applicationServersDeclared: sizing.applicationServersDeclared,
        serversDeclared: deployment.servers.length,
        headroom: sizing.headroom.agents,
        limit: sizing.headroom.limit,
        summary: figures.summary,
        figures: {
            lines: figures.lines,
            standardizedAgents: figures.standardizedAgents,
            configuration: figures.configuration,
            roles: figures.roles,
        },
        /** The load month by month and the times to limit; null when no growth is declared. */
        capacity: capacityJson(analysis),
    };
}

export function sizeText({ analysis }: CheckedDeployment): string {
    return sizingText(analysis.deployment.name, figuresOf(analysis)) + capacityText(capacityJson(analysis));
}
