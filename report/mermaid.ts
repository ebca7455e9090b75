/**
 * The topology and routing diagrams as Mermaid flowcharts, which GitHub, GitLab and Azure DevOps
 * render inside Markdown. Same objects and links as the Graphviz diagrams (diagrams.ts).
 */
import { loadBalancerDetails, ROUTING_KIND_LABELS, routingOmissionNote, routingPicture, serverDetails } from './diagrams.js';
import type { ReportModel, RoutingKind, TopologyLoadBalancer, TopologyServer } from './report-model.js';

/** Text inside a quoted Mermaid label: Mermaid's own entity codes for what would end or break it. */
export function mermaidText(text: string): string {
    return text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** A detail line that Mermaid must not break at a hyphen (`source-ip`): non-breaking hyphens. */
function unbroken(text: string): string {
    return text.replace(/(\w)-(\w)/g, '$1\u2011$2');
}

function mermaidLabel(caption: string, name: string, details: string[]): string {
    return `"${[`<b>${mermaidText(name)}</b>`, mermaidText(caption), ...details.map(d => mermaidText(unbroken(d)))].join('<br/>')}"`;
}

const INDENT = '    ';

export function topologyMermaid(model: ReportModel): string {
    const { topology } = model;
    const lines = ['flowchart TB'];
    const lbLine = (lb: TopologyLoadBalancer, indent: string) =>
        `${indent}${lb.id}{{${mermaidLabel('load balancer', lb.name, loadBalancerDetails(lb))}}}`;
    const serverLine = (server: TopologyServer, indent: string) =>
        `${indent}${server.id}[${mermaidLabel(server.collocated ? 'collocated server' : 'server', server.name, serverDetails(server))}]`;
    const group = (id: string, title: string, lbs: TopologyLoadBalancer[], servers: TopologyServer[]) => {
        if (lbs.length + servers.length === 0) return;
        lines.push(`${INDENT}subgraph ${id}["${mermaidText(title)}"]`);
        for (const lb of lbs) lines.push(lbLine(lb, INDENT.repeat(2)));
        for (const server of servers) lines.push(serverLine(server, INDENT.repeat(2)));
        lines.push(`${INDENT}end`);
    };
    if (!topology.entry) {
        lines.push(`${INDENT}none["No servers or load balancer declared"]`);
        return lines.join('\n') + '\n';
    }
    lines.push(`${INDENT}${topology.entry.id}(["${mermaidText(topology.entry.label)}"])`);
    const dmzLbs = topology.loadBalancers.filter(lb => lb.inDmz);
    const dmzServers = topology.servers.filter(s => s.inDmz);
    const hasDmz = dmzLbs.length + dmzServers.length > 0;
    group('dmz', 'DMZ', dmzLbs, dmzServers);
    group('internal', hasDmz ? 'Internal network' : 'Data center', topology.loadBalancers.filter(lb => !lb.inDmz), topology.servers.filter(s => !s.inDmz));
    for (const junction of topology.junctions) lines.push(`${INDENT}${junction.id}((" "))`);
    for (const link of topology.links) {
        const toJunction = topology.junctions.some(j => j.id === link.to);
        lines.push(`${INDENT}${link.from} ${toJunction ? '---' : '-->'} ${link.to}`);
    }
    const tiers: [string, string, string[]][] = [
        ['loadBalancer', 'fill:#ffedd5,stroke:#ea580c', topology.loadBalancers.map(lb => lb.id)],
        ['web', 'fill:#e0f2fe,stroke:#475569', topology.servers.filter(s => !s.collocated && s.roles.includes('web')).map(s => s.id)],
        ['application', 'fill:#ede9fe,stroke:#475569', topology.servers.filter(s => !s.collocated && !s.roles.includes('web') && s.roles.includes('application')).map(s => s.id)],
        ['backEnd', 'fill:#dcfce7,stroke:#475569', topology.servers.filter(s => !s.collocated && !s.roles.includes('web') && !s.roles.includes('application')).map(s => s.id)],
        ['collocated', 'fill:#fef9c3,stroke:#475569', topology.servers.filter(s => s.collocated).map(s => s.id)],
        ['junction', 'fill:#64748b,stroke:#64748b', topology.junctions.map(j => j.id)],
    ];
    for (const [name, style, ids] of tiers) {
        if (ids.length === 0) continue;
        lines.push(`${INDENT}classDef ${name} ${style}`, `${INDENT}class ${ids.join(',')} ${name}`);
    }
    if (hasDmz) lines.push(`${INDENT}style dmz fill:#fffbeb,stroke:#d97706,stroke-dasharray:5 3`);
    return lines.join('\n') + '\n';
}

/** Mermaid shapes by kind: `open` and `close` wrap the quoted label. */
const SHAPES: Record<RoutingKind, [string, string]> = {
    'mrd': ['([', '])'],
    'script-selector': ['{{', '}}'],
    'skill-group': ['[', ']'],
    'precision-queue': ['[/', '/]'],
    'queue': ['[(', ')]'],
    'department': ['[[', ']]'],
    'agent': ['(', ')'],
};

const ROUTING_STYLES: Record<RoutingKind, string> = {
    'mrd': 'fill:#e0e7ff,stroke:#4f46e5',
    'script-selector': 'fill:#fce7f3,stroke:#db2777',
    'skill-group': 'fill:#dcfce7,stroke:#16a34a',
    'precision-queue': 'fill:#ccfbf1,stroke:#0d9488',
    'queue': 'fill:#fef3c7,stroke:#d97706',
    'department': 'fill:#e2e8f0,stroke:#475569',
    'agent': 'fill:#f8fafc,stroke:#64748b',
};

const CLASS_NAMES: Record<RoutingKind, string> = {
    'mrd': 'mrd', 'script-selector': 'scriptSelector', 'skill-group': 'skillGroup', 'precision-queue': 'precisionQueue',
    'queue': 'queue', 'department': 'department', 'agent': 'agent',
};

export function routingMermaid(model: ReportModel): string {
    const routing = routingPicture(model.routing);
    const lines = ['flowchart LR'];
    const note = routingOmissionNote(routing);
    if (note) lines.push(`${INDENT}omitted["${mermaidText(note)}"]`, `${INDENT}style omitted fill:#ffffff,stroke:#94a3b8,stroke-dasharray:4 3`);
    if (routing.nodes.length === 0) {
        lines.push(`${INDENT}none["No routing objects declared"]`);
        return lines.join('\n') + '\n';
    }
    const nodeLine = (indent: string) => (node: (typeof routing.nodes)[number]) => {
        const [open, close] = SHAPES[node.kind];
        const details = node.detail ? [node.detail] : [];
        return `${indent}${node.id}${open}${mermaidLabel(ROUTING_KIND_LABELS[node.kind], node.name, details)}${close}`;
    };
    for (const node of routing.nodes) if (node.kind !== 'agent') lines.push(nodeLine(INDENT)(node));
    const agents = routing.nodes.filter(n => n.kind === 'agent');
    if (agents.length > 0) {
        lines.push(`${INDENT}subgraph agents["Agents"]`);
        for (const agent of agents) lines.push(nodeLine(INDENT.repeat(2))(agent));
        lines.push(`${INDENT}end`);
    }
    for (const edge of routing.edges) {
        // Agents before what they staff, as in the Graphviz diagram: their lines stay clear of the queues'.
        lines.push(edge.kind === 'staffed-by' ? `${INDENT}${edge.to} -.- ${edge.from}` : `${INDENT}${edge.from} --> ${edge.to}`);
    }
    for (const kind of Object.keys(SHAPES) as RoutingKind[]) {
        const ids = routing.nodes.filter(n => n.kind === kind && n.declared).map(n => n.id);
        if (ids.length > 0) lines.push(`${INDENT}classDef ${CLASS_NAMES[kind]} ${ROUTING_STYLES[kind]}`, `${INDENT}class ${ids.join(',')} ${CLASS_NAMES[kind]}`);
    }
    const undeclared = routing.nodes.filter(n => !n.declared).map(n => n.id);
    if (undeclared.length > 0) {
        lines.push(`${INDENT}classDef undeclared fill:#fee2e2,stroke:#dc2626,stroke-dasharray:4 3`, `${INDENT}class ${undeclared.join(',')} undeclared`);
    }
    return lines.join('\n') + '\n';
}
