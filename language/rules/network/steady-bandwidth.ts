import { MIN_STEADY_BANDWIDTH_KBPS } from '../../engine/network-limits.js';
import type { Rule } from '../rule.js';
import { bandwidthShortOf } from './login-bandwidth.js';

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
        const written = bandwidthShortOf(MIN_STEADY_BANDWIDTH_KBPS, figure);
        if (!figure || !written) return [];
        return [{
            span: figure.span,
            message: `Steady-state bandwidth is ${written} per agent; the guide requires an average of at least `
                + `${MIN_STEADY_BANDWIDTH_KBPS} kbps per agent after login.`,
        }];
    },
};
