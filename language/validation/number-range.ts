import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { EceAstType } from '../generated/ast.js';
import { isSaneNumber, LARGEST_NUMBER } from '../model/quantity.js';
import { SYNTAX_NUMBER_RANGE } from '../rules/structural-rules.js';

/**
 * Every number of a file is finite and at most `LARGEST_NUMBER` (docs/language.md, "Numbers"); a
 * larger one (`1` and 309 zeros reads as Infinity) is an error on it, and the model leaves it out,
 * so that no figure is computed from it and no fix is sized by it.
 */
function checkNumbers<T extends object>(properties: readonly (keyof T & string)[]) {
    return (node: T, accept: ValidationAcceptor) => {
        for (const property of properties) {
            const value = node[property];
            if (typeof value !== 'number' || isSaneNumber(value)) continue;
            accept('error', `This number is too large: the checker takes numbers up to ${LARGEST_NUMBER.toLocaleString('en-US')}.`, {
                node: node as never, property, code: SYNTAX_NUMBER_RANGE,
            });
        }
    };
}

export const numberRangeChecks: ValidationChecks<EceAstType> = {
    Workflow: checkNumbers(['count']),
    Weight: checkNumbers(['value']),
    EmailLoad: checkNumbers(['agents', 'emailsPerHour']),
    ChatLoad: checkNumbers(['agents', 'concurrentChats']),
    CallbackLoad: checkNumbers(['agents']),
    MonthlyVolume: checkNumbers(['count']),
    Quantity: checkNumbers(['value']),
};
