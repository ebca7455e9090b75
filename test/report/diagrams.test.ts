import { describe, expect, it } from 'vitest';
import { DIAGRAM_FONT_STACK, renderRoutingSvg, renderTopologySvg, routingDot, routingOmissionNote, routingPicture, topologyDot } from '../../report/diagrams.js';
import { inlineSvg } from '../../report/html.js';
import { writeTempFolder } from '../helpers/check-folder.js';
import { loadExample } from '../helpers/report-model.js';

/** Every `<g … class="node ece-object" data-…>` of an SVG, as its data attributes. */
function objects(svg: string): Record<string, string>[] {
    return [...svg.matchAll(/<g id="[^"]+" class="node ece-object" ([^>]*)>/g)].map(m =>
        Object.fromEntries([...m[1].matchAll(/(data-[\w-]+)="([^"]*)"/g)].map(a => [a[1], a[2]])));
}

describe('Graphviz diagrams', () => {
    it('groups the DMZ and the internal network as clusters of the topology', async () => {
        const { model } = await loadExample('integrated-routing');
        const { dot, objects: byId } = topologyDot(model);
        expect(dot).toMatch(/subgraph cluster_dmz \{[\s\S]*"lb_0"[\s\S]*"server_0"[\s\S]*\}\n {2}subgraph cluster_internal \{[\s\S]*"server_1"/);
        expect([...byId.keys()]).toEqual(['lb_0', 'server_0', 'server_1']);
    });

    it('draws every server with its source location as data attributes', async () => {
        const { checked, model } = await loadExample('distributed-1500');
        const svg = await renderTopologySvg(model);
        const servers = objects(svg).filter(o => o['data-kind'] === 'server');
        expect(servers.map(s => s['data-name'])).toEqual(checked.analysis.deployment.servers.map(s => s.name));
        for (const server of checked.analysis.deployment.servers) {
            const drawn = servers.find(s => s['data-name'] === server.name)!;
            expect(drawn).toMatchObject({
                'data-uri': server.nameSpan.uri,
                'data-line': String(server.nameSpan.start.line),
                'data-character': String(server.nameSpan.start.character),
                'data-end-line': String(server.nameSpan.end.line),
                'data-end-character': String(server.nameSpan.end.character),
            });
        }
        expect(svg).toContain('<g id="topology-server_0" class="node ece-object" data-id="server_0"');
        expect(svg).toContain('<title>server ECE_DB_1</title>');
        expect(svg).toContain('<title>server ECE_WEB_1 → the application servers</title>');
        expect(svg).toContain(`font-family="${DIAGRAM_FONT_STACK}"`);
        expect(svg).not.toMatch(/ id="(?!topology-)/);
    });

    it('draws every routing object once', async () => {
        const { checked, model } = await loadExample('mistakes');
        const svg = await renderRoutingSvg(model);
        const drawn = objects(svg);
        const sorted = (names: string[]) => [...names].sort();
        expect(sorted(drawn.map(o => `${o['data-kind']} ${o['data-name']}`))).toEqual(sorted(model.routing.nodes.map(n => `${n.kind} ${n.name}`)));
        const deployment = checked.analysis.deployment;
        expect(sorted(drawn.filter(o => o['data-kind'] === 'queue').map(o => o['data-name']))).toEqual(sorted(deployment.queues.map(q => q.name)));
        expect(sorted(drawn.filter(o => o['data-kind'] === 'agent').map(o => o['data-name']))).toEqual(sorted(deployment.agents.map(a => a.name)));
        expect(routingDot(model).dot).toContain('subgraph cluster_agents {');
        expect(svg).toContain('<title>queue Sales_Queue → department Sales</title>');
    });

    it('draws a reference to an undeclared object dashed and red', async () => {
        const folder = writeTempFolder({ 'a.ece': 'deployment Broken\ndepartment D {\n    queue Q { skill groups Ghost }\n}\n' });
        const { model } = await loadExample(folder);
        expect(routingDot(model).dot).toMatch(/"skill_group_0" \[id="skill_group_0", label=<[^\n]*<B>Ghost<\/B>[^\n]*fillcolor="#fee2e2", color="#dc2626", style="rounded,filled,dashed"\];/);
        expect(await renderRoutingSvg(model)).toContain('<title>skill group Ghost (not declared)</title>');
    });

    it('inlines into HTML without prologue, comments or namespace URLs', async () => {
        const { model } = await loadExample('blended-400');
        const svg = await renderRoutingSvg(model);
        expect(svg).toMatch(/^<\?xml/);
        const inline = inlineSvg(svg);
        expect(inline).toMatch(/^<svg /);
        expect(inline).not.toMatch(/<!--|<!DOCTYPE|https?:/);
        expect(objects(inline)).toEqual(objects(svg));
    });

    it('puts the back-end junction inside the internal network, its title below, so edges meet in the middle and cross no title', async () => {
        const { model } = await loadExample('distributed-1500');
        const dot = topologyDot(model).dot;
        const internal = dot.slice(dot.indexOf('subgraph cluster_internal {'), dot.indexOf('\n  }', dot.indexOf('subgraph cluster_internal {')));
        expect(internal).toContain('"junction_back_end" [id="junction_back_end"');
        expect(internal).toContain('labelloc="b"');
        expect(internal).not.toContain('junction_application');
    });

    it('draws agents before the skill groups they staff, so their lines never cross the lines to the queues', async () => {
        const { model } = await loadExample('integrated-routing');
        const dot = routingDot(model).dot;
        const staffed = model.routing.edges.filter(e => e.kind === 'staffed-by');
        expect(staffed.length).toBeGreaterThan(0);
        for (const edge of staffed) expect(dot).toContain(`"${edge.to}" -> "${edge.from}" [style=dashed, arrowhead=none`);
    });

    it('summarises a large routing diagram and says what it left out', async () => {
        const { model } = await loadExample('integrated-routing');
        const queues = model.routing.nodes.filter(n => n.kind === 'queue');
        const agents = model.routing.nodes.filter(n => n.kind === 'agent');
        expect(routingPicture(model.routing).omitted).toBeNull();
        const picture = routingPicture(model.routing, { queues: 2, agents: 3 });
        expect(picture.nodes.filter(n => n.kind === 'queue').map(n => n.id)).toEqual(queues.slice(0, 2).map(n => n.id));
        expect(picture.nodes.filter(n => n.kind === 'agent')).toEqual([]);
        expect(picture.omitted).toEqual({ queues: queues.length - 2, totalQueues: queues.length, agents: agents.length, totalAgents: agents.length });
        const ids = new Set(picture.nodes.map(n => n.id));
        for (const edge of picture.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
        expect(routingOmissionNote(picture)).toBe(`Summarised for size: the first 2 of ${queues.length} queues and none of the ${agents.length} agents (each queue shows its count); the routing table lists every route.`);
    });
});
