/**
 * Plain deployment models for the engine's table tests: no text, no parser, no disk. Only what a test
 * gives is set; spans all point at the start of one in-memory file (the engine never reads them for
 * a figure).
 */
import type {
    Agent, AverageSizes, Deployment, LoadProfile, MonthlyVolumes, Network, Queue, Server, ServerRole, Targets,
} from '../../language/model/deployment.js';
import type { Quantity, Unit } from '../../language/model/quantity.js';
import type { Located, NameRef, Span } from '../../language/model/span.js';

const URI = 'file:///memory/plain/main.ece';

export const SPAN: Span = { uri: URI, offset: 0, endOffset: 0, start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function located<T>(value: T): Located<T> {
    return { value, span: SPAN };
}

/** `quantity(5, 'KB')`, located. */
export function quantity(value: number, unit: Unit): Located<Quantity> {
    return located({ value, unit });
}

export interface LoadLines {
    /** `[agents, emails per hour]`; the rate may be left out. */
    email?: [number, number?][];
    /** `[agents, concurrent chats]`; the concurrency may be left out. */
    chat?: [number, number?][];
    /** Agents per callback line. */
    callback?: number[];
    monthly?: { [K in keyof MonthlyVolumes]?: number };
    averageSize?: { [K in keyof AverageSizes]?: Quantity };
    currentDatabaseSize?: Quantity;
}

export function loadProfile(lines: LoadLines = {}): LoadProfile {
    const monthly: MonthlyVolumes = {};
    for (const [key, value] of Object.entries(lines.monthly ?? {}) as [keyof MonthlyVolumes, number][]) monthly[key] = located(value);
    const averageSize: AverageSizes = {};
    for (const [key, value] of Object.entries(lines.averageSize ?? {}) as [keyof AverageSizes, Quantity][]) averageSize[key] = located(value);
    return {
        span: SPAN,
        header: SPAN,
        email: (lines.email ?? []).map(([agents, emailsPerHour]) => ({ agents, emailsPerHour, span: SPAN })),
        chat: (lines.chat ?? []).map(([agents, concurrentChats]) => ({ agents, concurrentChats, span: SPAN })),
        callback: (lines.callback ?? []).map(agents => ({ agents, span: SPAN })),
        monthly,
        averageSize,
        currentDatabaseSize: lines.currentDatabaseSize ? located(lines.currentDatabaseSize) : undefined,
    };
}

export function server(name: string, roles: ServerRole[], disk?: Quantity): Server {
    return { name, nameSpan: SPAN, span: SPAN, roles: roles.map(located), disk: disk ? located(disk) : undefined };
}

export function network(figures: Partial<Record<'agentLatency' | 'ucceLatency' | 'loginBandwidth' | 'steadyBandwidth', Quantity>>): Network {
    const block: Network = { span: SPAN, header: SPAN };
    for (const [key, value] of Object.entries(figures) as [keyof typeof figures, Quantity][]) block[key] = located(value);
    return block;
}

/** A deployment with nothing declared but what `parts` gives. */
export function deployment(parts: Partial<Deployment> = {}): Deployment {
    return {
        folder: 'file:///memory/plain', files: [URI], extraDeclarations: [], name: 'Plain', workflow: {},
        mrds: [], peripherals: [], skillGroups: [], precisionQueues: [], agents: [], scriptSelectors: [],
        departments: [], queues: [], servers: [], loadBalancers: [],
        ...parts,
    };
}

export function ref(name: string): NameRef {
    return { name, span: SPAN, resolved: true };
}

/** The targets of an agent, a script selector or a queue: skill groups and precision queues by name. */
export function targets(skillGroups: string[], precisionQueues: string[] = []): Targets {
    return { skillGroups: skillGroups.map(ref), precisionQueues: precisionQueues.map(ref), statements: [] };
}

export function agent(name: string, skillGroups: string[], precisionQueues: string[] = []): Agent {
    return { name, nameSpan: SPAN, span: SPAN, ...targets(skillGroups, precisionQueues) };
}

export function queue(department: string, name: string, mrd: string, script: string, skillGroups: string[], precisionQueues: string[] = []): Queue {
    return { name, nameSpan: SPAN, span: SPAN, department, mrd: ref(mrd), scriptSelector: ref(script), ...targets(skillGroups, precisionQueues) };
}
