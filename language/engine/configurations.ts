/**
 * The supported ECE 12.0(1) configurations (guide, chapter 2, "Sizing for Combined Email, Web, and
 * Voice Scenarios"). This is the guide's reference data; everything derived from it is computed.
 */
import { SERVER_ROLES, type ServerRole } from '../model/deployment.js';

export type ConfigurationName = '400-agent' | '1500-agent' | 'unsupported';

export interface ServerRequirement {
    count: number;
    /** The roles one such server carries (collocated when more than one). */
    roles: ServerRole[];
}

export interface Configuration {
    name: ConfigurationName;
    /** Largest standardized agent count the configuration supports. */
    maxAgents: number;
    ova: string | null;
    servers: ServerRequirement[];
    /** "Configuration supports an incoming email rate of up to 120,000 emails per month." */
    maxIncomingEmailsPerMonth?: number;
    /** Both configurations "require two workflow processes and instances". */
    workflowProcesses?: number;
    workflowInstances?: number;
}

/** "The number of concurrent agents per application server cannot exceed 400" (Sizing Inputs). */
export const MAX_AGENTS_PER_APPLICATION_SERVER = 400;

/** Sizing is for agents handling up to 6 emails an hour or one chat at a time (Sizing Inputs). */
export const STANDARD_EMAILS_PER_HOUR = 6;
export const STANDARD_CONCURRENT_CHATS = 1;

export const CONFIGURATIONS: readonly Configuration[] = [
    {
        name: '400-agent',
        maxAgents: 400,
        ova: 'ECE_12.0_400_Win2016_vmv11_v1.0.ova',
        servers: [
            { count: 1, roles: ['web'] },
            { count: 1, roles: ['web', 'application', 'file', 'messaging', 'services', 'database'] },
        ],
        maxIncomingEmailsPerMonth: 120_000,
        workflowProcesses: 2,
        workflowInstances: 2,
    },
    {
        name: '1500-agent',
        maxAgents: 1500,
        ova: 'ECE_12.0_1500_Win2016_vmv11_v1.0.ova',
        servers: [
            { count: 5, roles: ['web'] },
            { count: 5, roles: ['application'] },
            { count: 1, roles: ['file'] },
            { count: 1, roles: ['messaging'] },
            { count: 1, roles: ['services'] },
            { count: 1, roles: ['database'] },
        ],
        workflowProcesses: 2,
        workflowInstances: 2,
    },
];

export const UNSUPPORTED: Configuration = { name: 'unsupported', maxAgents: Infinity, ova: null, servers: [] };

/** The smallest configuration that supports `standardizedTotal` agents. */
export function configurationFor(standardizedTotal: number): Configuration {
    return CONFIGURATIONS.find(c => standardizedTotal <= c.maxAgents) ?? UNSUPPORTED;
}

export function serverCount(configuration: Configuration): number {
    return configuration.servers.reduce((sum, s) => sum + s.count, 0);
}

/** The largest standardized agent count one deployment supports (the last configuration's limit). */
export function largestSupportedAgents(): number {
    return Math.max(...CONFIGURATIONS.map(c => c.maxAgents));
}

/**
 * How many servers must carry each role. A collocated server counts once for every role it
 * carries: the guide, "Important Information About Sizing", says sizing is not affected by whether
 * the web and application servers are collocated, and its 400-agent configuration collocates all six
 * roles. So the 400-agent configuration asks for 2 web servers and 1 of each other role.
 */
export function serversPerRole(configuration: Configuration): Record<ServerRole, number> {
    const counts = Object.fromEntries(SERVER_ROLES.map(role => [role, 0])) as Record<ServerRole, number>;
    for (const requirement of configuration.servers) {
        for (const role of requirement.roles) counts[role] += requirement.count;
    }
    return counts;
}
