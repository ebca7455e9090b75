import type { Rule } from '../rule.js';
import { onlyServerWithRole } from './role-servers.js';

export const servicesServerFailover: Rule = {
    id: 'ha/services-server-failover',
    defaultSeverity: 'info',
    docs: {
        summary: 'Only one services server: no secondary services server to fail over to.',
        rationale: '"Two services server components, one primary and one secondary can be installed to achieve failover. '
            + 'Both components stay active, and when the primary goes down, the secondary services server automatically '
            + 'takes over." The rule fires when exactly one server has the `services` role (none is a topology gap, left '
            + 'to the sizing rules).',
        guideSection: 'Chapter 3, High Availability Options; Managing Failover',
        example: 'server ECE_ALL_IN_ONE {\n    roles web, application, file, messaging, services, database\n}',
    },
    check({ deployment }) {
        const only = onlyServerWithRole(deployment, 'services');
        if (!only) return [];
        return [{
            span: only.span,
            message: `${only.server.name} is the only services server; the guide recommends a primary and a secondary services `
                + 'server, both active, so that the secondary takes over when the primary goes down.',
        }];
    },
};
