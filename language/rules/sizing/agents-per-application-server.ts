import { MAX_AGENTS_PER_APPLICATION_SERVER, serversPerRole } from '../../engine/configurations.js';
import { serversWithRole } from '../../model/deployment.js';
import type { Rule } from '../rule.js';
import { addServers } from './add-servers.js';
import { figure, plural } from './format.js';

export const agentsPerApplicationServer: Rule = {
    id: 'sizing/agents-per-application-server',
    defaultSeverity: 'error',
    docs: {
        summary: 'The application servers carry more than 400 standardized agents each.',
        rationale: '"The number of concurrent agents per application server cannot exceed 400, as this is the maximum '
            + 'number of concurrent agents that can be supported for email and chat by one ECE server." The deployment '
            + 'needs ceil(standardized agents / 400) servers with the `application` role; a collocated server counts. '
            + 'Reported on the `application` role of the last application server, or on the `load profile` header when '
            + 'servers are declared but none has the role. A deployment that declares no server at all is left to '
            + '`sizing/topology-below-configuration`.',
        guideSection: 'Chapter 2, Sizing Inputs',
        example: 'load profile {\n    email 401 agents\n}\n\nserver ECE_APP_1 {\n    roles application\n}',
        fix: 'Adds the missing `server … { roles application }` blocks after the last server, written like the file\'s '
            + 'other servers and named after them (ECE_APP_2 after ECE_APP_1); never more than the configuration\'s table has, '
            + 'so a count past the largest configuration gets no fix.',
    },
    check({ deployment, analysis, text }) {
        const { standardizedAgents, applicationServersForLoad: needed, applicationServersDeclared: declared } = analysis.sizing;
        if (deployment.servers.length === 0 || needed <= declared || !deployment.load) return [];
        const total = standardizedAgents.total;
        const application = serversWithRole(deployment, 'application').at(-1);
        const span = application?.roles.find(r => r.value === 'application')?.span ?? deployment.load.header;
        const carried = declared === 0
            ? `${figure(total)} standardized agents and no application server`
            : `${figure(total)} standardized agents on ${plural(declared, 'application server')}`
                + `${declared > 1 ? `, ${figure(total / declared)} per server` : ''}`;
        // Never more servers than the configuration's table has: past the largest configuration, no fix.
        const toAdd = Math.min(needed, serversPerRole(analysis.sizing.configuration).application) - declared;
        const added = toAdd > 0 ? addServers(deployment, text, Array.from({ length: toAdd }, () => ['application'])) : undefined;
        return [{
            span,
            message: `${carried}; the guide allows ${MAX_AGENTS_PER_APPLICATION_SERVER} per application server, so `
                + `the load needs ${figure(needed)}.`,
            fix: added && {
                title: `Add ${plural(added.names.length, 'application server')} (${added.names.join(', ')})`,
                edits: [added.edit],
            },
        }];
    },
};
