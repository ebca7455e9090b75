/** SARIF 2.1.0, with every rule the checker knows in `runs[0].tool.driver.rules`. */
import { allRuleDescriptors } from '../../language/rules/catalogue.js';
import type { Severity } from '../../language/rules/rule.js';
import type { FileDiagnostic } from '../workspace.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(diagnostics: FileDiagnostic[]): object {
    const rules = allRuleDescriptors().map(rule => ({
        id: rule.id,
        name: rule.id,
        shortDescription: { text: rule.docs.summary },
        fullDescription: { text: `${rule.docs.summary} ${rule.docs.rationale} (guide: ${rule.docs.guideSection})` },
        helpUri: rule.url,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'ece', version: VERSION, informationUri: 'https://github.com/ece-design-as-code/ece-design-as-code', rules } },
            results: diagnostics.map(d => ({
                ruleId: d.code,
                ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
                level: LEVEL[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: d.file.split('\\').join('/') },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                    },
                }],
            })),
        }],
    };
}
