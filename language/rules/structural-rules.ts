/**
 * The diagnostic ids the language reports itself rather than a rule over the deployment model:
 * syntax, references, suppression comments and a failing rule. They have no check here; they carry
 * the same documentation as rules, so that the rules reference, `ece rules` and SARIF list them too.
 */
import type { RuleDocs, Severity } from './rule.js';

export const SYNTAX_TOKEN = 'syntax/invalid-token';
export const SYNTAX_PARSE = 'syntax/parse-error';
export const SYNTAX_UNIT = 'syntax/unit';
export const SYNTAX_NUMBER_RANGE = 'syntax/number-range';
export const REFERENCE_UNRESOLVED = 'reference/unresolved';
export const SUPPRESSION_UNUSED = 'suppression/unused';
export const SUPPRESSION_UNKNOWN_RULE = 'suppression/unknown-rule';
export const RULE_FAILED = 'internal/rule-failed';

export interface StructuralRule {
    id: string;
    defaultSeverity: Severity;
    docs: RuleDocs;
    /**
     * Whether a user may change its severity or turn it off. Decision (docs/decisions.md): syntax errors may not: a file
     * that does not parse yields an incomplete model, so every other diagnostic on it is unreliable.
     */
    configurable: boolean;
    /** Whether `// ece-ignore-next-line` may suppress it (never syntax errors, nor the suppression reports themselves). */
    suppressible: boolean;
}

const LANGUAGE = 'Not from the guide: the .ece language itself';

export const STRUCTURAL_RULES: readonly StructuralRule[] = [
    {
        id: SYNTAX_TOKEN,
        defaultSeverity: 'error',
        configurable: false,
        suppressible: false,
        docs: {
            summary: 'A character that no word, number, name or symbol of the .ece language starts with.',
            rationale: 'The checker can only reason about text it can read; everything after an unreadable character may be misread.',
            guideSection: LANGUAGE,
            example: 'agent Clark # Sales',
        },
    },
    {
        id: SYNTAX_PARSE,
        defaultSeverity: 'error',
        configurable: false,
        suppressible: false,
        docs: {
            summary: 'Words of the language in an order it does not accept, or a block left open.',
            rationale: 'A statement the parser cannot place is missing from the deployment model, so sizing, growth and routing would be computed without it.',
            guideSection: LANGUAGE,
            example: 'mrd Email_MRD {\n    channel email\n}',
        },
    },
    {
        id: SYNTAX_UNIT,
        defaultSeverity: 'error',
        configurable: false,
        suppressible: false,
        docs: {
            summary: 'A quantity written in a unit that does not measure what the statement needs (a disk in ms, a latency in KB, a load growth not in % per year).',
            rationale: 'Sizes, latencies and bandwidths are compared with the guide\'s limits in their own units; a value in the wrong unit cannot be compared.',
            guideSection: LANGUAGE,
            example: 'server ECE_DB {\n    roles database\n    disk 500 ms\n}',
        },
    },
    {
        id: SYNTAX_NUMBER_RANGE,
        defaultSeverity: 'error',
        configurable: false,
        suppressible: false,
        docs: {
            summary: 'A number larger than the checker takes (1,000,000,000), or too large to be a number at all.',
            rationale: 'No deployment of the guide comes near a billion agents, emails or KB; a larger number is a typo, and one '
                + 'past about 10^308 cannot even be represented. It is left out of every figure rather than counted wrong.',
            guideSection: LANGUAGE,
            example: 'load profile {\n    email 1000000000000 agents\n}',
        },
    },
    {
        id: REFERENCE_UNRESOLVED,
        defaultSeverity: 'error',
        configurable: true,
        suppressible: true,
        docs: {
            summary: 'A name that refers to no MRD, peripheral, skill group, precision queue or script selector of the deployment folder.',
            rationale: 'Routing is derived from the Unified CCE configuration: a queue mapped to a skill group that does not exist routes to nobody.',
            guideSection: 'Chapter 1, Designing Integrated Routing - An Example',
            example: 'skill group Sales_NA {\n    mrd Chat_MRD\n}',
        },
    },
    {
        id: SUPPRESSION_UNUSED,
        defaultSeverity: 'warning',
        configurable: true,
        suppressible: false,
        docs: {
            summary: 'An `// ece-ignore-next-line` comment names a rule that reports nothing on the next line.',
            rationale: 'A suppression that no longer suppresses anything hides the next problem of that rule on that line; remove it once the problem is fixed.',
            guideSection: LANGUAGE,
            example: '// ece-ignore-next-line routing/email-mrd-interruptible\nmrd Email_MRD { channel inbound email }',
            fix: 'Removes the rule id from the comment, or the whole comment when it suppresses nothing at all.',
        },
    },
    {
        id: SUPPRESSION_UNKNOWN_RULE,
        defaultSeverity: 'warning',
        configurable: true,
        suppressible: false,
        docs: {
            summary: 'An `// ece-ignore-next-line` comment names no rule id, a rule id that does not exist, or a syntax error (which cannot be suppressed).',
            rationale: 'A misspelt rule id suppresses nothing, and the diagnostic it was meant for still shows.',
            guideSection: LANGUAGE,
            example: '// ece-ignore-next-line routing/email-mrd-interuptible\nmrd Email_MRD { channel inbound email non-interruptible }',
        },
    },
    {
        id: RULE_FAILED,
        defaultSeverity: 'error',
        configurable: false,
        suppressible: false,
        docs: {
            summary: 'A rule or a file\'s checks stopped with an internal error; the other rules still ran.',
            rationale: 'A failing rule is a defect of the checker, not of the deployment: report it with the deployment that caused it. '
                + 'It is always an error and cannot be turned off or suppressed, because what the rule would have reported is missing.',
            guideSection: LANGUAGE,
        },
    },
];
