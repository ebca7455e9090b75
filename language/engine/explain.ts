/**
 * What the engine computed, spelled out: each figure with its formula, the inputs it used and the
 * guide section it comes from. Pure and editor-free: hovers render these as markdown, the CLI may
 * print them as text. Values come from the engine's own functions; nothing is recomputed by hand.
 */
import type { CallbackLoad, ChatLoad, EmailLoad, LoadProfile } from '../model/deployment.js';
import { MAX_AGENTS_PER_APPLICATION_SERVER, STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR, CONFIGURATIONS, serverCount, type Configuration } from './configurations.js';
import type { Analysis } from './analysis.js';
import { monthProjectionExceeds, projectedSizeMB, type Growth } from './growth.js';
import type { NetworkBudget } from './network.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents, type Sizing } from './sizing.js';

export const GUIDE = {
    sizingInputs: 'Chapter 2, Sizing Inputs',
    configurations: 'Chapter 2, Sizing for Combined Email, Web, and Voice Scenarios',
    databaseGrowth: 'Chapter 2, Planning for Database Growth',
    routing: 'Chapter 1, Designing Integrated Routing - An Example',
    latency: 'Chapter 4, Network Latency',
    bandwidth: 'Chapter 4, Bandwidth Requirements',
    geographic: 'Chapter 4, Geographic Server Distribution',
} as const;

export interface Figure {
    label: string;
    value: string;
    /** The formula in words, e.g. `agents × emails per hour ÷ 6`. */
    formula: string;
    /** The formula with this deployment's inputs, e.g. `8 × 9 ÷ 6 = 12`. */
    arithmetic: string;
    section: string;
}

/** The months a growth projection is shown for (RULEBOOK §5). */
export const PROJECTION_MONTHS = [12, 24, 36] as const;

export function formatNumber(value: number, fractionDigits = 1): string {
    if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
    return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
}

/** A database size: MB below 1 GB, GB above (1 GB = 1024 MB, as the guide's formulas divide by 1024). */
export function formatMB(mb: number): string {
    return Math.abs(mb) >= 1024 ? `${formatNumber(mb / 1024)} GB` : `${formatNumber(mb)} MB`;
}

export function formatKbps(kbps: number): string {
    return kbps >= 1000 ? `${formatNumber(kbps)} kbps (${formatNumber(kbps / 1000)} Mbps)` : `${formatNumber(kbps)} kbps`;
}

function agents(n: number): string {
    return `${formatNumber(n, 2)} standardized agent${n === 1 ? '' : 's'}`;
}

// ---- Standardized agents (guide, chapter 2, "Sizing Inputs") -----------------------------------

export function explainEmailLine(line: Pick<EmailLoad, 'agents' | 'emailsPerHour'>): Figure {
    const written = line.emailsPerHour ?? STANDARD_EMAILS_PER_HOUR;
    const rate = Math.max(written, STANDARD_EMAILS_PER_HOUR);
    const value = standardizedEmailAgents(line);
    const note = line.emailsPerHour === undefined ? ' (no rate written: the standard 6)'
        : written < STANDARD_EMAILS_PER_HOUR ? ` (${formatNumber(written)} per hour counts as 6)` : '';
    return {
        label: `Email: ${formatNumber(line.agents)} agents at ${formatNumber(written)} emails per hour`,
        value: agents(value),
        formula: `agents × max(emails per hour, ${STANDARD_EMAILS_PER_HOUR}) ÷ ${STANDARD_EMAILS_PER_HOUR}`,
        arithmetic: `${formatNumber(line.agents)} × ${formatNumber(rate)} ÷ ${STANDARD_EMAILS_PER_HOUR} = ${formatNumber(value, 2)}${note}`,
        section: GUIDE.sizingInputs,
    };
}

export function explainChatLine(line: Pick<ChatLoad, 'agents' | 'concurrentChats'>): Figure {
    const written = line.concurrentChats ?? STANDARD_CONCURRENT_CHATS;
    const concurrency = Math.max(written, STANDARD_CONCURRENT_CHATS);
    const value = standardizedChatAgents(line);
    return {
        label: `Chat: ${formatNumber(line.agents)} agents at ${formatNumber(written)} concurrent chats`,
        value: agents(value),
        formula: `agents × max(concurrent chats, ${STANDARD_CONCURRENT_CHATS})`,
        arithmetic: `${formatNumber(line.agents)} × ${formatNumber(concurrency)} = ${formatNumber(value, 2)}`,
        section: GUIDE.sizingInputs,
    };
}

export function explainCallbackLine(line: Pick<CallbackLoad, 'agents'>): Figure {
    const value = standardizedCallbackAgents(line);
    return {
        label: `Callback: ${formatNumber(line.agents)} agents`,
        value: agents(value),
        formula: 'agents (one active session each)',
        arithmetic: `${formatNumber(line.agents)} = ${formatNumber(value, 2)}`,
        section: GUIDE.sizingInputs,
    };
}

/** The arithmetic of one line without its result, e.g. `8 × 9 ÷ 6`. */
function lineExpression(figure: Figure): string {
    return figure.arithmetic.slice(0, figure.arithmetic.indexOf(' = '));
}

/** Per channel and in total, each the sum of its load lines. */
export function explainStandardizedAgents(sizing: Sizing, load: LoadProfile | undefined): Figure[] {
    const s = sizing.standardizedAgents;
    const sum = (label: string, lines: Figure[], total: number): Figure => ({
        label,
        value: formatNumber(total, 2),
        formula: lines.length === 0 ? 'no load lines' : lines.length === 1 ? lines[0].formula : `sum over ${label.toLowerCase()} lines of ${lines[0].formula}`,
        arithmetic: lines.length === 0 ? '0' : `${lines.map(lineExpression).join(' + ')} = ${formatNumber(total, 2)}`,
        section: GUIDE.sizingInputs,
    });
    return [
        sum('Email', (load?.email ?? []).map(explainEmailLine), s.email),
        sum('Chat', (load?.chat ?? []).map(explainChatLine), s.chat),
        sum('Callback', (load?.callback ?? []).map(explainCallbackLine), s.callback),
        {
            label: 'Total',
            value: formatNumber(s.total),
            formula: '⌈email + chat + callback⌉ (rounded up to a whole agent)',
            arithmetic: `⌈${formatNumber(s.email, 2)} + ${formatNumber(s.chat, 2)} + ${formatNumber(s.callback, 2)}⌉ = ${formatNumber(s.total)}`,
            section: GUIDE.sizingInputs,
        },
    ];
}

export function describeServers(configuration: Configuration): string {
    if (configuration.servers.length === 0) return 'none: over 1,500 standardized agents is not supported by one deployment';
    const parts = configuration.servers.map(s => `${s.count} × ${s.roles.join(' + ')}`);
    return `${serverCount(configuration)}: ${parts.join('; ')}`;
}

/** Configuration, servers, OVA template, headroom and application-server load. */
export function explainConfiguration(sizing: Sizing): Figure[] {
    const total = sizing.standardizedAgents.total;
    const c = sizing.configuration;
    const limits = CONFIGURATIONS.map(x => formatNumber(x.maxAgents)).join(', ');
    const next = CONFIGURATIONS.find(x => x.maxAgents > (Number.isFinite(c.maxAgents) ? c.maxAgents : Infinity));
    const perServer = sizing.agentsPerApplicationServer;
    const figures: Figure[] = [
        {
            label: 'Configuration',
            value: c.name === 'unsupported' ? 'not supported' : `${c.name} configuration`,
            formula: `the smallest configuration whose limit (${limits}) is at least the total`,
            arithmetic: c.name === 'unsupported' ? `${formatNumber(total)} > ${formatNumber(sizing.headroom.limit)}` : `${formatNumber(total)} ≤ ${formatNumber(c.maxAgents)}`,
            section: GUIDE.configurations,
        },
        {
            label: 'Servers',
            value: describeServers(c),
            formula: "the configuration's server table",
            arithmetic: c.name === 'unsupported' ? '—' : `${c.name} configuration`,
            section: GUIDE.configurations,
        },
        {
            label: 'OVA template',
            value: c.ova ? `\`${c.ova}\`` : 'none',
            formula: "the configuration's OVA template",
            arithmetic: c.ova ? `${c.name} → ${c.ova}` : '—',
            section: GUIDE.configurations,
        },
        {
            label: 'Headroom',
            value: `${formatNumber(sizing.headroom.agents)} agents${next ? ` before the ${next.name} configuration` : ''}`,
            formula: "the configuration's limit − total",
            arithmetic: `${formatNumber(sizing.headroom.limit)} − ${formatNumber(total)} = ${formatNumber(sizing.headroom.agents)}`,
            section: GUIDE.configurations,
        },
        {
            label: 'Application servers needed',
            value: formatNumber(sizing.applicationServersNeeded),
            formula: `⌈total ÷ ${MAX_AGENTS_PER_APPLICATION_SERVER}⌉`,
            arithmetic: `⌈${formatNumber(total)} ÷ ${MAX_AGENTS_PER_APPLICATION_SERVER}⌉ = ${formatNumber(sizing.applicationServersNeeded)}`,
            section: GUIDE.sizingInputs,
        },
        {
            label: 'Load per application server',
            value: sizing.applicationServersDeclared === 0
                ? (total > 0 ? 'no application server declared' : '0')
                : `${formatNumber(perServer)} of ${MAX_AGENTS_PER_APPLICATION_SERVER} agents (${formatNumber((perServer / MAX_AGENTS_PER_APPLICATION_SERVER) * 100, 0)}%)`,
            formula: `total ÷ declared application servers ≤ ${MAX_AGENTS_PER_APPLICATION_SERVER}`,
            arithmetic: sizing.applicationServersDeclared === 0 ? `${formatNumber(total)} ÷ 0`
                : `${formatNumber(total)} ÷ ${sizing.applicationServersDeclared} = ${formatNumber(perServer)} ${perServer <= MAX_AGENTS_PER_APPLICATION_SERVER ? '≤' : '>'} ${MAX_AGENTS_PER_APPLICATION_SERVER}`,
            section: GUIDE.sizingInputs,
        },
    ];
    return figures;
}

// ---- Database growth (guide, chapter 2, "Planning for Database Growth") ------------------------

export function explainMonthlyGrowth(growth: Growth): Figure[] {
    const i = growth.inputs;
    const m = growth.monthlyMB;
    const n = (v: number) => formatNumber(v);
    return [
        {
            label: 'Email',
            value: `${formatMB(m.email)} per month`,
            formula: '((incoming + outgoing emails) × 2) × (6 + average email KB × 2) ÷ 1024',
            arithmetic: `((${n(i.incomingEmails)} + ${n(i.outgoingEmails)}) × 2) × (6 + ${n(i.averageEmailKB)} × 2) ÷ 1024 = ${n(m.email)} MB`,
            section: GUIDE.databaseGrowth,
        },
        {
            label: 'Attachments',
            value: `${formatMB(m.attachments)} per month`,
            formula: 'emails with attachments × average attachment KB ÷ 1024',
            arithmetic: `${n(i.emailsWithAttachments)} × ${n(i.averageAttachmentKB)} ÷ 1024 = ${n(m.attachments)} MB`,
            section: GUIDE.databaseGrowth,
        },
        {
            label: 'Chat and callback',
            value: `${formatMB(m.chat)} per month`,
            formula: 'chat messages × (6 + average chat message KB × 3 × 2) ÷ 1024',
            arithmetic: `${n(i.chatMessages)} × (6 + ${n(i.averageChatMessageKB)} × 3 × 2) ÷ 1024 = ${n(m.chat)} MB`,
            section: GUIDE.databaseGrowth,
        },
        {
            label: 'Total',
            value: `${formatMB(m.total)} per month`,
            formula: 'email + attachments + chat',
            arithmetic: `${n(m.email)} + ${n(m.attachments)} + ${n(m.chat)} = ${n(m.total)} MB`,
            section: GUIDE.databaseGrowth,
        },
    ];
}

export function explainProjection(growth: Growth, months: readonly number[] = PROJECTION_MONTHS): Figure[] {
    const current = growth.inputs.currentDatabaseMB;
    return months.filter(month => month <= growth.projection.length || !growth.compounded).map(month => {
        const size = projectedSizeMB(growth, month);
        const added = growth.compounded?.addedMB[month - 1];
        return {
            label: `After ${month} months`,
            value: formatMB(size),
            formula: added ? 'current size + the growth of each month, from that month\'s grown volumes' : 'current size + total per month × months',
            arithmetic: added ? `${formatNumber(current)} + ${formatNumber(added.total)} = ${formatNumber(size)} MB`
                : `${formatNumber(current)} + ${formatNumber(growth.monthlyMB.total)} × ${month} = ${formatNumber(size)} MB`,
            section: GUIDE.databaseGrowth,
        };
    });
}

/** The first month the projection exceeds the declared database disk, with no horizon; null when it never does. */
export function diskFullMonth(growth: Growth): number | null {
    if (growth.diskGB === null) return null;
    const month = monthProjectionExceeds(growth, growth.diskGB * 1024);
    return month === null ? null : Math.max(month, 1);
}

export function explainDisk(growth: Growth): Figure | undefined {
    if (growth.diskGB === null) return undefined;
    const diskMB = growth.diskGB * 1024;
    const month = diskFullMonth(growth);
    const current = growth.inputs.currentDatabaseMB;
    return {
        label: 'Disk full',
        value: month !== null ? `in month ${month}` : growth.compounded ? `not within ${growth.projection.length} months` : 'never at this rate',
        formula: growth.compounded ? 'the first month the projected size exceeds the disk' : '⌊(disk − current size) ÷ total per month⌋ + 1',
        arithmetic: growth.compounded
            ? (month === null ? `${formatNumber(diskMB)} MB disk, not exceeded within ${growth.projection.length} months` : `${formatNumber(projectedSizeMB(growth, month))} > ${formatNumber(diskMB)} MB`)
            : month === null
            ? `${formatNumber(diskMB)} MB disk, no growth`
            : `⌊(${formatNumber(diskMB)} − ${formatNumber(current)}) ÷ ${formatNumber(growth.monthlyMB.total)}⌋ + 1 = ${month}`,
        section: GUIDE.databaseGrowth,
    };
}

// ---- Network (guide, chapter 4) -----------------------------------------------------------------

export function explainNetwork(budget: NetworkBudget): Figure[] {
    const a = budget.agents;
    const figures: Figure[] = [
        {
            label: 'Agents',
            value: formatNumber(a.total),
            formula: 'email + chat + callback agents of the load profile',
            arithmetic: `${formatNumber(a.email)} + ${formatNumber(a.chat)} + ${formatNumber(a.callback)} = ${formatNumber(a.total)}`,
            section: GUIDE.bandwidth,
        },
    ];
    for (const [phase, b] of [['Steady', budget.steady], ['Login (all at once)', budget.login]] as const) {
        figures.push({
            label: `${phase} bandwidth needed`,
            value: formatKbps(b.requiredTotalKbps),
            formula: `agents × ${b.requiredPerAgentKbps} kbps`,
            arithmetic: `${formatNumber(a.total)} × ${b.requiredPerAgentKbps} = ${formatNumber(b.requiredTotalKbps)} kbps`,
            section: GUIDE.bandwidth,
        });
        if (b.declaredPerAgentKbps !== undefined && b.marginPerAgentKbps !== undefined) {
            const declaredTotal = b.declaredPerAgentKbps * a.total;
            figures.push({
                label: `${phase} bandwidth declared`,
                value: `${formatKbps(b.declaredPerAgentKbps)} per agent (${b.marginPerAgentKbps >= 0 ? '+' : '−'}${formatNumber(Math.abs(b.marginPerAgentKbps))} kbps)`,
                formula: `declared per agent − ${b.requiredPerAgentKbps} kbps; site: agents × declared`,
                arithmetic: `${formatNumber(b.declaredPerAgentKbps)} − ${b.requiredPerAgentKbps} = ${formatNumber(b.marginPerAgentKbps)}; ${formatNumber(a.total)} × ${formatNumber(b.declaredPerAgentKbps)} = ${formatNumber(declaredTotal)} kbps`,
                section: GUIDE.bandwidth,
            });
        }
    }
    for (const [link, l, section] of [['Agent ↔ ECE', budget.agentLatency, GUIDE.latency], ['ECE ↔ Unified CCE', budget.ucceLatency, GUIDE.geographic]] as const) {
        figures.push({
            label: `${link} latency budget left`,
            value: l.leftMs === undefined ? `${l.limitMs} ms (no latency declared)` : `${formatNumber(l.leftMs)} ms`,
            formula: `${l.limitMs} ms one way − declared latency`,
            arithmetic: l.declaredMs === undefined ? '—' : `${l.limitMs} − ${formatNumber(l.declaredMs)} = ${formatNumber(l.leftMs ?? 0)}`,
            section,
        });
    }
    return figures;
}

// ---- One line for the whole deployment -----------------------------------------------------------

/** e.g. `12 standardized agents · 400-agent configuration · 2 servers · DB +4.2 GB/month, disk full in month 48`. */
export function summaryLine(analysis: Analysis): string {
    const { sizing, growth } = analysis;
    if (!analysis.deployment.load) return 'Not sized: no load profile (write `load profile { … }` with the agents per channel)';
    const total = sizing.standardizedAgents.total;
    const c = sizing.configuration;
    const parts = [`${formatNumber(total)} standardized agent${total === 1 ? '' : 's'}`];
    if (c.name === 'unsupported') {
        parts.push(`over ${formatNumber(sizing.headroom.limit)}: not supported by one deployment`);
    } else {
        parts.push(`${c.name} configuration`, `${serverCount(c)} servers`);
    }
    let db = `DB +${formatMB(growth.monthlyMB.total)}/month`;
    if (growth.diskGB !== null) {
        const month = diskFullMonth(growth);
        db += month !== null ? `, disk full in month ${month}` : growth.compounded ? `, disk not full within ${growth.projection.length} months` : ', disk never fills';
    }
    parts.push(db);
    return parts.join(' · ');
}
