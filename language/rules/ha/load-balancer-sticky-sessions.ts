import type { Finding, Fix, Rule } from '../rule.js';
import { statementInsertionEdit } from '../block-insertion.js';

const COOKIE_STICKINESS = 'sticky sessions cookie';

export const loadBalancerStickySessions: Rule = {
    id: 'ha/load-balancer-sticky-sessions',
    defaultSeverity: 'error',
    docs: {
        summary: 'A load balancer does not keep sticky sessions with cookie-based persistence.',
        rationale: 'An agent\'s session lives on one web-application server: "One of the most essential parameters while '
            + 'configuring a load balancer is to configure it to support sticky sessions with cookie based persistence." '
            + 'A load balancer that declares no stickiness, `none`, or `source-ip` fires. A deployment without a load '
            + 'balancer is left to `ha/no-load-balancer`.',
        guideSection: 'Chapter 3, Load Balancing Considerations',
        example: 'load balancer ECE_LB {\n    sticky sessions source-ip\n    health check\n}',
        fix: 'Replaces the `sticky sessions` statement with `sticky sessions cookie`, or adds that line to the '
            + 'load balancer in the file\'s own indentation.',
    },
    check({ deployment, text }) {
        const findings: Finding[] = [];
        for (const lb of deployment.loadBalancers) {
            const stickiness = lb.stickiness;
            if (stickiness?.value === 'cookie') continue;
            const title = `Use cookie-based sticky sessions on ${lb.name}`;
            let fix: Fix | undefined;
            if (stickiness) {
                fix = { title, edits: [{ uri: stickiness.span.uri, range: stickiness.span, newText: COOKIE_STICKINESS }] };
            } else {
                const source = text(lb.span.uri);
                const edit = source === undefined ? undefined : statementInsertionEdit(source, lb.span, lb.nameSpan.endOffset, COOKIE_STICKINESS);
                if (edit) fix = { title, edits: [edit] };
            }
            const what = !stickiness
                ? 'declares no sticky sessions'
                : stickiness.value === 'none' ? 'has sticky sessions turned off' : 'keeps sessions sticky by source IP';
            findings.push({
                span: stickiness?.span ?? lb.nameSpan,
                message: `Load balancer ${lb.name} ${what}; the guide requires sticky sessions with cookie-based persistence.`,
                fix,
            });
        }
        return findings;
    },
};
