/**
 * Standardized agents and the configuration they need (guide, chapter 2, "Sizing Inputs"); the floor of
 * one agent and the rounding are decisions (docs/decisions.md, "Standardized agents").
 */
import type { CallbackLoad, ChatLoad, Deployment, EmailLoad, LoadProfile, ServerRole } from '../model/deployment.js';
import { SERVER_ROLES, serversWithRole } from '../model/deployment.js';
import {
    configurationFor, MAX_AGENTS_PER_APPLICATION_SERVER, serversPerRole, STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR,
    type Configuration,
} from './configurations.js';

export interface StandardizedAgents {
    email: number;
    chat: number;
    callback: number;
    /** Rounded up to a whole agent. */
    total: number;
}

/**
 * Email: agents × rate / 6. Decision (docs/decisions.md): a rate below 6 counts as 6, so an agent never
 * counts as less than one.
 */
export function standardizedEmailAgents(line: Pick<EmailLoad, 'agents' | 'emailsPerHour'>): number {
    const rate = Math.max(line.emailsPerHour ?? STANDARD_EMAILS_PER_HOUR, STANDARD_EMAILS_PER_HOUR);
    return (line.agents * rate) / STANDARD_EMAILS_PER_HOUR;
}

/** Chat: agents × concurrent chats. Decision (docs/decisions.md): concurrency below 1 counts as 1. */
export function standardizedChatAgents(line: Pick<ChatLoad, 'agents' | 'concurrentChats'>): number {
    return line.agents * Math.max(line.concurrentChats ?? STANDARD_CONCURRENT_CHATS, STANDARD_CONCURRENT_CHATS);
}

/** Callback: each agent is one single active session. */
export function standardizedCallbackAgents(line: Pick<CallbackLoad, 'agents'>): number {
    return line.agents;
}

export function standardizedAgents(load: LoadProfile | undefined): StandardizedAgents {
    const email = sum(load?.email.map(standardizedEmailAgents));
    const chat = sum(load?.chat.map(standardizedChatAgents));
    const callback = sum(load?.callback.map(standardizedCallbackAgents));
    return { email, chat, callback, total: roundUpToAgent(email + chat + callback) };
}

export interface Sizing {
    standardizedAgents: StandardizedAgents;
    configuration: Configuration;
    /**
     * What "needed" means everywhere: the application servers the configuration requires, its
     * server table's count and never fewer than the load needs (docs/decisions.md, "Application servers").
     */
    applicationServersNeeded: number;
    /** ⌈total ÷ 400⌉: no application server may carry more than 400 concurrent agents. */
    applicationServersForLoad: number;
    applicationServersDeclared: number;
    /** total / declared application servers; Infinity when none is declared and agents exist. */
    agentsPerApplicationServer: number;
    /** Agents left before the configuration's limit (negative past it). */
    headroom: { agents: number; limit: number };
}

/** ceil(total / 400): no application server may carry more than 400 concurrent agents (Sizing Inputs). */
export function applicationServersFor(standardizedTotal: number): number {
    return Math.ceil(standardizedTotal / MAX_AGENTS_PER_APPLICATION_SERVER);
}

export function sizeDeployment(deployment: Deployment): Sizing {
    const agents = standardizedAgents(deployment.load);
    const configuration = configurationFor(agents.total);
    const declared = serversWithRole(deployment, 'application').length;
    const limit = Number.isFinite(configuration.maxAgents) ? configuration.maxAgents : 1500;
    const forLoad = applicationServersFor(agents.total);
    return {
        standardizedAgents: agents,
        configuration,
        applicationServersNeeded: agents.total > 0 ? Math.max(serversPerRole(configuration).application, forLoad) : 0,
        applicationServersForLoad: forLoad,
        applicationServersDeclared: declared,
        agentsPerApplicationServer: declared > 0 ? agents.total / declared : agents.total > 0 ? Infinity : 0,
        headroom: { agents: limit - agents.total, limit },
    };
}

function sum(values: number[] | undefined): number {
    return (values ?? []).reduce((a, b) => a + b, 0);
}

/** Whole agents, without letting floating-point noise (400.0000000001) add one. */
function roundUpToAgent(value: number): number {
    return Math.ceil(Math.round(value * 1e6) / 1e6);
}

/** Per role, how many more servers carrying it the configuration needs (0 when enough are declared). */
export function roleShortfall(deployment: Deployment, configuration: Configuration): Record<ServerRole, number> {
    const required = serversPerRole(configuration);
    const result = { ...required };
    for (const role of SERVER_ROLES) result[role] = Math.max(0, required[role] - serversWithRole(deployment, role).length);
    return result;
}

/**
 * The servers to add to cover a shortfall, shaped like the configuration's own servers: each of its
 * server kinds, the most collocated first, takes the roles still missing. A 400-agent deployment with
 * no server gets the guide's all-in-one server and a web server; one that has only the web server
 * gets the all-in-one without a second web server.
 */
export function serversToAdd(shortfall: Record<ServerRole, number>, configuration: Configuration): ServerRole[][] {
    const left = { ...shortfall };
    const kinds = [...configuration.servers].sort((a, b) => b.roles.length - a.roles.length);
    const result: ServerRole[][] = [];
    for (const kind of kinds) {
        for (let i = 0; i < kind.count; i++) {
            const roles = kind.roles.filter(role => left[role] > 0);
            if (roles.length === 0) break;
            roles.forEach(role => left[role]--);
            result.push(roles);
        }
    }
    return result;
}
