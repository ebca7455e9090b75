/**
 * The topology and routing diagrams: Graphviz DOT text (pure), laid out and drawn as SVG by
 * Graphviz compiled to WebAssembly (@viz-js/viz). Every object's node carries its source location
 * as data attributes so that a viewer can reveal it in the file.
 */
import type { ServerRole } from '../language/model/deployment.js';
import type { ReportModel, RoutingKind, RoutingNode, SourceLocation, TopologyLoadBalancer, TopologyServer } from './report-model.js';

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
    const dmz = [...topology.loadBalancers.filter(lb => lb.inDmz).map(lbLine), ...topology.servers.filter(s => s.inDmz).map(serverLine)];
    const inside = [...topology.loadBalancers.filter(lb => !lb.inDmz).map(lbLine), ...topology.servers.filter(s => !s.inDmz).map(serverLine)];
    if (topology.entry) {
        titles.set(topology.entry.id, topology.entry.label);
        lines.push(`  ${q(topology.entry.id)} [${attributes({ id: topology.entry.id, label: topology.entry.label, shape: 'box', style: 'rounded,dashed', color: '#64748b', fontcolor: '#334155' })}];`);
    }
    if (dmz.length > 0) {
        lines.push('  subgraph cluster_dmz {', `    graph [${attributes({ id: 'cluster_dmz', label: 'DMZ', style: 'rounded,dashed', color: '#d97706', fontcolor: '#b45309', labeljust: 'l' })}];`, ...dmz, '  }');
    }
    if (inside.length > 0) {
        const clusterLabel = dmz.length > 0 ? 'Internal network' : 'Data center';
        lines.push('  subgraph cluster_internal {', `    graph [${attributes({ id: 'cluster_internal', label: clusterLabel, style: 'rounded', color: '#94a3b8', fontcolor: '#475569', labeljust: 'l' })}];`, ...inside, '  }');
    }
    for (const junction of topology.junctions) {
        titles.set(junction.id, `the ${junction.tier} servers`);
        lines.push(`  ${q(junction.id)} [${attributes({ id: junction.id, label: '', shape: 'point', width: 0.09, color: '#64748b' })}];`);
    }
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

export function routingDot(model: ReportModel): DotDiagram {
    const { routing } = model;
    const objects = new Map<string, DiagramObject>();
    const titles = new Map<string, string>();
    const lines = HEADER(`Routing of ${model.deployment}`, 'LR');
    for (const node of routing.nodes) {
        objects.set(node.id, { kind: node.kind, name: node.name, source: node.source });
        titles.set(node.id, `${ROUTING_KIND_LABELS[node.kind]} ${node.name}${node.declared ? '' : ' (not declared)'}`);
    }
    const agents = routing.nodes.filter(n => n.kind === 'agent');
    for (const node of routing.nodes) if (node.kind !== 'agent') lines.push(routingNodeLine(node));
    if (agents.length > 0) {
        lines.push('  subgraph cluster_agents {', `    graph [${attributes({ id: 'cluster_agents', label: 'Agents', style: 'rounded,dashed', color: '#94a3b8', fontcolor: '#475569', labeljust: 'l' })}];`);
        for (const agent of agents) lines.push(routingNodeLine(agent));
        lines.push('  }');
    }
    for (const edge of routing.edges) {
        const style = edge.kind === 'staffed-by' ? ' [style=dashed, arrowhead=none, color="#94a3b8"]' : '';
        lines.push(`  ${q(edge.from)} -> ${q(edge.to)}${style};`);
    }
    if (routing.nodes.length === 0) lines.push(`  none [${attributes({ id: 'none', label: 'No routing objects declared', shape: 'plaintext', style: '' })}];`);
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
