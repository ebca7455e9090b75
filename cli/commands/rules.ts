import { allRuleDescriptors, findRuleDescriptor, type RuleDescriptor } from '../../language/rules/catalogue.js';
import { table } from '../../report/text.js';

function ruleJson(rule: RuleDescriptor) {
    return {
        id: rule.id,
        severity: rule.defaultSeverity,
        defaultSeverity: rule.defaultSeverity,
        description: rule.docs.summary,
        guideSection: rule.docs.guideSection,
        kind: rule.kind,
        configurable: rule.configurable,
        fixable: rule.fixable,
        url: rule.url,
    };
}

/** The `ece rules --json` contract: every id the checker reports, rulebook rules and structural ids. */
export function rulesJson() {
    return allRuleDescriptors().map(ruleJson);
}

/** One rule's entry of `ece rules --json` with the rest of its documentation (its section of docs/rules.md); undefined for an unknown id. */
export function explainRuleJson(id: string) {
    const rule = findRuleDescriptor(id);
    return rule && {
        ...ruleJson(rule),
        category: rule.category,
        suppressible: rule.suppressible,
        rationale: rule.docs.rationale,
        example: rule.docs.example ?? null,
        fix: rule.docs.fix ?? null,
    };
}

export function rulesText(): string {
    return table(['rule', 'default', 'checks', 'quick-fix'],
        rulesJson().map(r => [r.id, r.severity, r.description, r.fixable ? 'yes' : ''])) + '\n';
}
