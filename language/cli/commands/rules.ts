import { RULES } from '../../rules/index.js';
import { ruleDocUrl } from '../../rules/rule.js';
import { table } from '../output/text.js';

export function rulesJson() {
    return RULES.map(rule => ({
        id: rule.id,
        severity: rule.defaultSeverity,
        defaultSeverity: rule.defaultSeverity,
        description: rule.docs.summary,
        guideSection: rule.docs.guideSection,
        fixable: rule.docs.fix !== undefined,
        url: ruleDocUrl(rule.id),
    }));
}

export function rulesText(): string {
    return table(['rule', 'default', 'checks', 'quick-fix'],
        rulesJson().map(r => [r.id, r.severity, r.description, r.fixable ? 'yes' : ''])) + '\n';
}
