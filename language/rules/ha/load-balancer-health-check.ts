import type { Finding, Rule } from '../rule.js';
import { statementInsertionEdit } from '../block-insertion.js';

export const loadBalancerHealthCheck: Rule = {
    id: 'ha/load-balancer-health-check',
    defaultSeverity: 'warning',
    docs: {
        summary: 'A load balancer does not monitor the health of the web-application servers.',
        rationale: '"The load balancer monitors the health of all web-application servers in the cluster, and if a problem '
            + 'is observed, the load balancer removes the given web-application server from the available pool of servers"; '
            + '"if a load balancer is configured to monitor the health of web-application servers, it also serves the '
            + 'purpose of high availability." A load balancer without `health check` fires.',
        guideSection: 'Chapter 3, Load Balancing Considerations; High Availability Options',
        example: 'load balancer ECE_LB {\n    sticky sessions cookie\n}',
        fix: 'Adds `health check` to the load balancer in the file\'s own style.',
    },
    check({ deployment, text }) {
        const findings: Finding[] = [];
        for (const lb of deployment.loadBalancers) {
            if (lb.healthCheck) continue;
            const source = text(lb.span.uri);
            const edit = source === undefined ? undefined : statementInsertionEdit(source, lb.span, lb.nameSpan.endOffset, 'health check');
            findings.push({
                span: lb.nameSpan,
                message: `Load balancer ${lb.name} does not monitor server health; the guide has the load balancer check the `
                    + 'web-application servers and take a failed one out of the pool.',
                fix: edit && { title: `Add a health check to ${lb.name}`, edits: [edit] },
            });
        }
        return findings;
    },
};
