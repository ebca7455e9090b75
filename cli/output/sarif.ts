/**
 * SARIF 2.1.0 for code scanning, with every rule the checker knows in `runs[0].tool.driver.rules`.
 * Locations are relative to `%SRCROOT%` (the repository root, named in `originalUriBaseIds`), so that
 * results map to the repository whichever folder CI runs from. Each result carries a stable
 * fingerprint of its identity (rule, object, message key) and, against a baseline, its `baselineState`.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { allRuleDescriptors, type RuleDescriptor } from '../../language/rules/catalogue.js';
import type { Severity } from '../../language/rules/rule.js';
import { identityKey } from '../../language/validation/finding-identity.js';
import { ruleHelpMarkdown } from '../../report/rules-doc.js';
import type { BaselineComparison } from '../baseline.js';
import type { IdentifiedDiagnostic } from '../findings.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT = 'eceFindingIdentity/v1';

export interface SarifOptions {
    /** Absolute path of the folder locations are relative to. */
    root: string;
    baseline?: BaselineComparison;
}

/** `routing/queue-naming` → `RoutingQueueNaming`: a rule's SARIF name, readable and distinct from its id. */
export function ruleName(id: string): string {
    return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join('');
}

/**
 * A path below `root` as a relative URI reference: each segment percent-encoded, so that spaces, `%`,
 * `#`, `?` and a `:` in the first segment cannot be read as URI syntax. Undefined outside `root`.
 */
export function relativeUri(root: string, file: string): string | undefined {
    const relative = path.relative(root, file);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).map(encodeURIComponent).join('/');
}

function helpText(rule: RuleDescriptor): string {
    const d = rule.docs;
    return [d.summary, `Why: ${d.rationale} (${d.guideSection})`, ...(d.example ? [`Example that fires:\n${d.example}`] : []),
        ...(d.fix ? [`Fix: ${d.fix}`] : []), `Reference: ${rule.url}`].join('\n\n');
}

/** A deployment folder in a fingerprint: relative to the root, so that the fingerprint does not depend on where CI checks out. */
function keyFolder(root: string, folder: string): string {
    return path.relative(root, folder).split(path.sep).join('/') || '.';
}

function fingerprint(key: string, occurrence: number): string {
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`;
}

export function toSarif(diagnostics: readonly IdentifiedDiagnostic[], options: SarifOptions): object {
    const descriptors = allRuleDescriptors();
    const rules = descriptors.map(rule => ({
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.docs.summary },
        fullDescription: { text: `${rule.docs.summary} ${rule.docs.rationale} (guide: ${rule.docs.guideSection})` },
        help: { text: helpText(rule), markdown: ruleHelpMarkdown(rule) },
        helpUri: rule.url,
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const rule = (id: string) => ({ ruleId: id, ...(index.has(id) ? { ruleIndex: index.get(id) } : {}) });
    const occurrences = new Map<string, number>();
    const results: object[] = diagnostics.map((d, i) => {
        const file = URI.parse(d.uri).fsPath;
        const uri = relativeUri(options.root, file);
        const key = identityKey(keyFolder(options.root, d.folder), d.identity);
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        return {
            ...rule(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [{
                physicalLocation: {
                    artifactLocation: uri === undefined ? { uri: pathToFileURL(file).href } : { uri, uriBaseId: SRCROOT },
                    region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
                },
            }],
            partialFingerprints: { [FINGERPRINT]: fingerprint(key, occurrence) },
            ...(options.baseline ? { baselineState: options.baseline.states[i] } : {}),
        };
    });
    for (const gone of options.baseline?.absent ?? []) {
        const descriptor = descriptors.find(r => r.id === gone.rule);
        for (let n = 0; n < gone.count; n++) {
            results.push({
                ...rule(gone.rule),
                level: LEVEL[descriptor?.defaultSeverity ?? 'warning'],
                message: { text: `No longer reported: ${gone.message} (${gone.object}, in ${gone.folder})` },
                partialFingerprints: { [FINGERPRINT]: fingerprint(identityKey(keyFolder(options.root, gone.folderPath), gone), n) },
                baselineState: 'absent',
            });
        }
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'ece', version: VERSION, informationUri: 'https://github.com/ece-design-as-code/ece-design-as-code', rules } },
            originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(options.root).href.replace(/\/?$/, '/')}` } },
            results,
        }],
    };
}
