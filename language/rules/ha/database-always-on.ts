import { serversWithRole } from '../../model/deployment.js';
import type { Rule } from '../rule.js';
import { roleSpan } from './role-servers.js';

export const databaseAlwaysOn: Rule = {
    id: 'ha/database-always-on',
    defaultSeverity: 'info',
    docs: {
        summary: 'A database server without SQL Server Always On.',
        rationale: '"MS SQL Server Always On is supported and can be configured to achieve high availability for the ECE '
            + 'databases." Each server with the `database` role that does not say `always on` is reported on its '
            + '`database` role.',
        guideSection: 'Chapter 3, High Availability Options',
        example: 'server ECE_DB {\n    roles database\n}',
    },
    check({ deployment }) {
        return serversWithRole(deployment, 'database')
            .filter(server => !server.alwaysOn)
            .map(server => ({
                span: roleSpan(server, 'database'),
                message: `Database server ${server.name} is not configured with SQL Server Always On; the guide supports `
                    + 'Always On for high availability of the ECE databases.',
            }));
    },
};
