/** Everything the engine derives from one deployment, computed once and shared by rules and presenters. */
import type { Deployment } from '../model/deployment.js';
import { capacityOverTime, type CapacityTimeline } from './capacity-timeline.js';
import { DEFAULT_PLANNING_HORIZON_MONTHS, projectGrowth, type Growth } from './growth.js';
import { indexRouting, routingTable, type Route, type RoutingIndex } from './routing.js';
import { sizeDeployment, type Sizing } from './sizing.js';

export interface Analysis {
    deployment: Deployment;
    sizing: Sizing;
    /** Compounded when the load grows. */
    growth: Growth;
    /** The load month by month and the times to limit; null when no growth is declared. */
    capacity: CapacityTimeline | null;
    routingIndex: RoutingIndex;
    routes: Route[];
}

export function analyze(deployment: Deployment, planningHorizonMonths = DEFAULT_PLANNING_HORIZON_MONTHS): Analysis {
    const routingIndex = indexRouting(deployment);
    const sizing = sizeDeployment(deployment);
    const overTime = capacityOverTime(deployment, sizing, planningHorizonMonths);
    return {
        deployment,
        sizing,
        growth: overTime?.growth ?? projectGrowth(deployment, planningHorizonMonths),
        capacity: overTime?.timeline ?? null,
        routingIndex,
        routes: routingTable(deployment, routingIndex),
    };
}
