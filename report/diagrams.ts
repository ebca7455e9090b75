/**
 * The topology and routing diagrams: Graphviz DOT text (pure), laid out and drawn as SVG by
 * Graphviz compiled to WebAssembly (@viz-js/viz). Every object's node carries its source location
 * as data attributes so that a viewer can reveal it in the file.
 */
import type { ServerRole } from '../language/model/deployment.js';
import type {
    ReportModel, ReportRouting, RoutingEdge, RoutingKind, RoutingNode, SourceLocation, TopologyLoadBalancer, TopologyServer,
} from './report-model.js';

/**
 * Graphviz sizes boxes from its own metrics of the named font. DejaVu Sans is the widest of the
 * common sans-serif faces it knows (and the only one on many Linux desktops), so boxes laid out for
 * it also fit Arial or Helvetica, which the SVG falls back to where DejaVu is missing.
 */
export const DIAGRAM_FONT = 'DejaVu Sans';
export const DIAGRAM_FONT_STACK = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/** What a node in an SVG diagram stands for; written as `data-*` attributes on its `<g>`. */
export interface DiagramObject {
    kind: string;
    name: string;
    source: SourceLocation | null;
}

export interface DotDiagram {
    /** `topology` or `routing`: prefixes every id in the SVG, so that both fit in one page. */
    name: string;
    dot: string;
    /** Keyed by the node's `id` in the SVG. */
    objects: Map<string, DiagramObject>;
    /** Every node's tooltip (its SVG `<title>`), keyed by its id. */
    titles: Map<string, string>;
}

export const ROUTING_KIND_LABELS: Record<RoutingKind, string> = {
    'mrd': 'MRD',
    'script-selector': 'script selector',
    'skill-group': 'skill group',
    'precision-queue': 'precision queue',
    'queue': 'queue',
    'department': 'department',
    'agent': 'agent',
};

const ROUTING_COLORS: Record<RoutingKind, { fill: string; border: string }> = {
    'mrd': { fill: '#e0e7ff', border: '#4f46e5' },
    'script-selector': { fill: '#fce7f3', border: '#db2777' },
    'skill-group': { fill: '#dcfce7', border: '#16a34a' },
    'precision-queue': { fill: '#ccfbf1', border: '#0d9488' },
    'queue': { fill: '#fef3c7', border: '#d97706' },
    'department': { fill: '#e2e8f0', border: '#475569' },
    'agent': { fill: '#f8fafc', border: '#64748b' },
};

const UNDECLARED = { fill: '#fee2e2', border: '#dc2626' };

const TIER_COLORS: Record<'web' | 'application' | 'back-end' | 'collocated' | 'load-balancer', string> = {
    'load-balancer': '#ffedd5',
    'web': '#e0f2fe',
    'application': '#ede9fe',
    'back-end': '#dcfce7',
    'collocated': '#fef9c3',
};

/** A DOT string literal. */
function q(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** Text inside a DOT HTML-like label. */
function h(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(attrs: Record<string, string | number | undefined>): string {
    return Object.entries(attrs)
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([k, v]) => (k === 'label' && typeof v === 'string' && v.startsWith('<') ? `${k}=${v}` : `${k}=${typeof v === 'number' ? v : q(v)}`))
        .join(', ');
}

/** An HTML-like label: a small caption, the name in bold, then detail lines. */
function label(caption: string | null, name: string, details: string[]): string {
    const lines = [
        ...(caption ? [`<FONT POINT-SIZE="9" COLOR="#475569">${h(caption)}</FONT>`] : []),
        `<B>${h(name)}</B>`,
        ...details.map(d => `<FONT POINT-SIZE="10" COLOR="#334155">${h(d)}</FONT>`),
    ];
    return `<${lines.join('<BR/>')}>`;
}

const HEADER = (name: string, rankdir: 'TB' | 'LR') => [
    `digraph ${q(name)} {`,
    `  graph [${attributes({ rankdir, fontname: DIAGRAM_FONT, fontsize: 12, bgcolor: 'white', pad: 0.2, nodesep: 0.25, ranksep: 0.55, newrank: 'true' })}];`,
    `  node [${attributes({ fontname: DIAGRAM_FONT, fontsize: 11, shape: 'box', style: 'rounded,filled', penwidth: 1.2, margin: '0.14,0.06' })}];`,
    `  edge [${attributes({ color: '#64748b', arrowsize: 0.7, penwidth: 1.1 })}];`,
];

function serverTier(server: TopologyServer): keyof typeof TIER_COLORS {
    if (server.collocated) return 'collocated';
    if (server.roles.includes('web')) return 'web';
    if (server.roles.includes('application')) return 'application';
    return 'back-end';
}

export function serverDetails(server: TopologyServer): string[] {
    const roles: ServerRole[][] = [];
    for (let i = 0; i < server.roles.length; i += 3) roles.push(server.roles.slice(i, i + 3));
    return [
        ...(server.roles.length === 0 ? ['no roles'] : roles.map(r => r.join(' + '))),
        ...(server.disk ? [`disk ${server.disk}`] : []),
        ...(server.alwaysOn ? ['SQL Server Always On'] : []),
        ...(server.weight !== null ? [`weight ${server.weight}`] : []),
    ];
}

export function loadBalancerDetails(lb: TopologyLoadBalancer): string[] {
    return [
        lb.stickiness === null ? 'no sticky sessions declared' : lb.stickiness === 'none' ? 'no sticky sessions' : `sticky sessions: ${lb.stickiness}`,
        lb.healthCheck ? 'health check' : 'no health check',
    ];
}

export function topologyDot(model: ReportModel): DotDiagram {
    const { topology } = model;
    const objects = new Map<string, DiagramObject>();
    const titles = new Map<string, string>();
    const lines = HEADER(`Topology of ${model.deployment}`, 'TB');
    const nodeLine = (id: string, attrs: Record<string, string | number | undefined>) => `    ${q(id)} [${attributes({ id, ...attrs })}];`;

    const lbLine = (lb: TopologyLoadBalancer) => {
        objects.set(lb.id, { kind: 'load-balancer', name: lb.name, source: lb.source });
        titles.set(lb.id, `load balancer ${lb.name}`);
        return nodeLine(lb.id, {
            label: label('load balancer', lb.name, loadBalancerDetails(lb)),
            fillcolor: TIER_COLORS['load-balancer'], color: '#ea580c',
        });
    };
    const serverLine = (server: TopologyServer) => {
        objects.set(server.id, { kind: 'server', name: server.name, source: server.source });
        titles.set(server.id, `server ${server.name}`);
        return nodeLine(server.id, {
            label: label(server.collocated ? 'collocated server' : 'server', server.name, serverDetails(server)),
            fillcolor: TIER_COLORS[serverTier(server)], color: '#475569',
        });
    };
    const junctionLine = (junction: ReportModel['topology']['junctions'][number]) => {
        titles.set(junction.id, `the ${junction.tier} servers`);
        return `    ${q(junction.id)} [${attributes({ id: junction.id, label: '', shape: 'point', width: 0.09, color: '#64748b' })}];`;
    };
    // A junction between internal servers is drawn inside the internal network: outside it, Graphviz
    // would put it beside the cluster's box and every edge would fan across to it.
    const inDmz = new Set([...topology.loadBalancers, ...topology.servers].filter(o => o.inDmz).map(o => o.id));
    const internalJunction = (id: string) => topology.links.filter(l => l.from === id || l.to === id)
        .every(l => !inDmz.has(l.from === id ? l.to : l.from));
    const dmz = [...topology.loadBalancers.filter(lb => lb.inDmz).map(lbLine), ...topology.servers.filter(s => s.inDmz).map(serverLine)];
    const inside = [...topology.loadBalancers.filter(lb => !lb.inDmz).map(lbLine), ...topology.servers.filter(s => !s.inDmz).map(serverLine),
        ...topology.junctions.filter(j => internalJunction(j.id)).map(junctionLine)];
    if (topology.entry) {
        titles.set(topology.entry.id, topology.entry.label);
        lines.push(`  ${q(topology.entry.id)} [${attributes({ id: topology.entry.id, label: topology.entry.label, shape: 'box', style: 'rounded,dashed', color: '#64748b', fontcolor: '#334155' })}];`);
    }
    if (dmz.length > 0) {
        lines.push('  subgraph cluster_dmz {', `    graph [${attributes({ id: 'cluster_dmz', label: 'DMZ', style: 'rounded,dashed', color: '#d97706', fontcolor: '#b45309', labeljust: 'l', margin: 14 })}];`, ...dmz, '  }');
    }
    if (inside.length > 0) {
        const clusterLabel = dmz.length > 0 ? 'Internal network' : 'Data center';
        lines.push('  subgraph cluster_internal {', `    graph [${attributes({ id: 'cluster_internal', label: clusterLabel, style: 'rounded', color: '#94a3b8', fontcolor: '#475569', labeljust: 'l', labelloc: 'b', margin: 14 })}];`, ...inside, '  }');
    }
    for (const junction of topology.junctions.filter(j => !internalJunction(j.id))) lines.push(junctionLine(junction).slice(2));
    for (const link of topology.links) {
        const toJunction = topology.junctions.some(j => j.id === link.to);
        lines.push(`  ${q(link.from)} -> ${q(link.to)}${toJunction ? ' [arrowhead=none]' : ''};`);
    }
    if (!topology.entry) lines.push(`  none [${attributes({ id: 'none', label: 'No servers or load balancer declared', shape: 'plaintext', style: '' })}];`);
    lines.push('}');
    return { name: 'topology', dot: lines.join('\n'), objects, titles };
}

function routingNodeLine(node: RoutingNode): string {
    const colors = node.declared ? ROUTING_COLORS[node.kind] : UNDECLARED;
    const details = node.detail ? [node.detail] : [];
    return `    ${q(node.id)} [${attributes({
        id: node.id,
        label: label(ROUTING_KIND_LABELS[node.kind], node.name, details),
        fillcolor: colors.fill,
        color: colors.border,
        style: node.declared ? 'rounded,filled' : 'rounded,filled,dashed',
    })}];`;
}

/** Past these, the routing diagram summarises: the routing table below it lists every route. */
export const ROUTING_DIAGRAM_LIMITS = { queues: 20, agents: 60 };

/** What the routing diagram draws: every object, or for a large deployment the first queues and what routes to them. */
export interface RoutingPicture {
    nodes: RoutingNode[];
    edges: RoutingEdge[];
    /** What was left out, null when everything is drawn. */
    omitted: { queues: number; totalQueues: number; agents: number; totalAgents: number } | null;
}

export function routingPicture(routing: ReportRouting, limits = ROUTING_DIAGRAM_LIMITS): RoutingPicture {
    const queues = routing.nodes.filter(n => n.kind === 'queue');
    const agents = routing.nodes.filter(n => n.kind === 'agent');
    if (queues.length <= limits.queues && agents.length <= limits.agents) return { nodes: routing.nodes, edges: routing.edges, omitted: null };
    const kept = new Set(queues.slice(0, limits.queues).map(q => q.id));
    const keep = (ids: Iterable<string>) => { for (const id of ids) kept.add(id); };
    const into = (kinds: RoutingEdge['kind'][]) => routing.edges.filter(e => kinds.includes(e.kind) && kept.has(e.to)).map(e => e.from);
    // Departments of the queues, their targets, the script selectors that target those, and the MRDs routing to either.
    keep(routing.edges.filter(e => e.kind === 'belongs-to' && kept.has(e.from)).map(e => e.to));
    keep(into(['feeds']));
    keep(into(['targets']));
    keep(into(['routes']));
    if (agents.length <= limits.agents) keep(routing.edges.filter(e => e.kind === 'staffed-by' && kept.has(e.from)).map(e => e.to));
    const nodes = routing.nodes.filter(n => kept.has(n.id));
    const drawnAgents = nodes.filter(n => n.kind === 'agent').length;
    return {
        nodes,
        edges: routing.edges.filter(e => kept.has(e.from) && kept.has(e.to)),
        omitted: { queues: queues.length - Math.min(queues.length, limits.queues), totalQueues: queues.length, agents: agents.length - drawnAgents, totalAgents: agents.length },
    };
}

/** The note under a summarised routing diagram, in the SVG and the page alike. */
export function routingOmissionNote(picture: RoutingPicture): string | null {
    const o = picture.omitted;
    if (!o) return null;
    const n = (value: number) => value.toLocaleString('en-US');
    const parts = [`the first ${n(o.totalQueues - o.queues)} of ${n(o.totalQueues)} queues`];
    parts.push(o.agents === o.totalAgents ? `none of the ${n(o.totalAgents)} agents (each queue shows its count)` : `${n(o.totalAgents - o.agents)} of ${n(o.totalAgents)} agents`);
    return `Summarised for size: ${parts.join(' and ')}; the routing table lists every route.`;
}

export function routingDot(model: ReportModel): DotDiagram {
    const picture = routingPicture(model.routing);
    const objects = new Map<string, DiagramObject>();
    const titles = new Map<string, string>();
    const lines = HEADER(`Routing of ${model.deployment}`, 'LR');
    for (const node of picture.nodes) {
        objects.set(node.id, { kind: node.kind, name: node.name, source: node.source });
        titles.set(node.id, `${ROUTING_KIND_LABELS[node.kind]} ${node.name}${node.declared ? '' : ' (not declared)'}`);
    }
    const note = routingOmissionNote(picture);
    if (note) lines.push(`  graph [${attributes({ label: note, labelloc: 'b', labeljust: 'l', fontcolor: '#475569', fontsize: 11 })}];`);
    const agents = picture.nodes.filter(n => n.kind === 'agent');
    for (const node of picture.nodes) if (node.kind !== 'agent') lines.push(routingNodeLine(node));
    if (agents.length > 0) {
        lines.push('  subgraph cluster_agents {', `    graph [${attributes({ id: 'cluster_agents', label: 'Agents', style: 'rounded,dashed', color: '#94a3b8', fontcolor: '#475569', labeljust: 'l' })}];`);
        for (const agent of agents) lines.push(routingNodeLine(agent));
        lines.push('  }');
    }
    for (const edge of picture.edges) {
        // An agent is drawn before the skill groups and precision queues it staffs, beside the script
        // selectors: so the dashed lines stay short and never cross the lines to the queues.
        if (edge.kind === 'staffed-by') lines.push(`  ${q(edge.to)} -> ${q(edge.from)} [style=dashed, arrowhead=none, color="#94a3b8"];`);
        else lines.push(`  ${q(edge.from)} -> ${q(edge.to)};`);
    }
    if (picture.nodes.length === 0) lines.push(`  none [${attributes({ id: 'none', label: 'No routing objects declared', shape: 'plaintext', style: '' })}];`);
    lines.push('}');
    return { name: 'routing', dot: lines.join('\n'), objects, titles };
}

type Viz = Awaited<ReturnType<typeof import('@viz-js/viz').instance>>;
let viz: Promise<Viz> | undefined;

/** Graphviz is loaded on first use only: the text report and the language server never pay for it. */
async function graphviz(): Promise<Viz> {
    viz ??= import('@viz-js/viz').then(m => m.instance());
    return viz;
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `data-id`, `data-kind`, `data-name` and, when known, `data-uri`, `data-line`, `data-character`, `data-end-line`, `data-end-character`. */
export function sourceAttributes(object: DiagramObject & { id: string }): string {
    const attrs: [string, string | number][] = [['data-id', object.id], ['data-kind', object.kind], ['data-name', object.name]];
    if (object.source) {
        const s = object.source;
        attrs.push(['data-uri', s.uri], ['data-line', s.line], ['data-character', s.character], ['data-end-line', s.endLine], ['data-end-character', s.endCharacter]);
    }
    return attrs.map(([k, v]) => `${k}="${escapeAttribute(String(v))}"`).join(' ');
}

/** Lays the diagram out and returns a standalone SVG document whose object nodes carry their source. */
export async function renderDot(diagram: DotDiagram): Promise<string> {
    const result = (await graphviz()).render(diagram.dot, { format: 'svg' });
    if (result.status !== 'success') {
        throw new Error(`Graphviz failed: ${result.errors.map(e => e.message).join('; ')}`);
    }
    // Graphviz titles nodes and edges with their DOT ids; readers get the objects' names instead.
    const title = (id: string) => escapeAttribute(diagram.titles.get(id) ?? id);
    return result.output
        .replaceAll(`font-family="${DIAGRAM_FONT}"`, `font-family="${DIAGRAM_FONT_STACK}"`)
        .replace(/<g id="([A-Za-z0-9_]+)" class="node">\n<title>[^<]*<\/title>/g, (_whole, id: string) => {
            const object = diagram.objects.get(id);
            const group = object ? `<g id="${id}" class="node ece-object" ${sourceAttributes({ id, ...object })}>` : `<g id="${id}" class="node">`;
            return `${group}\n<title>${title(id)}</title>`;
        })
        .replace(/<g id="(edge\d+)" class="edge">\n<title>([A-Za-z0-9_]+)&#45;&gt;([A-Za-z0-9_]+)<\/title>/g,
            (_whole, id: string, from: string, to: string) => `<g id="${id}" class="edge">\n<title>${title(from)} → ${title(to)}</title>`)
        .replace(/ id="([^"]+)"/g, ` id="${diagram.name}-$1"`);
}

export async function renderTopologySvg(model: ReportModel): Promise<string> {
    return renderDot(topologyDot(model));
}

export async function renderRoutingSvg(model: ReportModel): Promise<string> {
    return renderDot(routingDot(model));
}
