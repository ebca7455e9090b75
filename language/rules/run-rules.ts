import type { Analysis } from '../engine/analysis.js';
import { RULES } from './index.js';
import type { Finding, Rule, RuleContext, Severity } from './rule.js';

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
 * becomes a finding of its own (`internal/rule-failed`) on the deployment, as LikeC4 isolates checks.
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
            const span = analysis.deployment.declaration?.nameSpan;
            if (span) {
                findings.push({
                    span, ruleId: 'internal/rule-failed', severity: 'warning',
                    message: `Rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
                });
            }
        }
    }
    return findings;
}
