import type { Rule } from '../rule.js';

export const httpsRequired: Rule = {
    id: 'security/https-required',
    defaultSeverity: 'error',
    docs: {
        summary: 'The HTTPS port is not open to agents at the firewall.',
        rationale: '"For agents to access Enterprise Chat and Email, the HTTPS (for secured connections) port needs to be '
            + 'opened at the firewall." `https closed` fires. A `security` block describes the firewall, and a firewall '
            + 'blocks what it does not open, so a security block that does not say `https open` fires too (on its '
            + '`security` keyword). A deployment without a security block is not checked.',
        guideSection: 'Chapter 5, Firewall Considerations',
        example: 'security {\n    https closed\n}',
    },
    check({ deployment }) {
        const security = deployment.security;
        if (!security || security.https?.value === 'open') return [];
        const closed = security.https;
        return [{
            span: closed?.span ?? security.header,
            message: closed
                ? 'HTTPS is closed at the firewall; the guide requires the HTTPS port to be opened for agents to access ECE.'
                : 'The security block does not open HTTPS; the guide requires the HTTPS port to be opened at the firewall '
                    + 'for agents to access ECE (add `https open`).',
        }];
    },
};
