import { analyze, type Analysis } from '../../language/engine/analysis.js';
import { figuresOf } from '../../language/engine/explain.js';
import { growthText as renderGrowthText } from '../../report/text.js';
import type { CheckedDeployment } from '../workspace.js';
import { capacityJson } from './capacity.js';

/**
 * The analysis over `months`, else over the deployment's planning horizon (its config's, else 36
 * months). Another horizon is another analysis, so that every figure of the output agrees with it.
 */
export function analysisOver({ analysis }: CheckedDeployment, months?: number): Analysis {
    return months ? analyze(analysis.deployment, months) : analysis;
}

/** The `ece growth --json` contract. */
export function growthJson(analysis: Analysis) {
    const { growth } = analysis;
    const figures = figuresOf(analysis);
    return {
        inputs: growth.inputs,
        monthlyMB: growth.monthlyMB,
        projection: growth.projection,
        diskGB: growth.diskGB,
        diskFullMonth: growth.diskFullMonth,
        figures: { monthlyGrowth: figures.monthlyGrowth, projection: figures.projection, disk: figures.disk },
        /** Each month's growth from that month's grown volumes, when the load grows; else null (the guide's linear projection). */
        compoundedMonthlyMB: growth.compounded?.monthlyMB ?? null,
        /** The load month by month and the times to limit; null when no growth is declared. */
        capacity: capacityJson(analysis),
    };
}

export function growthText(analysis: Analysis): string {
    return renderGrowthText(analysis.deployment.name, figuresOf(analysis), capacityJson(analysis));
}
