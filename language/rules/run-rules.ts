import type { Analysis } from '../engine/analysis.js';
import { RULES } from './index.js';
import type { Deployment } from '../model/deployment.js';
import type { Span } from '../model/span.js';
import type { Finding, Rule, RuleContext, Severity } from './rule.js';
import { RULE_FAILED } from './structural-rules.js';

export interface RuleFinding extends Finding {
    ruleId: string;
    severity: Severity;
}

export interface RunOptions {
    planningHorizonMonths: number;
    text(uri: string): string | undefined;
    rules?: readonly Rule[];
}

/**
 * Runs every rule over one analysed deployment. A rule that throws does not stop the others: it
 * becomes an error of its own (`internal/rule-failed`) on the deployment, as LikeC4 isolates checks,
 * so that a missing answer is never silent.
 */
export function runRules(analysis: Analysis, options: RunOptions): RuleFinding[] {
    const context: RuleContext = {
        deployment: analysis.deployment,
        analysis,
        planningHorizonMonths: options.planningHorizonMonths,
        text: options.text,
    };
    const findings: RuleFinding[] = [];
    for (const rule of options.rules ?? RULES) {
        try {
            for (const finding of rule.check(context)) {
                findings.push({ ...finding, ruleId: rule.id, severity: rule.defaultSeverity });
            }
        } catch (error) {
            const span = failureSpan(analysis.deployment);
            if (span) {
                findings.push({
                    span, ruleId: RULE_FAILED, severity: 'error',
                    message: `Rule ${rule.id} could not check this deployment (internal error: ${error instanceof Error ? error.message : String(error)}); `
                        + 'what it would report is missing.',
                });
            }
        }
    }
    return findings;
}

/** Where a failure shows: the deployment's name, else its load profile, else the start of its first file. */
function failureSpan(deployment: Deployment): Span | undefined {
    const named = deployment.declaration?.nameSpan ?? deployment.load?.header;
    if (named) return named;
    const uri = deployment.files[0];
    const start = { line: 0, character: 0 };
    return uri === undefined ? undefined : { uri, offset: 0, endOffset: 0, start, end: start };
}
