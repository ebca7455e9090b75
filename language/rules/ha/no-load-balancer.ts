import { serversWithRole } from '../../model/deployment.js';
import type { Rule } from '../rule.js';
import { roleSpan } from './role-servers.js';

export const noLoadBalancer: Rule = {
    id: 'ha/no-load-balancer',
    defaultSeverity: 'warning',
    docs: {
        summary: 'Several web servers and no load balancer in front of them.',
        rationale: '"The web (or web-application) servers can be configured behind the load balancer with a virtual IP '
            + 'address"; the load balancer distributes web requests across the web servers and handles failures by routing '
            + 'requests to the others. The rule fires, once, on the first web server\'s `web` role when two or more servers '
            + 'have the `web` role and no `load balancer` is declared.',
        guideSection: 'Chapter 3, Load Balancing Considerations; High Availability Options',
        example: 'server ECE_WEB_1 { roles web }\nserver ECE_WEB_2 { roles web, application }',
    },
    check({ deployment }) {
        const web = serversWithRole(deployment, 'web');
        if (web.length < 2 || deployment.loadBalancers.length > 0) return [];
        const first = web[0];
        return [{
            span: roleSpan(first, 'web'),
            message: `${web.length} web servers (${names(web.map(s => s.name))}) and no load balancer; the guide puts the `
                + 'web-application servers behind a load balancer that spreads the load and routes around a failed server.',
        }];
    },
};

function names(list: string[]): string {
    return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}
