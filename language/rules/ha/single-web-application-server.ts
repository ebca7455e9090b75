import type { Rule } from '../rule.js';
import { onlyServerWithRole } from './role-servers.js';

export const singleWebApplicationServer: Rule = {
    id: 'ha/single-web-application-server',
    defaultSeverity: 'warning',
    docs: {
        summary: 'Only one web-application server serves the agents.',
        rationale: '"It is highly recommended that more than 1 web-application server be configured. The load balancer '
            + 'detects web server failures and redirects requests to other available web servers." A web-application '
            + 'server is a server the load balancer sends web requests to: any server with the `web` role, alone or '
            + 'collocated with `application` (so the 400-agent configuration\'s web server and its all-in-one server are '
            + 'two). The rule fires when exactly one server has the `web` role; a topology with none is left to the '
            + 'sizing rules, and a deployment that declares no servers is not checked.',
        guideSection: 'Chapter 3, High Availability Options; Managing Failover',
        example: 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}',
    },
    check({ deployment }) {
        const only = onlyServerWithRole(deployment, 'web');
        if (!only) return [];
        return [{
            span: only.span,
            message: `${only.server.name} is the only web-application server; the guide highly recommends more than one, so that `
                + 'the load balancer can move users to another when one fails.',
        }];
    },
};
