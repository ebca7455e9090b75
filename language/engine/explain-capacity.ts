/**
 * The capacity timeline in words, once, for every surface: the rule, the hover, the code lens, the
 * status bar, the CLI and the reports all say a time to limit the same way.
 */
import type { Analysis } from './analysis.js';
import { GROWTH_CHANNELS, type CapacityTimeline, type GrowthRates, type TimeToLimit } from './capacity-timeline.js';
import { formatMB, formatNumber } from './explain.js';

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ordinalRules = new Intl.PluralRules('en-US', { type: 'ordinal' });

/** third, twelfth, 21st. */
export function ordinal(n: number): string {
    return ORDINALS[n] ?? `${n}${ORDINAL_SUFFIX[ordinalRules.select(n)]}`;
}

function percent(value: number): string {
    return `${formatNumber(value, 2)} %`;
}

/** `15 % a year`, or per channel when they differ: `email 10 %, chat 30 %, callback 10 % a year`. */
export function describeGrowthRates(rates: GrowthRates): string {
    const values = GROWTH_CHANNELS.map(c => rates[c]);
    if (values.every(v => v === values[0])) return `${percent(values[0])} a year`;
    return `${GROWTH_CHANNELS.map(c => `${c} ${percent(rates[c])}`).join(', ')} a year`;
}

/** What the deployment will need once the limit is passed. */
export function limitNeed(limit: TimeToLimit): string {
    switch (limit.kind) {
        case 'configuration': return 'the 1500-agent configuration';
        case 'supported-agents': return `a second deployment (no configuration supports over ${formatNumber(limit.limit)} standardized agents)`;
        case 'application-servers': return limit.value - limit.limit === 1
            ? `a ${ordinal(limit.value)} application server`
            : `${formatNumber(limit.value - limit.limit)} more application servers (${formatNumber(limit.value)} in all)`;
        case 'database-disk': return 'a larger database disk';
    }
}

/** The figure that passes the limit, against the limit. */
export function limitPassed(limit: TimeToLimit): string {
    switch (limit.kind) {
        case 'configuration':
        case 'supported-agents': return `${formatNumber(limit.value)} standardized agents, over ${formatNumber(limit.limit)}`;
        case 'application-servers': return `${formatNumber(limit.value)} application servers for the load at 400 agents each, ${formatNumber(limit.limit)} declared`;
        case 'database-disk': return `the database reaches ${formatMB(limit.value)}, over the ${formatMB(limit.limit)} disk`;
    }
}

/** `month 7: the 1500-agent configuration (412 standardized agents, over 400)`. */
export function describeTimeToLimit(limit: TimeToLimit): string {
    return `month ${limit.month}: ${limitNeed(limit)} (${limitPassed(limit)})`;
}

/** The agent limit of today's configuration, and when growth passes it: `1,380 of 1,500 standardized agents; at 15 % a year the limit is passed in month 7`. */
export function capacityHeadline({ sizing, capacity }: Analysis): string | undefined {
    if (!capacity) return undefined;
    const { total } = sizing.standardizedAgents;
    const name = sizing.configuration.name;
    if (name === 'unsupported') return `${formatNumber(total)} standardized agents, over the ${formatNumber(sizing.headroom.limit)} supported today`;
    const kind = name === '400-agent' ? 'configuration' : 'supported-agents';
    const passed = capacity.timesToLimit.find(t => t.kind === kind);
    const rates = describeGrowthRates(capacity.rates);
    return `${formatNumber(total)} of ${formatNumber(sizing.headroom.limit)} standardized agents; at ${rates} the limit is `
        + (passed ? `passed in month ${passed.month}` : `not passed within ${capacity.months.length} months`);
}

/** Every time to limit on one line: `At 15 % a year: the 1500-agent configuration in month 7, a larger database disk in month 30`. */
export function timesToLimitLine(capacity: CapacityTimeline): string {
    const rates = describeGrowthRates(capacity.rates);
    if (capacity.timesToLimit.length === 0) return `At ${rates}: no limit reached within ${capacity.months.length} months`;
    return `At ${rates}: ${capacity.timesToLimit.map(t => `${limitNeed(t)} in month ${t.month}`).join(', ')}`;
}
