import { roleShortfall, serversToAdd } from '../../engine/sizing.js';
import type { Rule } from '../rule.js';
import { addServers } from './add-servers.js';
import { describeServers, figure, plural } from './format.js';

export const topologyBelowConfiguration: Rule = {
    id: 'sizing/topology-below-configuration',
    defaultSeverity: 'warning',
    docs: {
        summary: 'The declared servers fall short of the configuration the standardized agent count needs.',
        rationale: 'Up to 400 standardized agents run on "one web server, and another server with the web, application, '
            + 'file, messaging, services, and database components"; 401 to 1500 on "five web servers, five application '
            + 'servers, one file server, one messaging server, one services server, and one database server". '
            + 'Decision: requirements are counted per role, and a server counts once for every role it carries, because '
            + '"sizing is not affected ... by whether the web and application servers are collocated or not" and the '
            + '400-agent configuration itself collocates all six roles. So the 400-agent configuration needs two servers '
            + 'with `web` and one with each other role (a distributed topology also satisfies it), and five '
            + 'web-application servers satisfy both the five web and the five application servers of the 1500-agent '
            + 'configuration. Reported on the deployment\'s name (the load profile header when there is no '
            + 'declaration); a deployment without a load profile is not sized and not checked.',
        guideSection: 'Chapter 2, Support for up to 400 Standardized Concurrent Agents; Support for 401 to 1500 '
            + 'Standardized Concurrent Agents; Important Information About Sizing',
        example: 'load profile {\n    email 900 agents\n}\n\nserver ECE_WEB_1 { roles web, application }\n'
            + 'server ECE_DATA_1 { roles file, messaging, services, database }',
        fix: 'Adds exactly the missing servers, shaped like the configuration\'s own (the all-in-one server of the '
            + '400-agent configuration, single-role servers of the 1500-agent one), after the last server of the file '
            + 'that holds the servers, in that file\'s style.',
    },
    check({ deployment, analysis, text }) {
        const { configuration, standardizedAgents } = analysis.sizing;
        if (!deployment.load || standardizedAgents.total === 0 || configuration.name === 'unsupported') return [];
        const missing = serversToAdd(roleShortfall(deployment, configuration), configuration);
        if (missing.length === 0) return [];
        const needs = describeServers(configuration.servers.flatMap(s => Array.from({ length: s.count }, () => s.roles)));
        const added = addServers(deployment, text, missing);
        return [{
            span: deployment.declaration?.nameSpan ?? deployment.load.header,
            message: `The ${configuration.name} configuration (${figure(standardizedAgents.total)} standardized agents) `
                + `needs ${needs}; this topology lacks ${describeServers(missing)}.`,
            fix: added && {
                title: `Add the ${plural(added.names.length, 'missing server')} of the ${configuration.name} configuration `
                    + `(${added.names.join(', ')})`,
                edits: [added.edit],
            },
        }];
    },
};
