/**
 * The derived routing table (RULEBOOK §1; guide, chapter 1, "Designing Integrated Routing"): the
 * agents who service a queue are the union of the agents of the skill groups and precision queues
 * mapped to it. Derived from the Unified CCE configuration, never written down.
 */
import type { Agent, Deployment, Queue } from '../model/deployment.js';

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
    const agentsOfTarget = new Map<string, Agent[]>();
    for (const agent of deployment.agents) {
        for (const ref of [...agent.skillGroups, ...agent.precisionQueues]) {
            const list = agentsOfTarget.get(ref.name) ?? [];
            if (!list.includes(agent)) list.push(agent);
            agentsOfTarget.set(ref.name, list);
        }
    }
    const queuesOfTarget = new Map<string, Queue[]>();
    for (const queue of deployment.queues) {
        for (const ref of [...queue.skillGroups, ...queue.precisionQueues]) {
            const list = queuesOfTarget.get(ref.name) ?? [];
            if (!list.includes(queue)) list.push(queue);
            queuesOfTarget.set(ref.name, list);
        }
    }
    return { agentsOfTarget, queuesOfTarget };
}

/** Agents in the order of the queue's targets, then of their declaration; each agent once. */
export function agentsServicing(queue: Queue, index: RoutingIndex): Agent[] {
    const agents: Agent[] = [];
    for (const ref of [...queue.skillGroups, ...queue.precisionQueues]) {
        for (const agent of index.agentsOfTarget.get(ref.name) ?? []) {
            if (!agents.includes(agent)) agents.push(agent);
        }
    }
    return agents;
}

/** The queues an agent services: those mapped to any of its skill groups or precision queues. */
export function queuesServicedBy(agent: Agent, index: RoutingIndex): Queue[] {
    const queues: Queue[] = [];
    for (const ref of [...agent.skillGroups, ...agent.precisionQueues]) {
        for (const queue of index.queuesOfTarget.get(ref.name) ?? []) {
            if (!queues.includes(queue)) queues.push(queue);
        }
    }
    return queues;
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
