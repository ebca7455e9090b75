import { latencyBudget } from '../../engine/network.js';
import { MAX_UCCE_LATENCY_MS } from '../../engine/network-limits.js';
import type { Rule } from '../rule.js';

export const ucceLatency: Rule = {
    id: 'network/ucce-latency',
    defaultSeverity: 'error',
    docs: {
        summary: `ECE-to-Unified CCE one-way latency is over ${MAX_UCCE_LATENCY_MS} ms.`,
        rationale: '"The maximum permissible one-way network delay between the ECE servers and the Unified CCE servers is '
            + `${MAX_UCCE_LATENCY_MS} milliseconds"; for geographically distributed components it "must be <= `
            + `${MAX_UCCE_LATENCY_MS} milliseconds". Exactly ${MAX_UCCE_LATENCY_MS} ms passes. A deployment whose network `
            + 'block does not declare `unified cce latency` (or has no network block) is not checked.',
        guideSection: 'Chapter 4, Network Latency; Geographic Server Distribution',
        example: 'network {\n    unified cce latency 320 ms\n}',
    },
    check({ deployment }) {
        const figure = deployment.network?.ucceLatency;
        const budget = latencyBudget(MAX_UCCE_LATENCY_MS, figure);
        if (!figure || budget.leftMs === undefined || budget.leftMs >= 0) return [];
        return [{
            span: figure.span,
            message: `ECE-to-Unified CCE one-way latency is ${budget.declaredMs} ms, ${-budget.leftMs} ms over the guide's `
                + `maximum of ${MAX_UCCE_LATENCY_MS} ms between the ECE servers and the Unified CCE servers.`,
        }];
    },
};
