import { growthStatement } from '../../engine/capacity-timeline.js';
import { describeGrowthRates, limitNeed, limitPassed } from '../../engine/explain-capacity.js';
import type { Rule } from '../rule.js';
import { plural } from './format.js';

export const limitWithinHorizon: Rule = {
    id: 'sizing/limit-within-horizon',
    defaultSeverity: 'info',
    docs: {
        summary: 'With declared load growth, a limit of the guide is reached within the planning horizon.',
        rationale: 'The guide sizes today\'s load; a design review also asks when the design stops fitting. With a '
            + 'declared `growth … % per year` (docs/language.md, "Load growth"), the load compounds monthly and each '
            + 'month is sized again with the guide\'s formulas. The rule fires once per limit reached within the '
            + 'planning horizon (setting `planningHorizonMonths`, default 36), on the growth statement, with the month '
            + 'and what the deployment will need then: the standardized total passes 400 (the 1500-agent configuration) '
            + 'or 1500 (no supported configuration), the load needs more application servers than are declared (400 '
            + 'agents each), or the database passes its declared disk. A limit already passed today is reported by the '
            + 'other sizing rules, not by this one.',
        guideSection: 'Chapter 2, Sizing Inputs; Sizing for Combined Email, Web, and Voice Scenarios; Planning for Database Growth '
            + '(the growth rate is a planning input the guide does not give)',
        example: 'load profile {\n    email 120 agents at 12 emails per hour\n    chat 100 agents\n    growth 15 % per year\n}',
    },
    check({ deployment, analysis, planningHorizonMonths }) {
        const capacity = analysis.capacity;
        const line = growthStatement(deployment.load);
        if (!capacity || !line) return [];
        return capacity.timesToLimit.map(limit => ({
            span: line.span,
            message: `Growing ${describeGrowthRates(capacity.rates)}, the deployment will need ${limitNeed(limit)} in month `
                + `${limit.month} (${limitPassed(limit)}), within the planning horizon of ${plural(planningHorizonMonths, 'month')}.`,
        }));
    },
};
