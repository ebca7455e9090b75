/** Everything the engine derives from one deployment, computed once and shared by rules and presenters. */
import type { Deployment } from '../model/deployment.js';
import { DEFAULT_PLANNING_HORIZON_MONTHS, projectGrowth, type Growth } from './growth.js';
import { indexRouting, routingTable, type Route, type RoutingIndex } from './routing.js';
import { sizeDeployment, type Sizing } from './sizing.js';

export interface Analysis {
    deployment: Deployment;
    sizing: Sizing;
    growth: Growth;
    routingIndex: RoutingIndex;
    routes: Route[];
}

export function analyze(deployment: Deployment, planningHorizonMonths = DEFAULT_PLANNING_HORIZON_MONTHS): Analysis {
    const routingIndex = indexRouting(deployment);
    return {
        deployment,
        sizing: sizeDeployment(deployment),
        growth: projectGrowth(deployment, planningHorizonMonths),
        routingIndex,
        routes: routingTable(deployment, routingIndex),
    };
}
