/**
 * The report as plain data: everything the HTML page, the Markdown page and the diagrams show,
 * taken from the engine's analysis. Builders downstream only format; they compute nothing.
 */
import type { FileDiagnostic } from '../language/validation/file-diagnostic.js';
import type { Analysis } from '../language/engine/analysis.js';
import { figuresOf, type DeploymentFigures, type Figure } from '../language/engine/explain.js';
import { serversPerRole } from '../language/engine/configurations.js';
import type { Route } from '../language/engine/routing.js';
import { standardizedCallbackAgents, standardizedChatAgents, standardizedEmailAgents } from '../language/engine/sizing.js';
import { MAX_AGENTS_PER_APPLICATION_SERVER, STANDARD_CONCURRENT_CHATS, STANDARD_EMAILS_PER_HOUR } from '../language/engine/configurations.js';
import { growthStatement, type GrowthRates, type TimeToLimit } from '../language/engine/capacity-timeline.js';
import { capacityHeadline, describeGrowthRates, describeTimeToLimit, limitNeed, limitPassed, timesToLimitLine } from '../language/engine/explain-capacity.js';
import { SERVER_ROLES, type Deployment, type ServerRole } from '../language/model/deployment.js';
import { formatQuantity, toMB } from '../language/model/quantity.js';
import type { NameRef, Span } from '../language/model/span.js';
import type { Severity } from '../language/rules/rule.js';

/** Where an object is written: the file's URI and the 0-based range of its name (LSP positions). */
export interface SourceLocation {
    uri: string;
    line: number;
    character: number;
    endLine: number;
    endCharacter: number;
}

/** A diagnostic as the CLI prints it (1-based line and column), with the file's URI for links. */
export type ReportDiagnostic = FileDiagnostic;

export interface SizingLine {
    channel: 'email' | 'chat' | 'callback';
    agents: number;
    /** Emails per hour or concurrent chats per agent; 1 session for callback. */
    rate: number;
    standardized: number;
    /** The engine's figure of the line: what every surface shows for it. */
    figure: Figure;
    source: SourceLocation;
}

export interface RoleCount {
    role: ServerRole;
    required: number;
    declared: number;
}

export interface ReportSizing {
    lines: SizingLine[];
    standardizedAgents: { email: number; chat: number; callback: number; total: number };
    configuration: string;
    ova: string | null;
    /** The configuration's servers, e.g. `1 × web`, `1 × web + application + …`. */
    configurationServers: { count: number; roles: ServerRole[] }[];
    roles: RoleCount[];
    /** What the configuration requires, never fewer than the load needs (docs/figures.md). */
    applicationServersNeeded: number;
    /** ⌈total ÷ 400⌉. */
    applicationServersForLoad: number;
    applicationServersDeclared: number;
    headroom: number;
    limit: number;
}

/** One month of the projection, split by what fills the database; the parts add up to `totalMB`. */
export interface GrowthMonth {
    month: number;
    currentMB: number;
    emailMB: number;
    attachmentsMB: number;
    chatMB: number;
    totalMB: number;
}

export interface ReportGrowth {
    monthlyMB: { email: number; attachments: number; chat: number; total: number };
    currentMB: number;
    months: GrowthMonth[];
    diskGB: number | null;
    diskFullMonth: number | null;
    /** The load profile, where the volumes are written. */
    source?: SourceLocation;
    /** The database server whose disk is the limit. */
    diskSource?: SourceLocation;
}

/** One month of the grown load (docs/language.md, "Load growth"). */
export interface CapacityMonthRow {
    month: number;
    standardizedAgents: { email: number; chat: number; callback: number; total: number };
    configuration: string;
    applicationServersForLoad: number;
    databaseMB: number;
}

/** A limit the growing load reaches within the horizon, with the engine's words for it. */
export interface ReportTimeToLimit {
    kind: TimeToLimit['kind'];
    month: number;
    limit: number;
    value: number;
    /** What the deployment will need then: `the 1500-agent configuration`, `a third application server`. */
    need: string;
    /** What passes the limit: `412 standardized agents, over 400`. */
    passed: string;
    /** `month 7: the 1500-agent configuration (412 standardized agents, over 400)`. */
    text: string;
}

/** The capacity timeline; the report's `capacity` is null when no growth is declared. */
export interface ReportCapacity {
    rates: GrowthRates;
    /** `15 % a year`, or per channel. */
    ratesText: string;
    /** `1,380 of 1,500 standardized agents; at 15 % a year the limit is passed in month 7`. */
    headline: string;
    /** Every time to limit on one line. */
    summary: string;
    /** The agents the declared application servers carry: declared × 400. */
    applicationServerCapacity: number;
    months: CapacityMonthRow[];
    timesToLimit: ReportTimeToLimit[];
    /** The growth statement. */
    source?: SourceLocation;
}

export interface TopologyObject {
    /** Stable within one report; letters, digits and `_` only (usable as an XML id and a Mermaid id). */
    id: string;
    kind: 'load-balancer' | 'server';
    name: string;
    inDmz: boolean;
    source: SourceLocation;
}

export interface TopologyServer extends TopologyObject {
    kind: 'server';
    roles: ServerRole[];
    /** More than one role on the server. */
    collocated: boolean;
    disk: string | null;
    alwaysOn: boolean;
    weight: number | null;
}

export interface TopologyLoadBalancer extends TopologyObject {
    kind: 'load-balancer';
    stickiness: 'cookie' | 'source-ip' | 'none' | null;
    healthCheck: boolean;
}

/**
 * Who talks to whom, from the roles: the load balancer (or the users, without one) to the servers
 * with the web role, web to application, application to file, messaging, services and database.
 * Where many servers talk to many, the links pass through a junction, one per tier.
 */
export interface TopologyLink {
    from: string;
    to: string;
}

export interface ReportTopology {
    loadBalancers: TopologyLoadBalancer[];
    servers: TopologyServer[];
    junctions: { id: string; tier: 'application' | 'back-end' }[];
    /** The users' browsers: where the traffic comes from. */
    entry: { id: string; label: string } | null;
    links: TopologyLink[];
}

export type RoutingKind = 'mrd' | 'script-selector' | 'skill-group' | 'precision-queue' | 'queue' | 'department' | 'agent';

export interface RoutingNode {
    id: string;
    kind: RoutingKind;
    name: string;
    /** A short second line: the MRD's channel, the skill group's peripheral, the queue's agent count. */
    detail: string | null;
    /** False for a name written in a reference that names nothing. */
    declared: boolean;
    source: SourceLocation | null;
}

export interface RoutingEdge {
    from: string;
    to: string;
    kind: 'routes' | 'targets' | 'feeds' | 'belongs-to' | 'staffed-by';
}

/** A row of the engine's routing table, with where its queue is written. */
export interface ReportRoute extends Route {
    source: SourceLocation;
}

export interface ReportRouting {
    nodes: RoutingNode[];
    edges: RoutingEdge[];
    routes: ReportRoute[];
}

export interface ReportModel {
    deployment: string;
    description: string | null;
    source: SourceLocation | null;
    files: { uri: string; display: string }[];
    sizing: ReportSizing;
    growth: ReportGrowth;
    capacity: ReportCapacity | null;
    topology: ReportTopology;
    routing: ReportRouting;
    /** Every figure with its formula, inputs and guide section, as the hover and the CLI show them. */
    figures: DeploymentFigures;
    diagnostics: ReportDiagnostic[];
    summary: Record<Severity, number>;
    generator: string | null;
}

export interface ReportModelOptions {
    /** How a file is named to a reader; the last path segment by default. */
    displayFile?: (uri: string) => string;
    /** e.g. `ece 0.1.0`, shown in the page's footer. */
    generator?: string;
}

export function sourceOf(span: Span): SourceLocation {
    return { uri: span.uri, line: span.start.line, character: span.start.character, endLine: span.end.line, endCharacter: span.end.character };
}

export function buildReportModel(analysis: Analysis, diagnostics: readonly ReportDiagnostic[], options: ReportModelOptions = {}): ReportModel {
    const { deployment } = analysis;
    const display = options.displayFile ?? ((uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)));
    const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of diagnostics) summary[d.severity]++;
    return {
        deployment: deployment.name,
        description: deployment.declaration?.description ?? null,
        source: deployment.declaration ? sourceOf(deployment.declaration.nameSpan) : null,
        files: deployment.files.map(uri => ({ uri, display: display(uri) })),
        sizing: reportSizing(analysis),
        growth: reportGrowth(analysis),
        capacity: reportCapacity(analysis),
        topology: reportTopology(deployment),
        routing: reportRouting(analysis),
        figures: figuresOf(analysis),
        diagnostics: [...diagnostics],
        summary,
        generator: options.generator ?? null,
    };
}

function reportSizing(analysis: Analysis): ReportSizing {
    const { deployment, sizing } = analysis;
    const load = deployment.load;
    const figures = figuresOf(analysis).lines;
    const line = (channel: SizingLine['channel'], l: { agents: number; span: Span }, rate: number, standardized: number, index: number): SizingLine => ({
        channel, agents: l.agents, rate, standardized, figure: figures.find(f => f.key === `load.${channel}.${index}`)!, source: sourceOf(l.span),
    });
    const lines: SizingLine[] = [
        ...(load?.email ?? []).map((l, i) => line('email', l, l.emailsPerHour ?? STANDARD_EMAILS_PER_HOUR, standardizedEmailAgents(l), i)),
        ...(load?.chat ?? []).map((l, i) => line('chat', l, l.concurrentChats ?? STANDARD_CONCURRENT_CHATS, standardizedChatAgents(l), i)),
        ...(load?.callback ?? []).map((l, i) => line('callback', l, 1, standardizedCallbackAgents(l), i)),
    ];
    const required = serversPerRole(sizing.configuration);
    return {
        lines,
        standardizedAgents: sizing.standardizedAgents,
        configuration: sizing.configuration.name,
        ova: sizing.configuration.ova,
        configurationServers: sizing.configuration.servers.map(s => ({ count: s.count, roles: [...s.roles] })),
        roles: SERVER_ROLES.map(role => ({
            role,
            required: required[role],
            declared: deployment.servers.filter(s => s.roles.some(r => r.value === role)).length,
        })),
        applicationServersNeeded: sizing.applicationServersNeeded,
        applicationServersForLoad: sizing.applicationServersForLoad,
        applicationServersDeclared: sizing.applicationServersDeclared,
        headroom: sizing.headroom.agents,
        limit: sizing.headroom.limit,
    };
}

function reportGrowth({ deployment, growth }: Analysis): ReportGrowth {
    const m = growth.monthlyMB;
    const currentMB = growth.inputs.currentDatabaseMB;
    const databaseServers = deployment.servers.filter(s => s.disk && s.roles.some(r => r.value === 'database'));
    // The disk that limits growth is the smallest one (growth.ts, databaseDiskGB).
    const limiting = [...databaseServers].sort((a, b) => toMB(a.disk!.value) - toMB(b.disk!.value))[0];
    return {
        monthlyMB: { ...m },
        currentMB,
        months: growth.projection.map((p, i) => {
            // Compounded, the parts are the engine's running sums; else the guide's growth × months.
            const added = growth.compounded?.addedMB[i];
            return {
                month: p.month,
                currentMB,
                emailMB: added ? added.email : m.email * p.month,
                attachmentsMB: added ? added.attachments : m.attachments * p.month,
                chatMB: added ? added.chat : m.chat * p.month,
                totalMB: p.totalMB,
            };
        }),
        diskGB: growth.diskGB,
        diskFullMonth: growth.diskFullMonth,
        source: deployment.load ? sourceOf(deployment.load.header) : undefined,
        diskSource: limiting ? sourceOf(limiting.disk!.span) : undefined,
    };
}

/** The capacity timeline of a growing load, with the engine's words; null when no growth is declared. */
export function reportCapacity(analysis: Analysis): ReportCapacity | null {
    const { capacity, deployment, sizing } = analysis;
    const headline = capacityHeadline(analysis);
    if (!capacity || headline === undefined) return null;
    const line = growthStatement(deployment.load);
    return {
        rates: { ...capacity.rates },
        ratesText: describeGrowthRates(capacity.rates),
        headline,
        summary: timesToLimitLine(capacity),
        applicationServerCapacity: sizing.applicationServersDeclared * MAX_AGENTS_PER_APPLICATION_SERVER,
        months: capacity.months.map(m => ({
            month: m.month,
            standardizedAgents: { ...m.standardizedAgents },
            configuration: m.configuration,
            applicationServersForLoad: m.applicationServersForLoad,
            databaseMB: m.databaseMB,
        })),
        timesToLimit: capacity.timesToLimit.map(t => ({ ...t, need: limitNeed(t), passed: limitPassed(t), text: describeTimeToLimit(t) })),
        source: line ? sourceOf(line.span) : undefined,
    };
}

const BACK_END_ROLES: readonly ServerRole[] = ['file', 'messaging', 'services', 'database'];

function reportTopology(deployment: Deployment): ReportTopology {
    const loadBalancers: TopologyLoadBalancer[] = deployment.loadBalancers.map((lb, i) => ({
        id: `lb_${i}`,
        kind: 'load-balancer',
        name: lb.name,
        inDmz: lb.inDmz !== undefined,
        source: sourceOf(lb.nameSpan),
        stickiness: lb.stickiness?.value ?? null,
        healthCheck: lb.healthCheck !== undefined,
    }));
    const servers: TopologyServer[] = deployment.servers.map((s, i) => {
        const roles = SERVER_ROLES.filter(role => s.roles.some(r => r.value === role));
        return {
            id: `server_${i}`,
            kind: 'server',
            name: s.name,
            inDmz: s.inDmz !== undefined,
            source: sourceOf(s.nameSpan),
            roles,
            collocated: roles.length > 1,
            disk: s.disk ? formatQuantity(s.disk.value) : null,
            alwaysOn: s.alwaysOn !== undefined,
            weight: s.weight?.value ?? null,
        };
    });
    const withRole = (roles: readonly ServerRole[]) => servers.filter(s => s.roles.some(r => roles.includes(r))).map(s => s.id);
    const web = withRole(['web']);
    const application = withRole(['application']);
    const backEnd = withRole(BACK_END_ROLES);

    const links: TopologyLink[] = [];
    const junctions: ReportTopology['junctions'] = [];
    const link = (from: string, to: string) => {
        if (from !== to && !links.some(l => l.from === from && l.to === to)) links.push({ from, to });
    };
    const connect = (from: string[], to: string[], tier: 'application' | 'back-end') => {
        const pairs = from.flatMap(f => to.filter(t => t !== f).map(t => [f, t] as const));
        if (pairs.length === 0) return;
        if (from.length > 1 && to.length > 1) {
            const id = `junction_${tier.replace('-', '_')}`;
            junctions.push({ id, tier });
            from.forEach(f => link(f, id));
            to.forEach(t => link(id, t));
        } else {
            pairs.forEach(([f, t]) => link(f, t));
        }
    };
    const entry = loadBalancers.length > 0 || servers.length > 0 ? { id: 'users', label: 'Agents and customers' } : null;
    if (entry) {
        const firstHop = loadBalancers.length > 0 ? loadBalancers.map(lb => lb.id) : web;
        firstHop.forEach(id => link(entry.id, id));
    }
    loadBalancers.forEach(lb => web.forEach(id => link(lb.id, id)));
    connect(web, application, 'application');
    connect(application, backEnd, 'back-end');
    return { loadBalancers, servers, junctions, entry, links };
}

function reportRouting({ deployment, routes }: Analysis): ReportRouting {
    const nodes: RoutingNode[] = [];
    const edges: RoutingEdge[] = [];
    const byKey = new Map<string, RoutingNode>();
    const counters = new Map<RoutingKind, number>();
    const add = (kind: RoutingKind, name: string, source: SourceLocation | null, declared: boolean, detail: string | null = null): RoutingNode => {
        const key = `${kind}/${name}`;
        const existing = byKey.get(key);
        if (existing) return existing;
        const index = counters.get(kind) ?? 0;
        counters.set(kind, index + 1);
        const node: RoutingNode = { id: `${kind.replace('-', '_')}_${index}`, kind, name, detail, declared, source };
        byKey.set(key, node);
        nodes.push(node);
        return node;
    };
    /** A reference: the declared object when there is one, else a node for the name as written. */
    const ref = (kind: RoutingKind, r: NameRef): RoutingNode => byKey.get(`${kind}/${r.name}`) ?? add(kind, r.name, sourceOf(r.span), false, 'not declared');
    const edge = (from: RoutingNode, to: RoutingNode, kind: RoutingEdge['kind']) => {
        if (!edges.some(e => e.from === from.id && e.to === to.id)) edges.push({ from: from.id, to: to.id, kind });
    };

    for (const mrd of deployment.mrds) add('mrd', mrd.name, sourceOf(mrd.nameSpan), true, mrd.channel ? mrd.channel.value.replace('-', ' ') : null);
    for (const s of deployment.scriptSelectors) add('script-selector', s.name, sourceOf(s.nameSpan), true);
    for (const sg of deployment.skillGroups) add('skill-group', sg.name, sourceOf(sg.nameSpan), true, sg.peripheral?.name ?? null);
    for (const pq of deployment.precisionQueues) add('precision-queue', pq.name, sourceOf(pq.nameSpan), true);
    for (const queue of deployment.queues) {
        const agents = routes.find(r => r.queue === queue.name && r.department === queue.department)?.agents.length ?? 0;
        add('queue', queue.name, sourceOf(queue.nameSpan), true, `${agents} ${agents === 1 ? 'agent' : 'agents'}`);
    }
    for (const department of deployment.departments) add('department', department.name, sourceOf(department.nameSpan), true);
    for (const agent of deployment.agents) add('agent', agent.name, sourceOf(agent.nameSpan), true);

    for (const selector of deployment.scriptSelectors) {
        const from = byKey.get(`script-selector/${selector.name}`)!;
        selector.skillGroups.forEach(r => edge(from, ref('skill-group', r), 'targets'));
        selector.precisionQueues.forEach(r => edge(from, ref('precision-queue', r), 'targets'));
    }
    for (const queue of deployment.queues) {
        const node = byKey.get(`queue/${queue.name}`)!;
        const mrd = queue.mrd ? ref('mrd', queue.mrd) : undefined;
        const script = queue.scriptSelector ? ref('script-selector', queue.scriptSelector) : undefined;
        if (mrd) edge(mrd, script ?? node, 'routes');
        queue.skillGroups.forEach(r => edge(ref('skill-group', r), node, 'feeds'));
        queue.precisionQueues.forEach(r => edge(ref('precision-queue', r), node, 'feeds'));
        const department = byKey.get(`department/${queue.department}`);
        if (department) edge(node, department, 'belongs-to');
    }
    for (const agent of deployment.agents) {
        const node = byKey.get(`agent/${agent.name}`)!;
        agent.skillGroups.forEach(r => edge(ref('skill-group', r), node, 'staffed-by'));
        agent.precisionQueues.forEach(r => edge(ref('precision-queue', r), node, 'staffed-by'));
    }

    return {
        nodes,
        edges,
        routes: routes.map(route => {
            const queue = deployment.queues.find(q => q.name === route.queue && q.department === route.department)!;
            return { ...route, source: sourceOf(queue.nameSpan) };
        }),
    };
}
