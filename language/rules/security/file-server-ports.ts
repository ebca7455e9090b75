import type { Rule } from '../rule.js';

/** "Port 139 or 445 to the file server can be blocked from outside the firewall" (chapter 5, Firewall Considerations). */
export const FILE_SERVER_PORTS = [139, 445] as const;

export const fileServerPorts: Rule = {
    id: 'security/file-server-ports',
    defaultSeverity: 'warning',
    docs: {
        summary: `File-server ports ${FILE_SERVER_PORTS.join(' and ')} are reachable from outside the firewall.`,
        rationale: '"If a web server is configured within the firewall with access to the file server ports, Port '
            + `${FILE_SERVER_PORTS.join(' or ')} to the file server can be blocked from outside the firewall." `
            + '`file server ports exposed` fires; a security block that does not mention the file-server ports is not '
            + 'checked, as the guide leaves the choice to the security policies in effect.',
        guideSection: 'Chapter 5, Firewall Considerations',
        example: 'security {\n    https open\n    file server ports exposed\n}',
    },
    check({ deployment }) {
        const ports = deployment.security?.fileServerPorts;
        if (ports?.value !== 'exposed') return [];
        return [{
            span: ports.span,
            message: `File-server ports ${FILE_SERVER_PORTS.join(' and ')} are exposed outside the firewall; the guide has them `
                + 'blocked from outside the firewall, with the web servers reaching the file server from within it.',
        }];
    },
};
