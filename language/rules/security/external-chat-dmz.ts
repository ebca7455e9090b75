import type { Finding, Rule } from '../rule.js';

export const externalChatDmz: Rule = {
    id: 'security/external-chat-dmz',
    defaultSeverity: 'warning',
    docs: {
        summary: 'Customers chat from outside the intranet, and the load balancer and web servers are not in a DMZ.',
        rationale: '"The load balancer, along with the Enterprise Chat and Email web servers, may be deployed in a DMZ. This '
            + 'is a required deployment for installations where customers enter chat sessions from outside the intranet. '
            + 'However, having the web-application servers within the intranet is possible, too." When the security block '
            + 'says `customers chat from outside`, every load balancer and every dedicated web server (a server whose only '
            + 'role is `web`) must say `in dmz`; each one that does not is reported on its name. Servers that collocate the '
            + 'web role with others (web-application servers, the all-in-one server) may stay in the intranet. When servers '
            + 'are declared but there is neither a load balancer nor a dedicated web server to put in the DMZ, the '
            + '`customers chat from outside` statement is reported. A deployment that declares no servers and no load '
            + 'balancer is not checked.',
        guideSection: 'Chapter 5, Firewall Considerations',
        example: 'security {\n    https open\n    customers chat from outside\n}\nload balancer ECE_LB {\n    sticky sessions cookie\n    health check\n}',
    },
    check({ deployment }) {
        const origin = deployment.security?.customersChatFrom;
        if (origin?.value !== 'outside') return [];
        if (deployment.servers.length === 0 && deployment.loadBalancers.length === 0) return [];
        const webServers = deployment.servers.filter(s => s.roles.length > 0 && s.roles.every(r => r.value === 'web'));
        const front = [
            ...deployment.loadBalancers.map(lb => ({ what: `Load balancer ${lb.name}`, declared: lb })),
            ...webServers.map(server => ({ what: `Web server ${server.name}`, declared: server })),
        ];
        if (front.length === 0) {
            return [{
                span: origin.span,
                message: 'Customers chat from outside the intranet, and there is no load balancer or dedicated web server to '
                    + 'deploy in a DMZ; the guide requires the load balancer and the web servers in a DMZ for such installations.',
            }];
        }
        const findings: Finding[] = [];
        for (const { what, declared } of front) {
            if (declared.inDmz) continue;
            findings.push({
                span: declared.nameSpan,
                message: `${what} is not in a DMZ; customers chat from outside the intranet, and the guide requires the load `
                    + 'balancer and the web servers in a DMZ for such installations.',
            });
        }
        return findings;
    },
};
