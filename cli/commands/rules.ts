import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import { table } from '../../report/text.js';

/** The `ece rules --json` contract: every id the checker reports, the catalogue's rules and structural ids. */
export function rulesJson() {
    return allRuleDescriptors().map(rule => ({
        id: rule.id,
        severity: rule.defaultSeverity,
        defaultSeverity: rule.defaultSeverity,
        description: rule.docs.summary,
        guideSection: rule.docs.guideSection,
        kind: rule.kind,
        configurable: rule.configurable,
        fixable: rule.fixable,
        url: rule.url,
    }));
}

export function rulesText(): string {
    return table(['rule', 'default', 'checks', 'quick-fix'],
        rulesJson().map(r => [r.id, r.severity, r.description, r.fixable ? 'yes' : ''])) + '\n';
}
