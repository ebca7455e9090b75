/**
 * The plain, typed deployment model: the Unified CCE and ECE objects of the guide's chapter 1, "System
 * Flow and Configuration Design", and the servers of chapter 2, "Sizing Guidelines". Everything past
 * the model builder works on these types only: no Langium node ever leaks into sizing, growth,
 * routing or the rules.
 */
import type { Quantity } from './quantity.js';
import type { Located, NameRef, Span } from './span.js';

export type Channel = 'inbound-email' | 'outbound-email' | 'chat' | 'callback';
export const CHANNELS: readonly Channel[] = ['inbound-email', 'outbound-email', 'chat', 'callback'];

export type ServerRole = 'web' | 'application' | 'file' | 'messaging' | 'services' | 'database';
export const SERVER_ROLES: readonly ServerRole[] = ['web', 'application', 'file', 'messaging', 'services', 'database'];

/** Anything declared with a name. `nameSpan` is the name; `span` the whole declaration. */
export interface Declared {
    name: string;
    nameSpan: Span;
    span: Span;
}

export interface Mrd extends Declared {
    channel?: Located<Channel>;
    /** Absent means the default: interruptible. */
    interruptibility?: Located<'interruptible' | 'non-interruptible'>;
    /** Every interruptibility statement as written, in order (the last one counts). */
    interruptibilityStatements?: Located<'interruptible' | 'non-interruptible'>[];
}

export type Peripheral = Declared;

export interface SkillGroup extends Declared {
    peripheral?: NameRef;
    mrd?: NameRef;
}

export interface PrecisionQueue extends Declared {
    mrd?: NameRef;
}

/** Where a list of targets is written, and where a new list could be inserted. */
export interface Targets {
    skillGroups: NameRef[];
    precisionQueues: NameRef[];
    /** Each `skill groups …` / `precision queues …` statement as written. */
    statements: Located<'skill-groups' | 'precision-queues'>[];
}

export interface Agent extends Declared, Targets {}

export interface ScriptSelector extends Declared, Targets {}

export interface Queue extends Declared, Targets {
    department: string;
    mrd?: NameRef;
    scriptSelector?: NameRef;
}

export interface Department extends Declared {
    queues: Queue[];
}

export interface Server extends Declared {
    roles: Located<ServerRole>[];
    disk?: Located<Quantity>;
    inDmz?: Span;
    alwaysOn?: Span;
    /** `weight N`: the server's share of the load balancer's traffic; absent means the default, 1. */
    weight?: Located<number>;
}

export interface LoadBalancer extends Declared {
    stickiness?: Located<'cookie' | 'source-ip' | 'none'>;
    healthCheck?: Span;
    inDmz?: Span;
}

export interface EmailLoad {
    agents: number;
    /** Average emails handled per hour by each agent; the guide's standard is 6 when absent. */
    emailsPerHour?: number;
    span: Span;
}

export interface ChatLoad {
    agents: number;
    /** Average concurrent chat sessions per agent; 1 when absent. */
    concurrentChats?: number;
    span: Span;
}

export interface CallbackLoad {
    agents: number;
    span: Span;
}

export interface MonthlyVolumes {
    incomingEmails?: Located<number>;
    outgoingEmails?: Located<number>;
    emailsWithAttachments?: Located<number>;
    chatMessages?: Located<number>;
}

export interface AverageSizes {
    email?: Located<Quantity>;
    attachment?: Located<Quantity>;
    chatMessage?: Located<Quantity>;
}

/** What a growth rate applies to: the whole load, or one channel's agents and volumes. */
export type GrowthScope = 'all' | 'email' | 'chat' | 'callback';
export const GROWTH_SCOPES: readonly GrowthScope[] = ['all', 'email', 'chat', 'callback'];

/**
 * `growth 15 % per year`, `chat growth 30 % per year`: each value is the yearly rate in percent as
 * written (negative for a shrinking load); a channel's own rate replaces the whole load's for it.
 */
export type DeclaredGrowth = Partial<Record<GrowthScope, Located<number>>>;

/** A block without a name: `span` is the block, `header` its opening keywords. */
export interface Block {
    span: Span;
    header: Span;
}

export interface LoadProfile extends Block {
    email: EmailLoad[];
    chat: ChatLoad[];
    callback: CallbackLoad[];
    monthly: MonthlyVolumes;
    averageSize: AverageSizes;
    currentDatabaseSize?: Located<Quantity>;
    /** Absent when no growth is declared: the load stays as it is today. */
    growth?: DeclaredGrowth;
}

export interface Network extends Block {
    agentLatency?: Located<Quantity>;
    ucceLatency?: Located<Quantity>;
    loginBandwidth?: Located<Quantity>;
    steadyBandwidth?: Located<Quantity>;
}

export interface Security extends Block {
    https?: Located<'open' | 'closed'>;
    customersChatFrom?: Located<'outside' | 'intranet'>;
    fileServerPorts?: Located<'blocked' | 'exposed'>;
}

export interface Workflow {
    processes?: Located<number>;
    instances?: Located<number>;
}

/** One deployment: the `.ece` files directly in one folder. */
export interface Deployment {
    /** The folder's URI. */
    folder: string;
    /** The files that make it up (URIs), sorted. */
    files: string[];
    /** The `deployment` declaration; absent when the folder has none. */
    declaration?: Declared & { description?: string };
    /** Further `deployment` declarations in the same folder (an error). */
    extraDeclarations: Declared[];
    name: string;
    workflow: Workflow;
    mrds: Mrd[];
    peripherals: Peripheral[];
    skillGroups: SkillGroup[];
    precisionQueues: PrecisionQueue[];
    agents: Agent[];
    scriptSelectors: ScriptSelector[];
    departments: Department[];
    queues: Queue[];
    servers: Server[];
    loadBalancers: LoadBalancer[];
    load?: LoadProfile;
    network?: Network;
    security?: Security;
}

export function serversWithRole(deployment: Deployment, role: ServerRole): Server[] {
    return deployment.servers.filter(s => s.roles.some(r => r.value === role));
}

export function isEmailChannel(channel: Channel | undefined): boolean {
    return channel === 'inbound-email' || channel === 'outbound-email';
}
