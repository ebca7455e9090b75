/**
 * What the engine computed, spelled out: each figure with its formula, the inputs it used and the
 * guide section it comes from. Pure and editor-free: hovers render these as markdown, the CLI may
 * print them as text. Values come from the engine's own functions; nothing is recomputed by hand.
 */
import { SERVER_ROLES, serversWithRole, type CallbackLoad, type ChatLoad, type Deployment, type EmailLoad, type LoadProfile } from '../model/deployment.js';
import {
    MAX_AGENTS_PER_APPLICATION_SERVER, STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR, CONFIGURATIONS, serverCount, serversPerRole, type Configuration,
} from './configurations.js';
import type { Analysis } from './analysis.js';
import { monthProjectionExceeds, projectedSizeMB, type Growth } from './growth.js';
import { networkBudget, type NetworkBudget } from './network.js';
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

/** The unit a figure's amount is counted in; its text follows {@link formatAmount}. */
export type FigureUnit = 'standardized agents' | 'agents' | 'servers' | 'MB' | 'MB per month' | 'month' | 'kbps' | 'ms' | 'configuration' | 'text';

/**
 * One figure the product shows, computed once: every surface (hover, lens, inlay hint, status bar,
 * CLI, report, webview) renders these fields and nothing else.
 */
export interface Figure {
    /** Stable within a deployment, e.g. `load.email.0`, `standardized.total`, `growth.total`. */
    key: string;
    label: string;
    /** The number behind the value; null where the figure is not a number (an OVA template, a list). */
    amount: number | null;
    unit: FigureUnit;
    /** The amount in words, by the one rounding and unit rule. */
    value: string;
    /** The formula in words, e.g. `agents × emails per hour ÷ 6`. */
    formula: string;
    /** The formula with this deployment's inputs, e.g. `8 × 9 ÷ 6 = 12`. */
    arithmetic: string;
    section: string;
}

/** The months a growth projection is shown for, and the horizon itself (docs/decisions.md, "Database growth"). */
export const PROJECTION_MONTHS = [12, 24, 36] as const;

/**
 * The one rounding rule: standardized agents keep two decimals (a 7-an-hour email agent is 1.17),
 * every other amount one; database sizes in MB below 1 GB and in GB above.
 */
export function formatAmount(amount: number, unit: FigureUnit): string {
    switch (unit) {
        case 'standardized agents': return formatNumber(amount, 2);
        case 'MB': return formatMB(amount);
        case 'MB per month': return `${formatMB(amount)} per month`;
        case 'kbps': return formatKbps(amount);
        case 'ms': return `${formatNumber(amount)} ms`;
        case 'month': return `month ${formatNumber(amount, 0)}`;
        default: return formatNumber(amount);
    }
}

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
    return `${formatAmount(n, 'standardized agents')} standardized agent${n === 1 ? '' : 's'}`;
}

function plural(n: number, word: string): string {
    return `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;
}

// ---- Standardized agents (guide, chapter 2, "Sizing Inputs") -----------------------------------

export function explainEmailLine(line: Pick<EmailLoad, 'agents' | 'emailsPerHour'>, index = 0): Figure {
    const written = line.emailsPerHour ?? STANDARD_EMAILS_PER_HOUR;
    const rate = Math.max(written, STANDARD_EMAILS_PER_HOUR);
    const value = standardizedEmailAgents(line);
    const note = line.emailsPerHour === undefined ? ' (no rate written: the standard 6)'
        : written < STANDARD_EMAILS_PER_HOUR ? ` (${formatNumber(written)} per hour counts as 6)` : '';
    return {
        key: `load.email.${index}`,
        label: `Email: ${formatNumber(line.agents)} agents at ${formatNumber(written)} emails per hour`,
        amount: value,
        unit: 'standardized agents',
        value: agents(value),
        formula: `agents × max(emails per hour, ${STANDARD_EMAILS_PER_HOUR}) ÷ ${STANDARD_EMAILS_PER_HOUR}`,
        arithmetic: `${formatNumber(line.agents)} × ${formatNumber(rate)} ÷ ${STANDARD_EMAILS_PER_HOUR} = ${formatAmount(value, 'standardized agents')}${note}`,
        section: GUIDE.sizingInputs,
    };
}

export function explainChatLine(line: Pick<ChatLoad, 'agents' | 'concurrentChats'>, index = 0): Figure {
    const written = line.concurrentChats ?? STANDARD_CONCURRENT_CHATS;
    const concurrency = Math.max(written, STANDARD_CONCURRENT_CHATS);
    const value = standardizedChatAgents(line);
    const note = line.concurrentChats !== undefined && written < STANDARD_CONCURRENT_CHATS ? ` (${formatNumber(written)} counts as 1)` : '';
    return {
        key: `load.chat.${index}`,
        label: `Chat: ${formatNumber(line.agents)} agents at ${formatNumber(written)} concurrent chats`,
        amount: value,
        unit: 'standardized agents',
        value: agents(value),
        formula: `agents × max(concurrent chats, ${STANDARD_CONCURRENT_CHATS})`,
        arithmetic: `${formatNumber(line.agents)} × ${formatNumber(concurrency)} = ${formatAmount(value, 'standardized agents')}${note}`,
        section: GUIDE.sizingInputs,
    };
}

export function explainCallbackLine(line: Pick<CallbackLoad, 'agents'>, index = 0): Figure {
    const value = standardizedCallbackAgents(line);
    return {
        key: `load.callback.${index}`,
        label: `Callback: ${formatNumber(line.agents)} agents`,
        amount: value,
        unit: 'standardized agents',
        value: agents(value),
        formula: 'agents (one active session each)',
        arithmetic: `${formatNumber(line.agents)} = ${formatAmount(value, 'standardized agents')}`,
        section: GUIDE.sizingInputs,
    };
}

/** Every load line of the profile, email first, in the order written. */
export function explainLoadLines(load: LoadProfile | undefined): Figure[] {
    return [
        ...(load?.email ?? []).map(explainEmailLine),
        ...(load?.chat ?? []).map(explainChatLine),
        ...(load?.callback ?? []).map(explainCallbackLine),
    ];
}

/** The arithmetic of one line without its result, e.g. `8 × 9 ÷ 6`. */
function lineExpression(figure: Figure): string {
    return figure.arithmetic.slice(0, figure.arithmetic.indexOf(' = '));
}

/** Per channel and in total, each the sum of its load lines. */
export function explainStandardizedAgents(sizing: Sizing, load: LoadProfile | undefined): Figure[] {
    const s = sizing.standardizedAgents;
    const sum = (key: string, label: string, lines: Figure[], total: number): Figure => ({
        key: `standardized.${key}`,
        label,
        amount: total,
        unit: 'standardized agents',
        value: formatAmount(total, 'standardized agents'),
        formula: lines.length === 0 ? 'no load lines' : lines.length === 1 ? lines[0].formula : `sum over ${label.toLowerCase()} lines of ${lines[0].formula}`,
        arithmetic: lines.length === 0 ? '0' : `${lines.map(lineExpression).join(' + ')} = ${formatAmount(total, 'standardized agents')}`,
        section: GUIDE.sizingInputs,
    });
    return [
        sum('email', 'Email', (load?.email ?? []).map(explainEmailLine), s.email),
        sum('chat', 'Chat', (load?.chat ?? []).map(explainChatLine), s.chat),
        sum('callback', 'Callback', (load?.callback ?? []).map(explainCallbackLine), s.callback),
        {
            key: 'standardized.total',
            label: 'Total',
            amount: s.total,
            unit: 'standardized agents',
            value: formatNumber(s.total),
            formula: '⌈email + chat + callback⌉ (rounded up to a whole agent)',
            arithmetic: `⌈${formatAmount(s.email, 'standardized agents')} + ${formatAmount(s.chat, 'standardized agents')} + ${formatAmount(s.callback, 'standardized agents')}⌉ = ${formatNumber(s.total)}`,
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
export function explainConfiguration(sizing: Sizing, serversDeclared?: number): Figure[] {
    const total = sizing.standardizedAgents.total;
    const c = sizing.configuration;
    const limits = CONFIGURATIONS.map(x => formatNumber(x.maxAgents)).join(', ');
    const next = CONFIGURATIONS.find(x => x.maxAgents > (Number.isFinite(c.maxAgents) ? c.maxAgents : Infinity));
    const perServer = sizing.agentsPerApplicationServer;
    const required = sizing.applicationServersNeeded;
    const declared = sizing.applicationServersDeclared;
    const tableCount = serversPerRole(c).application;
    const figures: Figure[] = [
        {
            key: 'configuration',
            label: 'Configuration',
            amount: null,
            unit: 'configuration',
            value: c.name === 'unsupported' ? 'not supported' : `${c.name} configuration`,
            formula: `the smallest configuration whose limit (${limits}) is at least the total`,
            arithmetic: c.name === 'unsupported' ? `${formatNumber(total)} > ${formatNumber(sizing.headroom.limit)}` : `${formatNumber(total)} ≤ ${formatNumber(c.maxAgents)}`,
            section: GUIDE.configurations,
        },
        {
            key: 'servers.required',
            label: 'Servers',
            amount: serverCount(c),
            unit: 'servers',
            value: describeServers(c),
            formula: "the configuration's server table",
            arithmetic: c.name === 'unsupported' ? '—' : `${c.name} configuration`,
            section: GUIDE.configurations,
        },
    ];
    if (serversDeclared !== undefined) {
        figures.push({
            key: 'servers.declared',
            label: 'Servers declared',
            amount: serversDeclared,
            unit: 'servers',
            value: c.name === 'unsupported' ? plural(serversDeclared, 'server') : `${formatNumber(serversDeclared)} of ${plural(serverCount(c), 'server')}`,
            formula: "servers written ÷ the configuration's servers",
            arithmetic: c.name === 'unsupported' ? `${formatNumber(serversDeclared)} declared` : `${formatNumber(serversDeclared)} declared, ${formatNumber(serverCount(c))} required`,
            section: GUIDE.configurations,
        });
    }
    figures.push(
        {
            key: 'ova',
            label: 'OVA template',
            amount: null,
            unit: 'text',
            value: c.ova ? `\`${c.ova}\`` : 'none',
            formula: "the configuration's OVA template",
            arithmetic: c.ova ? `${c.name} → ${c.ova}` : '—',
            section: GUIDE.configurations,
        },
        {
            key: 'headroom',
            label: 'Headroom',
            amount: sizing.headroom.agents,
            unit: 'standardized agents',
            value: `${formatNumber(sizing.headroom.agents)} agents${next ? ` before the ${next.name} configuration` : ''}`,
            formula: "the configuration's limit − total",
            arithmetic: `${formatNumber(sizing.headroom.limit)} − ${formatNumber(total)} = ${formatNumber(sizing.headroom.agents)}`,
            section: GUIDE.configurations,
        },
        {
            key: 'applicationServers.required',
            label: 'Application servers required',
            amount: required,
            unit: 'servers',
            value: `${formatNumber(required)} required, ${formatNumber(declared)} declared`,
            formula: `max(the configuration's application servers, ⌈total ÷ ${MAX_AGENTS_PER_APPLICATION_SERVER}⌉)`,
            arithmetic: `max(${formatNumber(tableCount)}, ⌈${formatNumber(total)} ÷ ${MAX_AGENTS_PER_APPLICATION_SERVER}⌉ = ${formatNumber(sizing.applicationServersForLoad)}) = ${formatNumber(required)}`,
            section: GUIDE.sizingInputs,
        },
        {
            key: 'applicationServers.load',
            label: 'Load per application server',
            amount: declared === 0 ? null : perServer,
            unit: 'standardized agents',
            value: declared === 0
                ? (total > 0 ? 'no application server declared' : '0')
                : `${formatNumber(perServer)} of ${MAX_AGENTS_PER_APPLICATION_SERVER} agents (${formatNumber((perServer / MAX_AGENTS_PER_APPLICATION_SERVER) * 100, 0)}%)`,
            formula: `total ÷ declared application servers ≤ ${MAX_AGENTS_PER_APPLICATION_SERVER}`,
            arithmetic: declared === 0 ? `${formatNumber(total)} ÷ 0`
                : `${formatNumber(total)} ÷ ${declared} = ${formatNumber(perServer)} ${perServer <= MAX_AGENTS_PER_APPLICATION_SERVER ? '≤' : '>'} ${MAX_AGENTS_PER_APPLICATION_SERVER}`,
            section: GUIDE.sizingInputs,
        },
    );
    return figures;
}

/** Per role: the servers that carry it, against what the configuration requires. */
export function explainRoles(deployment: Deployment, configuration: Configuration): Figure[] {
    const required = serversPerRole(configuration);
    return SERVER_ROLES.map(role => {
        const declared = serversWithRole(deployment, role).length;
        return {
            key: `roles.${role}`,
            label: role,
            amount: required[role],
            unit: 'servers',
            value: `${formatNumber(declared)} of ${formatNumber(required[role])}`,
            formula: `servers with the ${role} role, against the configuration's`,
            arithmetic: `${formatNumber(declared)} declared, ${formatNumber(required[role])} required${declared < required[role] ? `: ${formatNumber(required[role] - declared)} missing` : ''}`,
            section: GUIDE.configurations,
        };
    });
}

// ---- Database growth (guide, chapter 2, "Planning for Database Growth") ------------------------

export function explainMonthlyGrowth(growth: Growth): Figure[] {
    const i = growth.inputs;
    const m = growth.monthlyMB;
    const n = (v: number) => formatNumber(v);
    const figure = (key: string, label: string, amount: number, formula: string, arithmetic: string): Figure => ({
        key: `growth.${key}`, label, amount, unit: 'MB per month', value: formatAmount(amount, 'MB per month'),
        formula, arithmetic: `${arithmetic} = ${n(amount)} MB`, section: GUIDE.databaseGrowth,
    });
    return [
        figure('email', 'Email', m.email, '((incoming + outgoing emails) × 2) × (6 + average email KB × 2) ÷ 1024',
            `((${n(i.incomingEmails)} + ${n(i.outgoingEmails)}) × 2) × (6 + ${n(i.averageEmailKB)} × 2) ÷ 1024`),
        figure('attachments', 'Attachments', m.attachments, 'emails with attachments × average attachment KB ÷ 1024',
            `${n(i.emailsWithAttachments)} × ${n(i.averageAttachmentKB)} ÷ 1024`),
        figure('chat', 'Chat and callback', m.chat, 'chat messages × (6 + average chat message KB × 3 × 2) ÷ 1024',
            `${n(i.chatMessages)} × (6 + ${n(i.averageChatMessageKB)} × 3 × 2) ÷ 1024`),
        figure('total', 'Total', m.total, 'email + attachments + chat', `${n(m.email)} + ${n(m.attachments)} + ${n(m.chat)}`),
    ];
}

/** The months a projection shows: 12, 24 and 36 within the horizon, and the horizon itself. */
export function projectionMonths(horizon: number): number[] {
    return [...PROJECTION_MONTHS, horizon].filter((month, i, all) => month >= 1 && month <= horizon && all.indexOf(month) === i);
}

export function explainProjection(growth: Growth, months: readonly number[] = projectionMonths(growth.projection.length)): Figure[] {
    const current = growth.inputs.currentDatabaseMB;
    return months.filter(month => month <= growth.projection.length || !growth.compounded).map(month => {
        const size = projectedSizeMB(growth, month);
        const added = growth.compounded?.addedMB[month - 1];
        return {
            key: `projection.${month}`,
            label: `After ${month} months`,
            amount: size,
            unit: 'MB',
            value: formatAmount(size, 'MB'),
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
        key: 'disk.full',
        label: 'Disk full',
        amount: month,
        unit: 'month',
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
            key: 'network.agents',
            label: 'Agents',
            amount: a.total,
            unit: 'agents',
            value: formatNumber(a.total),
            formula: 'email + chat + callback agents of the load profile',
            arithmetic: `${formatNumber(a.email)} + ${formatNumber(a.chat)} + ${formatNumber(a.callback)} = ${formatNumber(a.total)}`,
            section: GUIDE.bandwidth,
        },
    ];
    for (const [key, phase, b] of [['steady', 'Steady', budget.steady], ['login', 'Login (all at once)', budget.login]] as const) {
        figures.push({
            key: `network.${key}.needed`,
            label: `${phase} bandwidth needed`,
            amount: b.requiredTotalKbps,
            unit: 'kbps',
            value: formatKbps(b.requiredTotalKbps),
            formula: `agents × ${b.requiredPerAgentKbps} kbps`,
            arithmetic: `${formatNumber(a.total)} × ${b.requiredPerAgentKbps} = ${formatNumber(b.requiredTotalKbps)} kbps`,
            section: GUIDE.bandwidth,
        });
        if (b.declaredPerAgentKbps !== undefined && b.marginPerAgentKbps !== undefined) {
            const declaredTotal = b.declaredPerAgentKbps * a.total;
            figures.push({
                key: `network.${key}.declared`,
                label: `${phase} bandwidth declared`,
                amount: b.declaredPerAgentKbps,
                unit: 'kbps',
                value: `${formatKbps(b.declaredPerAgentKbps)} per agent (${b.marginPerAgentKbps >= 0 ? '+' : '−'}${formatNumber(Math.abs(b.marginPerAgentKbps))} kbps)`,
                formula: `declared per agent − ${b.requiredPerAgentKbps} kbps; site: agents × declared`,
                arithmetic: `${formatNumber(b.declaredPerAgentKbps)} − ${b.requiredPerAgentKbps} = ${formatNumber(b.marginPerAgentKbps)}; ${formatNumber(a.total)} × ${formatNumber(b.declaredPerAgentKbps)} = ${formatNumber(declaredTotal)} kbps`,
                section: GUIDE.bandwidth,
            });
        }
    }
    for (const [key, link, l, section] of [['agent', 'Agent ↔ ECE', budget.agentLatency, GUIDE.latency], ['ucce', 'ECE ↔ Unified CCE', budget.ucceLatency, GUIDE.geographic]] as const) {
        figures.push({
            key: `network.latency.${key}`,
            label: `${link} latency budget left`,
            amount: l.leftMs ?? l.limitMs,
            unit: 'ms',
            value: l.leftMs === undefined ? `${l.limitMs} ms (no latency declared)` : `${formatNumber(l.leftMs)} ms`,
            formula: `${l.limitMs} ms one way − declared latency`,
            arithmetic: l.declaredMs === undefined ? '—' : `${l.limitMs} − ${formatNumber(l.declaredMs)} = ${formatNumber(l.leftMs ?? 0)}`,
            section,
        });
    }
    return figures;
}

// ---- One line for the whole deployment -----------------------------------------------------------

/** e.g. `12 standardized agents · 400-agent configuration · 2 of 2 servers declared · DB +4.2 GB/month, disk full in month 48`. */
export function summaryLine(analysis: Analysis): string {
    const { sizing, growth, deployment } = analysis;
    if (!deployment.load) return 'Not sized: no load profile (write `load profile { … }` with the agents per channel)';
    const total = sizing.standardizedAgents.total;
    const c = sizing.configuration;
    const parts = [`${formatNumber(total)} standardized agent${total === 1 ? '' : 's'}`];
    if (c.name === 'unsupported') {
        parts.push(`over ${formatNumber(sizing.headroom.limit)}: not supported by one deployment`);
    } else {
        parts.push(`${c.name} configuration`, `${formatNumber(deployment.servers.length)} of ${plural(serverCount(c), 'server')} declared`);
    }
    let db = `DB +${formatMB(growth.monthlyMB.total)}/month`;
    if (growth.diskGB !== null) {
        const month = diskFullMonth(growth);
        db += month !== null ? `, disk full in month ${month}` : growth.compounded ? `, disk not full within ${growth.projection.length} months` : ', disk never fills';
    }
    parts.push(db);
    return parts.join(' · ');
}

// ---- Every figure of a deployment, computed once -------------------------------------------------

export interface DeploymentFigures {
    summary: string;
    lines: Figure[];
    standardizedAgents: Figure[];
    configuration: Figure[];
    roles: Figure[];
    monthlyGrowth: Figure[];
    projection: Figure[];
    disk: Figure | null;
    network: Figure[];
}

export function deploymentFigures(analysis: Analysis): DeploymentFigures {
    const { deployment, sizing, growth } = analysis;
    return {
        summary: summaryLine(analysis),
        lines: explainLoadLines(deployment.load),
        standardizedAgents: explainStandardizedAgents(sizing, deployment.load),
        configuration: explainConfiguration(sizing, deployment.servers.length),
        roles: explainRoles(deployment, sizing.configuration),
        monthlyGrowth: explainMonthlyGrowth(growth),
        projection: explainProjection(growth),
        disk: explainDisk(growth) ?? null,
        network: explainNetwork(networkBudget(deployment)),
    };
}

const computed = new WeakMap<Analysis, DeploymentFigures>();

/** The figures of an analysis, computed on first use and then shared by every surface. */
export function figuresOf(analysis: Analysis): DeploymentFigures {
    let figures = computed.get(analysis);
    if (!figures) {
        figures = deploymentFigures(analysis);
        computed.set(analysis, figures);
    }
    return figures;
}
