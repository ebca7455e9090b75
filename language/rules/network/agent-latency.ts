import { latencyBudget } from '../../engine/network.js';
import { MAX_AGENT_LATENCY_MS } from '../../engine/network-limits.js';
import type { Rule } from '../rule.js';

export const agentLatency: Rule = {
    id: 'network/agent-latency',
    defaultSeverity: 'warning',
    docs: {
        summary: `Agent-to-ECE one-way latency is over ${MAX_AGENT_LATENCY_MS} ms.`,
        rationale: `"When agents connect to the application remotely, the permissible network latency is ${MAX_AGENT_LATENCY_MS} `
            + 'milliseconds (one way). Higher latency between the agents and the applications servers could lead to slower '
            + `performance on the agent interface." Exactly ${MAX_AGENT_LATENCY_MS} ms passes. A deployment whose network block `
            + 'does not declare `agent latency` (or has no network block) is not checked.',
        guideSection: 'Chapter 4, Network Latency; Chapter 3, High Availability Options',
        example: 'network {\n    agent latency 350 ms\n}',
    },
    check({ deployment }) {
        const figure = deployment.network?.agentLatency;
        const budget = latencyBudget(MAX_AGENT_LATENCY_MS, figure);
        if (!figure || budget.leftMs === undefined || budget.leftMs >= 0) return [];
        return [{
            span: figure.span,
            message: `Agent-to-ECE one-way latency is ${budget.declaredMs} ms, ${-budget.leftMs} ms over the `
                + `${MAX_AGENT_LATENCY_MS} ms the guide permits when agents connect remotely.`,
        }];
    },
};
