import { kbps } from '../../engine/network.js';
import { MIN_LOGIN_BANDWIDTH_KBPS } from '../../engine/network-limits.js';
import { formatQuantity, type Quantity } from '../../model/quantity.js';
import type { Located } from '../../model/span.js';
import type { Rule } from '../rule.js';

/**
 * A per-agent bandwidth figure below `minimumKbps`, as written (with its kbps equivalent when written
 * in Mbps); undefined when the figure is absent or meets the minimum.
 */
export function bandwidthShortOf(minimumKbps: number, figure: Located<Quantity> | undefined): string | undefined {
    if (!figure) return undefined;
    const declared = kbps(figure.value);
    if (declared >= minimumKbps) return undefined;
    return figure.value.unit === 'kbps' ? formatQuantity(figure.value) : `${formatQuantity(figure.value)} (${declared} kbps)`;
}

export const loginBandwidth: Rule = {
    id: 'network/login-bandwidth',
    defaultSeverity: 'warning',
    docs: {
        summary: `Less than ${MIN_LOGIN_BANDWIDTH_KBPS} kbps per agent at login.`,
        rationale: '"The minimum required network bandwidth for an agent connecting to the ECE servers at login is '
            + `${MIN_LOGIN_BANDWIDTH_KBPS} kilobits/second or higher." Figures in Mbps count 1 Mbps as 1000 kbps; exactly `
            + `${MIN_LOGIN_BANDWIDTH_KBPS} kbps passes. A deployment whose network block does not declare \`login bandwidth\` `
            + '(or has no network block) is not checked.',
        guideSection: 'Chapter 4, Bandwidth Requirements',
        example: 'network {\n    login bandwidth 256 kbps per agent\n}',
    },
    check({ deployment }) {
        const figure = deployment.network?.loginBandwidth;
        const written = bandwidthShortOf(MIN_LOGIN_BANDWIDTH_KBPS, figure);
        if (!figure || !written) return [];
        return [{
            span: figure.span,
            message: `Login bandwidth is ${written} per agent; the guide requires at least ${MIN_LOGIN_BANDWIDTH_KBPS} kbps `
                + `per agent connecting to the ECE servers at login.`,
        }];
    },
};
