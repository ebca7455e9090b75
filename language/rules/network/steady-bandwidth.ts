import { kbps } from '../../engine/network.js';
import { MIN_STEADY_BANDWIDTH_KBPS } from '../../engine/network-limits.js';
import { formatQuantity } from '../../model/quantity.js';
import type { Rule } from '../rule.js';

export const steadyBandwidth: Rule = {
    id: 'network/steady-bandwidth',
    defaultSeverity: 'warning',
    docs: {
        summary: `Less than ${MIN_STEADY_BANDWIDTH_KBPS} kbps per agent after login.`,
        rationale: `"After login, at a steady state, an average bandwidth of ${MIN_STEADY_BANDWIDTH_KBPS} kilobits/second or `
            + `higher is required." Figures in Mbps count 1 Mbps as 1000 kbps; exactly ${MIN_STEADY_BANDWIDTH_KBPS} kbps `
            + 'passes. A deployment whose network block does not declare `steady bandwidth` (or has no network block) is not '
            + 'checked.',
        guideSection: 'Chapter 4, Bandwidth Requirements',
        example: 'network {\n    steady bandwidth 32 kbps per agent\n}',
    },
    check({ deployment }) {
        const figure = deployment.network?.steadyBandwidth;
        if (!figure) return [];
        const declared = kbps(figure.value);
        if (declared >= MIN_STEADY_BANDWIDTH_KBPS) return [];
        const written = figure.value.unit === 'kbps' ? formatQuantity(figure.value) : `${formatQuantity(figure.value)} (${declared} kbps)`;
        return [{
            span: figure.span,
            message: `Steady-state bandwidth is ${written} per agent; the guide requires an average of at least `
                + `${MIN_STEADY_BANDWIDTH_KBPS} kbps per agent after login.`,
        }];
    },
};
