import type { Route } from '../../language/engine/routing.js';
import type { CheckedDeployment } from '../workspace.js';

/** The `ece routes --json` contract: the derived routing table. */
export function routesJson({ analysis }: CheckedDeployment): Route[] {
    return analysis.routes;
}
