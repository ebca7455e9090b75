/**
 * What a site's network must carry and how much latency it has left (guide, chapter 4, "Network
 * Latency" and "Bandwidth Requirements"). Pure functions of the deployment model, for hovers
 * and for the network rules.
 */
import type { Deployment, LoadProfile } from '../model/deployment.js';
import { toKbps, toMs, type Quantity } from '../model/quantity.js';
import type { Located } from '../model/span.js';
import {
    MAX_AGENT_LATENCY_MS, MAX_UCCE_LATENCY_MS, MIN_LOGIN_BANDWIDTH_KBPS, MIN_STEADY_BANDWIDTH_KBPS,
} from './network-limits.js';

export interface AgentHeadcount {
    email: number;
    chat: number;
    callback: number;
    /**
     * email + chat + callback, as written in the load profile. Decision (docs/decisions.md): the load
     * profile does not say which agents are blended, so an agent written on two channel lines counts
     * on each (as sizing counts it on every channel it handles); the aggregate bandwidth is then an
     * upper bound, which a network sized for it never falls short of.
     */
    total: number;
}

export interface BandwidthBudget {
    /** The guide's minimum per agent, in kbps. */
    requiredPerAgentKbps: number;
    /** agents × the guide's minimum: what the site needs. */
    requiredTotalKbps: number;
    /** The per-agent figure the deployment declares, in kbps; undefined when not declared. */
    declaredPerAgentKbps?: number;
    /** Declared minus required per agent (negative when short); undefined when not declared. */
    marginPerAgentKbps?: number;
}

export interface LatencyBudget {
    /** The guide's one-way maximum, in ms. */
    limitMs: number;
    declaredMs?: number;
    /** limit − declared (negative when over); undefined when not declared. */
    leftMs?: number;
}

export interface NetworkBudget {
    agents: AgentHeadcount;
    /** After login, at a steady state: agents × 40 kbps. */
    steady: BandwidthBudget;
    /** If every agent logs in at once: agents × 384 kbps. */
    login: BandwidthBudget;
    agentLatency: LatencyBudget;
    ucceLatency: LatencyBudget;
}

export function agentHeadcount(load: LoadProfile | undefined): AgentHeadcount {
    const count = (lines: { agents: number }[] | undefined) => (lines ?? []).reduce((sum, l) => sum + l.agents, 0);
    const email = count(load?.email);
    const chat = count(load?.chat);
    const callback = count(load?.callback);
    return { email, chat, callback, total: email + chat + callback };
}

export function networkBudget(deployment: Deployment): NetworkBudget {
    const agents = agentHeadcount(deployment.load);
    const network = deployment.network;
    return {
        agents,
        steady: bandwidthBudget(agents.total, MIN_STEADY_BANDWIDTH_KBPS, network?.steadyBandwidth),
        login: bandwidthBudget(agents.total, MIN_LOGIN_BANDWIDTH_KBPS, network?.loginBandwidth),
        agentLatency: latencyBudget(MAX_AGENT_LATENCY_MS, network?.agentLatency),
        ucceLatency: latencyBudget(MAX_UCCE_LATENCY_MS, network?.ucceLatency),
    };
}

function bandwidthBudget(agents: number, requiredPerAgentKbps: number, declared: Located<Quantity> | undefined): BandwidthBudget {
    const budget: BandwidthBudget = { requiredPerAgentKbps, requiredTotalKbps: agents * requiredPerAgentKbps };
    if (declared) {
        budget.declaredPerAgentKbps = kbps(declared.value);
        budget.marginPerAgentKbps = clean(budget.declaredPerAgentKbps - requiredPerAgentKbps);
    }
    return budget;
}

export function latencyBudget(limitMs: number, declared: Located<Quantity> | undefined): LatencyBudget {
    if (!declared) return { limitMs };
    const declaredMs = toMs(declared.value);
    return { limitMs, declaredMs, leftMs: clean(limitMs - declaredMs) };
}

/** A bandwidth in kbps without floating-point noise (0.384 Mbps is 384 kbps, not 384.00000000000006). */
export function kbps(q: Quantity): number {
    return clean(toKbps(q));
}

function clean(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}
