import { kbps } from '../../engine/network.js';
import { MIN_LOGIN_BANDWIDTH_KBPS } from '../../engine/network-limits.js';
import { formatQuantity } from '../../model/quantity.js';
import type { Rule } from '../rule.js';

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
        if (!figure) return [];
        const declared = kbps(figure.value);
        if (declared >= MIN_LOGIN_BANDWIDTH_KBPS) return [];
        const written = figure.value.unit === 'kbps' ? formatQuantity(figure.value) : `${formatQuantity(figure.value)} (${declared} kbps)`;
        return [{
            span: figure.span,
            message: `Login bandwidth is ${written} per agent; the guide requires at least ${MIN_LOGIN_BANDWIDTH_KBPS} kbps `
                + `per agent connecting to the ECE servers at login.`,
        }];
    },
};
