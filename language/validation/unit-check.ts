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
