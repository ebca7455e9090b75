import { largestSupportedAgents } from '../../engine/configurations.js';
import type { StandardizedAgents } from '../../engine/sizing.js';
import type { Rule } from '../rule.js';
import { figure, list } from './format.js';

export const unsupportedAgentCount: Rule = {
    id: 'sizing/unsupported-agent-count',
    defaultSeverity: 'error',
    docs: {
        summary: 'The standardized agent count is over 1500, more than one deployment supports.',
        rationale: 'The guide\'s largest configuration supports 401 to 1500 standardized concurrent agents; there is no '
            + 'configuration above it. Agents are standardized as the guide\'s "Sizing Inputs" asks (email: agents × '
            + 'emails per hour / 6; chat: agents × concurrent chats; callback: one each) and the total is rounded up. '
            + 'Reported on the `load profile` header, since the total comes from all of its lines.',
        guideSection: 'Chapter 2, Sizing Inputs; Support for 401 to 1500 Standardized Concurrent Agents',
        example: 'load profile {\n    email 1200 agents at 6 emails per hour\n    chat 301 agents\n}',
    },
    check({ deployment, analysis }) {
        const { standardizedAgents, configuration } = analysis.sizing;
        if (configuration.name !== 'unsupported' || !deployment.load) return [];
        return [{
            span: deployment.load.header,
            message: `${figure(standardizedAgents.total)} standardized agents (${breakdown(standardizedAgents)}); one ECE `
                + `deployment supports at most ${figure(largestSupportedAgents())}, the largest configuration of the guide.`,
        }];
    },
};

function breakdown(agents: StandardizedAgents): string {
    const parts = (['email', 'chat', 'callback'] as const)
        .filter(channel => agents[channel] > 0)
        .map(channel => `${figure(agents[channel])} ${channel}`);
    return list(parts);
}
