import type { Rule } from '../rule.js';

export const unsupportedAgentCount: Rule = {
    id: 'sizing/unsupported-agent-count',
    defaultSeverity: 'error',
    docs: {
        summary: 'The standardized agent count is over 1500, more than one deployment supports.',
        rationale: 'The largest configuration supports 401 to 1500 standardized concurrent agents.',
        guideSection: 'Chapter 2, Support for 401 to 1500 Standardized Concurrent Agents',
        example: 'load profile {\n    email 1600 agents at 6 emails per hour\n}',
    },
    check({ deployment, analysis }) {
        const { standardizedAgents, configuration } = analysis.sizing;
        if (configuration.name !== 'unsupported' || !deployment.load) return [];
        return [{
            span: deployment.load.header,
            message: `${standardizedAgents.total} standardized agents; one ECE deployment supports at most 1500.`,
        }];
    },
};
