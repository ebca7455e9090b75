/**
 * The derived routing table (guide, chapter 1, "Designing Integrated Routing - An Example"): the
 * agents who service a queue are the union of the agents of the skill groups and precision queues
 * mapped to it. Derived from the Unified CCE configuration, never written down.
 */
import type { Agent, Deployment, Queue, Targets } from '../model/deployment.js';
import type { NameRef } from '../model/span.js';

export interface Route {
    department: string;
    queue: string;
    mrd: string | null;
    script: string | null;
    skillGroups: string[];
    precisionQueues: string[];
    agents: string[];
}

export interface RoutingIndex {
    /** Agents by the skill group or precision queue they belong to, in declaration order. */
    agentsOfTarget: Map<string, Agent[]>;
    /** Queues by the skill group or precision queue mapped to them. */
    queuesOfTarget: Map<string, Queue[]>;
}

export function indexRouting(deployment: Deployment): RoutingIndex {
    return { agentsOfTarget: byTarget(deployment.agents), queuesOfTarget: byTarget(deployment.queues) };
}

/** Agents in the order of the queue's targets, then of their declaration; each agent once. */
export function agentsServicing(queue: Queue, index: RoutingIndex): Agent[] {
    return onTargetsOf(queue, index.agentsOfTarget);
}

/** The queues an agent services: those mapped to any of its skill groups or precision queues. */
export function queuesServicedBy(agent: Agent, index: RoutingIndex): Queue[] {
    return onTargetsOf(agent, index.queuesOfTarget);
}

function targetsOf(item: Targets): NameRef[] {
    return [...item.skillGroups, ...item.precisionQueues];
}

/** Items (agents or queues) by the skill group or precision queue they name, in declaration order, each once. */
function byTarget<T extends Targets>(items: readonly T[]): Map<string, T[]> {
    const map = new Map<string, T[]>();
    for (const item of items) {
        for (const ref of targetsOf(item)) {
            const list = map.get(ref.name) ?? [];
            // Items come one at a time, so a repeat can only be the item just added: O(1), not a scan.
            if (list.at(-1) !== item) list.push(item);
            map.set(ref.name, list);
        }
    }
    return map;
}

/** What `map` holds for each of the item's targets, in the order of its targets, each once. */
function onTargetsOf<T>(item: Targets, map: ReadonlyMap<string, T[]>): T[] {
    const found = new Set<T>();
    for (const ref of targetsOf(item)) {
        for (const value of map.get(ref.name) ?? []) found.add(value);
    }
    return [...found];
}

export function routingTable(deployment: Deployment, index: RoutingIndex = indexRouting(deployment)): Route[] {
    return deployment.queues.map(queue => ({
        department: queue.department,
        queue: queue.name,
        mrd: queue.mrd?.name ?? null,
        script: queue.scriptSelector?.name ?? null,
        skillGroups: queue.skillGroups.map(r => r.name),
        precisionQueues: queue.precisionQueues.map(r => r.name),
        agents: agentsServicing(queue, index).map(a => a.name),
    }));
}
