import { describe, expect, it } from 'vitest';
import { mermaidText, routingMermaid, topologyMermaid } from '../../report/mermaid.js';
import { loadExample, REPORT_EXAMPLES } from '../helpers/report-model.js';

/** Node ids declared in a flowchart (`id[...]`, `id{{...}}`, `id((...))`…) and the ids its links use. */
function structure(flowchart: string) {
    const lines = flowchart.trimEnd().split('\n').map(l => l.trim());
    const declared = lines.map(l => /^(\w+)[[({]/.exec(l)?.[1]).filter((id): id is string => !!id);
    const links = lines.map(l => /^(\w+) (-->|---|-\.-) (\w+)$/.exec(l)).filter(m => m !== null).map(m => [m[1], m[2], m[3]] as const);
    const opened = lines.filter(l => l.startsWith('subgraph ')).length;
    const closed = lines.filter(l => l === 'end').length;
    return { lines, declared, links, opened, closed };
}

describe('Mermaid diagrams', () => {
    it('escapes what would end or break a quoted label', () => {
        expect(mermaidText('a "b" <c> & d')).toBe('a #quot;b#quot; #lt;c#gt; #amp; d');
    });

    it.each(REPORT_EXAMPLES)('draws every server and load balancer of %s, linked as the model links them', async example => {
        const { checked, model } = await loadExample(example);
        const text = topologyMermaid(model);
        const { lines, declared, links, opened, closed } = structure(text);
        expect(lines[0]).toBe('flowchart TB');
        expect(opened).toBe(closed);
        for (const server of checked.analysis.deployment.servers) {
            const id = model.topology.servers.find(s => s.name === server.name)!.id;
            expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${id}\\["<b>${server.name}</b><br/>(collocated )?server<br/>`)));
        }
        for (const lb of checked.analysis.deployment.loadBalancers) expect(text).toContain(`{{"<b>${lb.name}</b><br/>load balancer<br/>`);
        expect(links.map(([from, , to]) => ({ from, to }))).toEqual(model.topology.links);
        for (const [from, , to] of links) {
            expect(declared).toContain(from);
            expect(declared).toContain(to);
        }
        expect(text).toContain('subgraph dmz["DMZ"]');
    });

    it('writes collocated roles, the disk and the tier junctions of a 1500-agent topology', async () => {
        const { model } = await loadExample('distributed-1500');
        const text = topologyMermaid(model);
        expect(text).toContain('server_15["<b>ECE_DB_1</b><br/>server<br/>database<br/>disk 4 TB<br/>SQL Server Always On"]');
        expect(text).toContain('junction_application((" "))');
        expect(text).toContain('server_0 --- junction_application');
        expect(text).toContain('junction_application --> server_5');
        expect(text).toContain('class junction_application,junction_back_end junction');
        const internal = text.slice(text.indexOf('subgraph internal["Internal network"]'));
        expect(internal.slice(0, internal.indexOf('end'))).toContain('ECE_APP_1');
    });

    it('says "collocated" for a server with several roles', async () => {
        const { model } = await loadExample('blended-400');
        expect(topologyMermaid(model)).toContain('server_1["<b>ECE_COLLOCATED_1</b><br/>collocated server<br/>web + application + file<br/>messaging + services + database<br/>disk 1 TB"]');
    });

    it.each(REPORT_EXAMPLES)('draws the routing of %s from MRD to department, with the agents', async example => {
        const { checked, model } = await loadExample(example);
        const text = routingMermaid(model);
        const { lines, declared, links, opened, closed } = structure(text);
        expect(lines[0]).toBe('flowchart LR');
        expect(opened).toBe(closed);
        const deployment = checked.analysis.deployment;
        for (const route of checked.analysis.routes) {
            const id = model.routing.nodes.find(n => n.kind === 'queue' && n.name === route.queue)!.id;
            expect(lines).toContain(`${id}[("<b>${route.queue}</b><br/>queue<br/>${route.agents.length} ${route.agents.length === 1 ? 'agent' : 'agents'}")]`);
        }
        for (const mrd of deployment.mrds) expect(text).toContain(`(["<b>${mrd.name}</b><br/>MRD<br/>`);
        for (const script of deployment.scriptSelectors) expect(text).toContain(`{{"<b>${script.name}</b><br/>script selector"}}`);
        for (const department of deployment.departments) expect(text).toContain(`[["<b>${department.name}</b><br/>department"]]`);
        for (const agent of deployment.agents) expect(text).toContain(`("<b>${agent.name}</b><br/>agent")`);
        expect(links).toHaveLength(model.routing.edges.length);
        for (const [from, arrow, to] of links) {
            expect(declared).toContain(from);
            expect(declared).toContain(to);
            // An agent's line is written from the agent to what it staffs (drawn on that side).
            const edge = model.routing.edges.find(e => (e.from === from && e.to === to) || (e.kind === 'staffed-by' && e.from === to && e.to === from))!;
            expect(arrow).toBe(edge.kind === 'staffed-by' ? '-.-' : '-->');
        }
    });

    it('draws a precision queue as a parallelogram', async () => {
        const { model } = await loadExample('distributed-1500');
        expect(routingMermaid(model)).toContain('precision_queue_0[/"<b>Support_Chat_Premium</b><br/>precision queue"/]');
    });

    it('keeps `source-ip` on one line (non-breaking hyphen)', async () => {
        const { model } = await loadExample('mistakes');
        expect(topologyMermaid(model)).toContain('sticky sessions: source\u2011ip');
    });
});
