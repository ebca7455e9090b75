import type { Rule } from '../rule.js';
import { onlyServerWithRole } from './role-servers.js';

export const messagingCluster: Rule = {
    id: 'ha/messaging-cluster',
    defaultSeverity: 'info',
    docs: {
        summary: 'One messaging server and no cluster.',
        rationale: '"A cluster of messaging servers can be installed to achieve failover. When the application starts, it '
            + 'connects to one messaging server in the cluster. If this server goes down the application automatically '
            + 'connects to the next available messaging server in the cluster." A cluster is two or more servers with the '
            + '`messaging` role; the rule fires when exactly one server has it (none is a topology gap, left to the sizing '
            + 'rules).',
        guideSection: 'Chapter 3, High Availability Options; Managing Failover',
        example: 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}',
    },
    check({ deployment }) {
        const only = onlyServerWithRole(deployment, 'messaging');
        if (!only) return [];
        return [{
            span: only.span,
            message: `${only.server.name} is the only messaging server; the guide recommends a cluster of messaging servers, so `
                + 'that the application connects to the next one when a server goes down.',
        }];
    },
};
