/**
 * Capacity over time: the load grown month by month at its declared yearly rates, and the month each
 * limit of the guide is reached. The guide sizes today's load only; the growth model is a planning
 * decision written down in docs/language.md, "Load growth": after m months the load is today's ×
 * (1 + rate)^(m / 12), per channel; each month is sized with the guide's own formulas (sizing.ts,
 * growth.ts) from that month's load.
 */
import type { Deployment, LoadProfile, MonthlyVolumes } from '../model/deployment.js';
import type { Located } from '../model/span.js';
import { configurationFor, CONFIGURATIONS, type ConfigurationName } from './configurations.js';
import { growthInputs, monthlyGrowth, monthProjectionExceeds, projectGrowth, type Growth, type MonthlyGrowth } from './growth.js';
import { applicationServersFor, standardizedAgents, type Sizing, type StandardizedAgents } from './sizing.js';

/** Yearly growth in percent per channel; the email rate also grows email volumes, the chat rate chat messages. */
export interface GrowthRates {
    email: number;
    chat: number;
    callback: number;
}

export type GrowthChannel = keyof GrowthRates;
export const GROWTH_CHANNELS: readonly GrowthChannel[] = ['email', 'chat', 'callback'];

/** The declared rates, a channel's own rate before the whole load's; undefined when no growth is declared. */
export function declaredGrowthRates(load: LoadProfile | undefined): GrowthRates | undefined {
    const growth = load?.growth;
    if (!growth) return undefined;
    const rate = (channel: GrowthChannel) => (growth[channel] ?? growth.all)?.value ?? 0;
    return { email: rate('email'), chat: rate('chat'), callback: rate('callback') };
}

/** Where growth is declared: the whole load's statement, else the first channel's. */
export function growthStatement(load: LoadProfile | undefined): Located<number> | undefined {
    const growth = load?.growth;
    return growth?.all ?? growth?.email ?? growth?.chat ?? growth?.callback;
}

/** How many times today's load the load is after `month` months: (1 + percent / 100)^(month / 12). */
export function growthFactor(percentPerYear: number, month: number): number {
    return Math.pow(1 + percentPerYear / 100, month / 12);
}

/** The load profile after `month` months: agents and monthly volumes grown, rates and sizes as they are. */
export function grownLoad(load: LoadProfile, rates: GrowthRates, month: number): LoadProfile {
    const factor = { email: growthFactor(rates.email, month), chat: growthFactor(rates.chat, month), callback: growthFactor(rates.callback, month) };
    const volume = (v: Located<number> | undefined, f: number) => (v ? { ...v, value: v.value * f } : undefined);
    const monthly: MonthlyVolumes = {
        incomingEmails: volume(load.monthly.incomingEmails, factor.email),
        outgoingEmails: volume(load.monthly.outgoingEmails, factor.email),
        emailsWithAttachments: volume(load.monthly.emailsWithAttachments, factor.email),
        chatMessages: volume(load.monthly.chatMessages, factor.chat),
    };
    return {
        ...load,
        email: load.email.map(l => ({ ...l, agents: l.agents * factor.email })),
        chat: load.chat.map(l => ({ ...l, agents: l.agents * factor.chat })),
        callback: load.callback.map(l => ({ ...l, agents: l.agents * factor.callback })),
        monthly,
    };
}

export interface CapacityMonth {
    month: number;
    standardizedAgents: StandardizedAgents;
    configuration: ConfigurationName;
    applicationServersForLoad: number;
    /** The database's growth during this month, from this month's volumes. */
    databaseMonthlyMB: MonthlyGrowth;
    /** The projected database size at the end of this month. */
    databaseMB: number;
}

/**
 * `configuration`: the total passes 400 (the 1500-agent configuration becomes necessary);
 * `supported-agents`: it passes 1500 (no supported configuration); `application-servers`: the load
 * needs more application servers than are declared; `database-disk`: the database passes its disk.
 */
export type LimitKind = 'configuration' | 'supported-agents' | 'application-servers' | 'database-disk';

export interface TimeToLimit {
    kind: LimitKind;
    /** The first month within the horizon in which the limit is passed. */
    month: number;
    /** The limit: 400 or 1500 standardized agents, the application servers declared, the disk in MB. */
    limit: number;
    /** That month's figure that passes it: standardized agents, application servers for the load, database MB. */
    value: number;
}

export interface CapacityTimeline {
    rates: GrowthRates;
    /** Months 1 to the planning horizon. */
    months: CapacityMonth[];
    /** In month order; a limit already passed today, or not reached within the horizon, is absent. */
    timesToLimit: TimeToLimit[];
}

/** The timeline and the database projection that compounds with it; undefined when no growth is declared. */
export function capacityOverTime(deployment: Deployment, sizing: Sizing, horizonMonths: number): { timeline: CapacityTimeline; growth: Growth } | undefined {
    const load = deployment.load;
    const rates = declaredGrowthRates(load);
    if (!load || !rates) return undefined;
    const loads = Array.from({ length: horizonMonths }, (_, i) => grownLoad(load, rates, i + 1));
    const grownMonthlyMB = loads.map(l => monthlyGrowth(growthInputs(l)));
    const growth = projectGrowth(deployment, horizonMonths, grownMonthlyMB);
    const months = loads.map((l, i): CapacityMonth => {
        const agents = standardizedAgents(l);
        return {
            month: i + 1,
            standardizedAgents: agents,
            configuration: configurationFor(agents.total).name,
            applicationServersForLoad: applicationServersFor(agents.total),
            databaseMonthlyMB: grownMonthlyMB[i],
            databaseMB: growth.projection[i].totalMB,
        };
    });
    return { timeline: { rates, months, timesToLimit: timesToLimit(sizing, growth, months) }, growth };
}

function timesToLimit(today: Sizing, growth: Growth, months: readonly CapacityMonth[]): TimeToLimit[] {
    const result: TimeToLimit[] = [];
    const first = (kind: LimitKind, limit: number, valueOf: (m: CapacityMonth) => number, passedToday: boolean) => {
        if (passedToday) return;
        const month = months.find(m => valueOf(m) > limit);
        if (month) result.push({ kind, month: month.month, limit, value: valueOf(month) });
    };
    const total = today.standardizedAgents.total;
    const [smaller, larger] = CONFIGURATIONS.map(c => c.maxAgents);
    first('configuration', smaller, m => m.standardizedAgents.total, total > smaller);
    first('supported-agents', larger, m => m.standardizedAgents.total, total > larger);
    const declared = today.applicationServersDeclared;
    first('application-servers', declared, m => m.applicationServersForLoad, today.applicationServersForLoad > declared);
    if (growth.diskGB !== null) {
        const diskMB = growth.diskGB * 1024;
        const month = monthProjectionExceeds(growth, diskMB);
        if (month !== null && month > 0) result.push({ kind: 'database-disk', month, limit: diskMB, value: growth.projection[month - 1].totalMB });
    }
    return result.sort((a, b) => a.month - b.month);
}
