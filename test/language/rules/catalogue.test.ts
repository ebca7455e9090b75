/**
 * Keeps the rulebook, the registered rules, their files and their docs in step (as typescript-eslint's
 * and Bicep's catalogue tests do). test/fixtures/rulebook-rules.json is the agreed rule list (docs/decisions.md, "The rules").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRuleDescriptors, findRuleDescriptor } from '../../../language/rules/catalogue.js';
import { findRule, RULES } from '../../../language/rules/index.js';
import { headingSlug, RULES_REFERENCE_URL, SEVERITIES, type Rule } from '../../../language/rules/rule.js';
import { STRUCTURAL_RULES } from '../../../language/rules/structural-rules.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

interface RulebookRule {
    id: string;
    defaultSeverity: string;
    quickFix: boolean;
    firesWhen: string;
}

const RULEBOOK: RulebookRule[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/rulebook-rules.json'), 'utf8')).rules;
const RULES_FOLDER = path.join(REPO_ROOT, 'language/rules');
const STRUCTURAL_IDS = ['syntax/invalid-token', 'syntax/parse-error', 'syntax/unit', 'syntax/number-range', 'reference/unresolved', 'suppression/unused', 'suppression/unknown-rule'];

function isRule(value: unknown): value is Rule {
    const v = value as Partial<Rule> | null;
    return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.defaultSeverity === 'string'
        && typeof v.docs === 'object' && typeof v.check === 'function';
}

/** Every Rule object exported by a file language/rules/<category>/<name>.ts, with that file's expected id. */
async function rulesByFile(): Promise<{ file: string; expectedId: string; rule: Rule }[]> {
    const found: { file: string; expectedId: string; rule: Rule }[] = [];
    for (const category of fs.readdirSync(RULES_FOLDER, { withFileTypes: true }).filter(e => e.isDirectory())) {
        for (const file of fs.readdirSync(path.join(RULES_FOLDER, category.name)).filter(f => f.endsWith('.ts') && f !== 'index.ts')) {
            const module: Record<string, unknown> = await import(pathToFileURL(path.join(RULES_FOLDER, category.name, file)).href);
            for (const value of Object.values(module).filter(isRule)) {
                found.push({ file: `language/rules/${category.name}/${file}`, expectedId: `${category.name}/${file.replace(/\.ts$/, '')}`, rule: value });
            }
        }
    }
    return found;
}

describe('the rulebook\'s rules', () => {
    it('lists the 30 rules of the agreed list once each', () => {
        expect(RULEBOOK.length).toBe(30);
        expect(new Set(RULEBOOK.map(r => r.id)).size).toBe(30);
    });

    it.each(RULEBOOK.map(r => [r.id, r] as const))('%s is registered with the rulebook\'s default severity', (id, entry) => {
        const rule = findRule(id);
        expect(rule, `${id} is not in RULES (language/rules/index.ts)`).toBeDefined();
        expect(rule?.defaultSeverity).toBe(entry.defaultSeverity);
    });

    it.each(RULEBOOK.filter(r => r.quickFix).map(r => [r.id] as const))('%s documents the quick-fix the rulebook names', id => {
        const fix = findRule(id)?.docs.fix;
        expect(fix, `${id}: docs.fix is missing`).toBeTypeOf('string');
        expect(fix?.trim().length).toBeGreaterThan(0);
    });
});

describe('every registered rule', () => {
    it.each(RULES.map(r => [r.id, r] as const))('%s has a summary, a rationale, the guide\'s section and an example that fires', (_id, rule) => {
        for (const field of ['summary', 'rationale', 'guideSection', 'example'] as const) {
            const value = rule.docs[field];
            expect(value, `${rule.id}: docs.${field} is missing`).toBeTypeOf('string');
            expect(value?.trim().length, `${rule.id}: docs.${field} is empty`).toBeGreaterThan(0);
        }
        expect(SEVERITIES).toContain(rule.defaultSeverity);
    });

    it('has an id unique among all rule ids, structural ones included', () => {
        const ids = allRuleDescriptors().map(d => d.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('has an id of the form <category>/<kebab-case-name>, its category being its folder', () => {
        for (const rule of RULES) expect(rule.id, rule.id).toMatch(/^(routing|sizing|ha|network|security|naming)\/[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('lives in language/rules/<category>/<name>.ts where <category>/<name> is its id', async () => {
        const byFile = await rulesByFile();
        const mismatched = byFile.filter(f => f.rule.id !== f.expectedId).map(f => `${f.file} exports ${f.rule.id}`);
        expect(mismatched).toEqual([]);
        const unfiled = RULES.filter(r => !byFile.some(f => f.rule === r)).map(r => r.id);
        expect(unfiled, 'registered rules exported from no category file').toEqual([]);
        const unregistered = byFile.filter(f => !RULES.includes(f.rule)).map(f => f.file);
        expect(unregistered, 'rule files not registered in their category\'s index.ts').toEqual([]);
    });
});

describe('the structural ids', () => {
    it('are all catalogued, with docs and a default severity', () => {
        for (const id of STRUCTURAL_IDS) {
            const descriptor = findRuleDescriptor(id);
            expect(descriptor?.kind, id).toBe('structural');
            expect(descriptor?.docs.summary.length, id).toBeGreaterThan(0);
            expect(descriptor?.docs.rationale.length, id).toBeGreaterThan(0);
        }
        expect(STRUCTURAL_RULES.filter(s => s.id.startsWith('syntax/')).map(s => [s.id, s.configurable, s.suppressible])).toEqual([
            ['syntax/invalid-token', false, false], ['syntax/parse-error', false, false], ['syntax/unit', false, false],
            ['syntax/number-range', false, false],
        ]);
        expect(STRUCTURAL_RULES.filter(s => s.id.startsWith('internal/')).map(s => [s.id, s.defaultSeverity, s.configurable, s.suppressible]))
            .toEqual([['internal/rule-failed', 'error', false, false]]);
    });
});

describe('allRuleDescriptors', () => {
    it('lists every rulebook id, every registered rule and every structural id, with its reference URL', () => {
        const descriptors = allRuleDescriptors();
        expect(descriptors.map(d => d.id)).toEqual([...RULES.map(r => r.id), ...STRUCTURAL_RULES.map(s => s.id)]);
        for (const entry of RULEBOOK) expect(descriptors.map(d => d.id)).toContain(entry.id);
        const queueNaming = descriptors.find(d => d.id === 'routing/email-mrd-interruptible');
        expect(queueNaming).toMatchObject({
            category: 'routing', defaultSeverity: 'error', kind: 'rule', configurable: true, suppressible: true, fixable: true,
            url: `${RULES_REFERENCE_URL}#routingemail-mrd-interruptible`,
        });
        for (const d of descriptors) expect(d.url).toBe(`${RULES_REFERENCE_URL}#${headingSlug(d.id)}`);
    });

    it('gives anchors as GitHub slugs its headings: lower case, punctuation but - and _ dropped', () => {
        expect(headingSlug('routing/queue-naming')).toBe('routingqueue-naming');
        expect(headingSlug('`sizing/agents-per-application-server`')).toBe('sizingagents-per-application-server');
        expect(headingSlug('Configuring severities')).toBe('configuring-severities');
        expect(headingSlug('Snake_Case/Name')).toBe('snake_casename');
    });
});
