import { serversWithRole, type Server } from '../../model/deployment.js';
import type { Finding, Rule } from '../rule.js';
import { figure, plural } from './format.js';

/** A server without `weight` takes the load balancer's default, an equal share. */
const DEFAULT_WEIGHT = 1;

export const unevenLoad: Rule = {
    id: 'sizing/uneven-load',
    defaultSeverity: 'warning',
    docs: {
        summary: 'The web(-application) servers behind the load balancer are given unequal shares of the load.',
        rationale: '"For a distributed deployment, the concurrent load must be spread evenly across all the '
            + 'web-application servers in the cluster"; "Load must be evenly distributed across the web servers." A '
            + 'server states its share with `weight N` (relative to the others); a server without it has the default '
            + 'weight 1. Every server with the `web` role is behind the load balancer. The rule fires when their weights '
            + 'differ, on each server whose weight differs from the most common one (ties go to the default weight, '
            + 'then to the first server): on its `weight` figure, or on its name when it has none. Chapter 3 mentions '
            + 'load-balancing algorithms that send "lesser requests to a low powered web-application server"; sizing '
            + 'assumes even load, so such a design is reported.',
        guideSection: 'Chapter 2, Important Information About Sizing; Support for 401 to 1500 Standardized Concurrent Agents',
        example: 'server ECE_WEB_1 {\n    roles web\n    weight 3\n}\n\nserver ECE_WEB_2 {\n    roles web\n}',
    },
    check({ deployment }) {
        const web = serversWithRole(deployment, 'web');
        if (web.length < 2) return [];
        const weights = web.map(weightOf);
        const reference = referenceWeight(weights);
        const sum = weights.reduce((a, b) => a + b, 0);
        const share = (w: number) => (sum > 0 ? `${figure((w / sum) * 100)}%` : '0%');
        const even = web.filter(s => weightOf(s) === reference);
        const others = even.length === 1
            ? `${even[0].name} has weight ${figure(reference)}`
            : `${plural(even.length, 'other web server')} have weight ${figure(reference)}`;
        const findings: Finding[] = [];
        for (const server of web) {
            const weight = weightOf(server);
            if (weight === reference) continue;
            findings.push({
                span: server.weight?.span ?? server.nameSpan,
                message: `Web server ${server.name} has weight ${figure(weight)}${server.weight ? '' : ' (the default)'}, `
                    + `${share(weight)} of the load, while ${others} (${share(reference)}${even.length === 1 ? '' : ' each'}); `
                    + 'the guide asks for the concurrent load to be spread evenly across the web-application servers.',
            });
        }
        return findings;
    },
};

function weightOf(server: Server): number {
    return server.weight?.value ?? DEFAULT_WEIGHT;
}

function referenceWeight(weights: readonly number[]): number {
    const counts = new Map<number, number>();
    for (const w of weights) counts.set(w, (counts.get(w) ?? 0) + 1);
    const most = [...counts.values()].reduce((a, b) => Math.max(a, b), 0);
    const tied = weights.filter(w => counts.get(w) === most);
    return tied.includes(DEFAULT_WEIGHT) ? DEFAULT_WEIGHT : tied[0];
}
