import type { Route } from '../../language/engine/routing.js';
import { heading, table } from '../output/text.js';
import type { CheckedDeployment } from '../workspace.js';

/** The `ece routes --json` contract: the derived routing table. */
export function routesJson({ analysis }: CheckedDeployment): Route[] {
    return analysis.routes;
}

export function routesText(deployment: string, routes: Route[]): string {
    const rows = routes.map(r => [
        r.department, r.queue, r.mrd ?? '—', r.script ?? '—',
        [...r.skillGroups, ...r.precisionQueues].join('\n'), r.agents.join(', ') || '(none)',
    ]);
    return [
        heading(`Routing of ${deployment} (derived from the Unified CCE configuration)`),
        table(['department', 'queue', 'MRD', 'script selector', 'skill groups / PQs', 'agents who service it'], rows),
    ].join('\n') + '\n';
}
