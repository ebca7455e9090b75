import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectGrowth } from '../../language/engine/growth.js';
import type { SourceLocation } from '../../report/report-model.js';
import { writeTempFolder } from '../helpers/check-folder.js';
import { loadExample, REPORT_EXAMPLES } from '../helpers/report-model.js';

/** The text at a source location, read from the file on disk. */
function textAt(source: SourceLocation): string {
    const line = readFileSync(fileURLToPath(source.uri), 'utf-8').split(/\r?\n/)[source.line];
    return line.slice(source.character, source.endLine === source.line ? source.endCharacter : undefined);
}

describe('report model', () => {
    it.each(REPORT_EXAMPLES)('splits the growth of %s into parts that add up to the engine projection', async example => {
        const { checked, model } = await loadExample(example);
        const engine = projectGrowth(checked.analysis.deployment, checked.analysis.growth.projection.length);
        expect(model.growth.months).toHaveLength(engine.projection.length);
        for (const month of model.growth.months) {
            expect(month.currentMB + month.emailMB + month.attachmentsMB + month.chatMB).toBeCloseTo(engine.projection[month.month - 1].totalMB, 6);
            expect(month.totalMB).toBe(engine.projection[month.month - 1].totalMB);
        }
        expect(model.growth.diskGB).toBe(engine.diskGB);
        expect(model.growth.diskFullMonth).toBe(engine.diskFullMonth);
    });

    it('points every object at its name in the source', async () => {
        const { checked, model } = await loadExample('distributed-1500');
        const objects = [...model.topology.servers, ...model.topology.loadBalancers, ...model.routing.nodes];
        expect(objects.length).toBe(checked.analysis.deployment.servers.length + checked.analysis.deployment.loadBalancers.length + model.routing.nodes.length);
        for (const object of objects) expect(textAt(object.source!)).toBe(object.name);
        expect(textAt(model.growth.source!)).toMatch(/^load profile/);
        expect(textAt(model.growth.diskSource!)).toBe('4 TB');
    });

    it('shows what a 400-agent topology collocates and who talks to whom', async () => {
        const { model } = await loadExample('integrated-routing');
        const { topology } = model;
        expect(topology.servers.map(s => [s.name, s.roles.join('+'), s.collocated, s.inDmz])).toEqual([
            ['ECE_WEB_1', 'web', false, true],
            ['ECE_ALL_IN_ONE', 'web+application+file+messaging+services+database', true, false],
        ]);
        expect(topology.loadBalancers.map(lb => [lb.name, lb.stickiness, lb.healthCheck, lb.inDmz])).toEqual([['ECE_LB', 'cookie', true, true]]);
        const name = (id: string) => [...topology.servers, ...topology.loadBalancers].find(o => o.id === id)?.name ?? id;
        expect(topology.links.map(l => `${name(l.from)} -> ${name(l.to)}`)).toEqual([
            'users -> ECE_LB', 'ECE_LB -> ECE_WEB_1', 'ECE_LB -> ECE_ALL_IN_ONE', 'ECE_WEB_1 -> ECE_ALL_IN_ONE',
        ]);
        expect(topology.junctions).toEqual([]);
    });

    it('joins the tiers of a 1500-agent topology through one junction each', async () => {
        const { checked, model } = await loadExample('distributed-1500');
        const { topology } = model;
        const servers = checked.analysis.deployment.servers;
        const idsWith = (roles: string[]) => topology.servers.filter(s => s.roles.some(r => roles.includes(r))).map(s => s.id);
        expect(topology.servers.map(s => s.name)).toEqual(servers.map(s => s.name));
        expect(topology.junctions.map(j => j.tier)).toEqual(['application', 'back-end']);
        const into = (id: string) => topology.links.filter(l => l.to === id).map(l => l.from);
        const outOf = (id: string) => topology.links.filter(l => l.from === id).map(l => l.to);
        expect(outOf('lb_0')).toEqual(idsWith(['web']));
        expect(into('junction_application')).toEqual(idsWith(['web']));
        expect(outOf('junction_application')).toEqual(idsWith(['application']));
        expect(into('junction_back_end')).toEqual(idsWith(['application']));
        expect(outOf('junction_back_end')).toEqual(idsWith(['file', 'messaging', 'services', 'database']));
    });

    it('derives the routing graph from the Unified CCE and ECE objects', async () => {
        const { checked, model } = await loadExample('integrated-routing');
        const deployment = checked.analysis.deployment;
        const { nodes, edges } = model.routing;
        const node = (id: string) => nodes.find(n => n.id === id)!;
        const named = (kind: string) => nodes.filter(n => n.kind === kind).map(n => n.name);
        expect(named('queue')).toEqual(deployment.queues.map(q => q.name));
        expect(named('agent')).toEqual(deployment.agents.map(a => a.name));
        expect(named('department')).toEqual(deployment.departments.map(d => d.name));
        expect(nodes.every(n => n.declared)).toBe(true);
        for (const route of checked.analysis.routes) {
            const queue = nodes.find(n => n.kind === 'queue' && n.name === route.queue)!;
            expect(queue.detail).toBe(`${route.agents.length} agents`);
            const feeding = edges.filter(e => e.to === queue.id).map(e => node(e.from).name);
            expect(feeding).toEqual(route.skillGroups);
            const department = edges.filter(e => e.from === queue.id).map(e => node(e.to).name);
            expect(department).toEqual([route.department]);
            expect(edges.some(e => node(e.from).name === route.mrd && node(e.to).name === route.script && e.kind === 'routes')).toBe(true);
        }
        const memberships = deployment.agents.reduce((n, a) => n + a.skillGroups.length + a.precisionQueues.length, 0);
        expect(edges.filter(e => e.kind === 'staffed-by')).toHaveLength(memberships);
    });

    it('keeps a reference to an undeclared object as a node pointing at the reference', async () => {
        const folder = writeTempFolder({
            'a.ece': 'deployment Broken\nmrd M { channel chat }\ndepartment D {\n    queue M_S {\n        mrd M\n        skill groups Ghost\n    }\n}\n',
        });
        const { model } = await loadExample(folder);
        const ghost = model.routing.nodes.find(n => n.name === 'Ghost')!;
        expect(ghost).toMatchObject({ kind: 'skill-group', declared: false, detail: 'not declared' });
        expect(ghost.source).toMatchObject({ line: 5, character: 21 });
        expect(textAt(ghost.source!)).toBe('Ghost');
        expect(model.routing.edges).toContainEqual({ from: 'mrd_0', to: 'queue_0', kind: 'routes' });
        expect(model.topology.entry).toBeNull();
    });
});
