import type { ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { dimensionOf, unitsOf, type Dimension } from '../model/quantity.js';

const WHAT: Record<Dimension, string> = { size: 'a size', duration: 'a latency', bandwidth: 'a bandwidth' };

function expectedDimension(owner: ast.Quantity['$container']): Dimension {
    if (ast.isLatency(owner)) return 'duration';
    if (ast.isBandwidth(owner)) return 'bandwidth';
    return 'size';
}

/** The parser accepts any unit after a number; this says which ones fit where. */
export function checkQuantityUnit(quantity: ast.Quantity, accept: ValidationAcceptor): void {
    // No unit at all is a syntax error, which says so (ece-parser-messages.ts).
    if (quantity.unit === undefined) return;
    const expected = expectedDimension(quantity.$container);
    if (dimensionOf(quantity.unit) === expected) return;
    accept('error', `'${quantity.unit}' does not measure ${WHAT[expected]}; write it in ${unitsOf(expected).join(', ')}.`, {
        node: quantity, property: 'unit', code: 'syntax/unit',
    });
}

const GROWTH_EXAMPLE = "write it as a yearly percentage, e.g. 'growth 15 % per year'";

/**
 * A load growth is a yearly rate in percent (docs/language.md, "Load growth"); the parser takes any
 * unit and period so that this can say what to write.
 */
export function checkGrowthUnit(growth: ast.LoadGrowth, accept: ValidationAcceptor): void {
    const report = (message: string, property: 'rate' | 'unit' | 'period') =>
        accept('error', message, { node: growth, property, code: 'syntax/unit' });
    if (growth.unit === undefined) return report(`A growth rate needs its unit: ${GROWTH_EXAMPLE}.`, 'rate');
    if (growth.unit !== '%') return report(`'${growth.unit}' does not measure a growth rate; ${GROWTH_EXAMPLE}.`, 'unit');
    if (growth.period === undefined) return report(`A growth rate needs its period: ${GROWTH_EXAMPLE}.`, 'unit');
    if (growth.period !== 'year') return report(`A growth rate is given per year, not per ${growth.period}; ${GROWTH_EXAMPLE}.`, 'period');
    if (growth.shrinking && growth.rate >= 100) return report('A load cannot shrink by 100 % a year or more; write a rate above -100 %.', 'rate');
}
