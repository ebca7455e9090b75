import type { Analysis } from '../../language/engine/analysis.js';
import { figuresOf } from '../../language/engine/explain.js';
import type { Growth } from '../../language/engine/growth.js';
import { growthText as renderGrowthText } from '../../report/text.js';

/** The `ece growth --json` contract. */
export function growthJson(growth: Growth, analysis: Analysis) {
    const figures = figuresOf(analysis);
    return {
        inputs: growth.inputs,
        monthlyMB: growth.monthlyMB,
        projection: growth.projection,
        diskGB: growth.diskGB,
        diskFullMonth: growth.diskFullMonth,
        figures: { monthlyGrowth: figures.monthlyGrowth, projection: figures.projection, disk: figures.disk },
    };
}

export function growthText(analysis: Analysis): string {
    return renderGrowthText(analysis.deployment.name, figuresOf(analysis));
}
