/**
 * Every diagnostic id the checker can report, rules and structural ids alike, with what the rules
 * reference, `ece rules`, SARIF, the configuration file and suppression comments need to know of it.
 */
import { RULES } from './index.js';
import { ruleDocUrl, type RuleDocs, type Severity } from './rule.js';
import { STRUCTURAL_RULES } from './structural-rules.js';
import { editDistance } from '../edit-distance.js';

export interface RuleDescriptor {
    id: string;
    /** The part of the id before `/`: routing, sizing, ha, network, security, naming, syntax, reference, suppression, internal. */
    category: string;
    defaultSeverity: Severity;
    docs: RuleDocs;
    /** Its section of the rules reference (docs/rules.md). */
    url: string;
    /** `rule`: a check over the deployment model (language/rules/<category>/); `structural`: reported by the language itself. */
    kind: 'rule' | 'structural';
    /** Whether ece.config.json or the editor's settings may change its severity or turn it off. */
    configurable: boolean;
    /** Whether `// ece-ignore-next-line` may suppress it. */
    suppressible: boolean;
    /** Whether its diagnostics offer a quick-fix. */
    fixable: boolean;
}

let cached: readonly RuleDescriptor[] | undefined;

/** Rules first, in registration order, then the structural ids. */
export function allRuleDescriptors(): readonly RuleDescriptor[] {
    cached ??= [
        ...RULES.map(rule => describe(rule.id, rule.defaultSeverity, rule.docs, 'rule', true, true)),
        ...STRUCTURAL_RULES.map(s => describe(s.id, s.defaultSeverity, s.docs, 'structural', s.configurable, s.suppressible)),
    ];
    return cached;
}

export function findRuleDescriptor(id: string): RuleDescriptor | undefined {
    return allRuleDescriptors().find(d => d.id === id);
}

/** Known ids closest to a misspelt one (edit distance at most a third of its length), best first. */
export function similarRuleIds(id: string, limit = 1): string[] {
    const budget = Math.max(2, Math.floor(id.length / 3));
    // The distance is at least the difference in length: skipping those keeps a huge key from costing length × length.
    return allRuleDescriptors()
        .filter(d => Math.abs(d.id.length - id.length) <= budget)
        .map(d => ({ id: d.id, distance: editDistance(id, d.id) }))
        .filter(c => c.distance <= budget)
        .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map(c => c.id);
}

function describe(id: string, defaultSeverity: Severity, docs: RuleDocs, kind: RuleDescriptor['kind'], configurable: boolean, suppressible: boolean): RuleDescriptor {
    return {
        id, category: id.slice(0, id.indexOf('/')), defaultSeverity, docs, url: ruleDocUrl(id), kind,
        configurable, suppressible, fixable: docs.fix !== undefined,
    };
}

