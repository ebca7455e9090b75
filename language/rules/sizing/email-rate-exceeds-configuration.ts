import type { Rule } from '../rule.js';
import { figure } from './format.js';

export const emailRateExceedsConfiguration: Rule = {
    id: 'sizing/email-rate-exceeds-configuration',
    defaultSeverity: 'warning',
    docs: {
        summary: 'The 400-agent configuration receives more than 120,000 incoming emails a month.',
        rationale: 'The up-to-400-agent configuration "supports an incoming email rate of up to 120,000 emails per month"; '
            + 'exactly 120,000 is within it. The guide states no such limit for the 1500-agent configuration. Reported '
            + 'on the monthly incoming email figure.',
        guideSection: 'Chapter 2, Support for up to 400 Standardized Concurrent Agents',
        example: 'load profile {\n    email 40 agents\n    incoming emails 120,001 per month\n}',
    },
    check({ deployment, analysis }) {
        const { configuration, standardizedAgents } = analysis.sizing;
        const incoming = deployment.load?.monthly.incomingEmails;
        const limit = configuration.maxIncomingEmailsPerMonth;
        if (!incoming || limit === undefined || incoming.value <= limit) return [];
        return [{
            span: incoming.span,
            message: `${figure(incoming.value)} incoming emails a month; the ${configuration.name} configuration `
                + `(${figure(standardizedAgents.total)} standardized agents) supports up to ${figure(limit)} a month.`,
        }];
    },
};
