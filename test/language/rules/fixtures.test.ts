/**
 * The fixture contract: for every rule of the agreed list (docs/decisions.md, "The rules"), and every other registered rule,
 * test/fixtures/rules/<id>/fires/ is a deployment on which the rule fires exactly once, and passes/ a
 * near-identical one on which it does not. Both are otherwise well-formed: no syntax errors and no
 * reference errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { RULES } from '../../../language/rules/index.js';
import type { Severity } from '../../../language/rules/rule.js';
import { checkFolder, REPO_ROOT } from '../../helpers/check-folder.js';
import { ruleFixture } from '../../helpers/sample-deployment.js';

interface RulebookRule {
    id: string;
    defaultSeverity: Severity;
}

const RULEBOOK: RulebookRule[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/rulebook-rules.json'), 'utf8')).rules;
/** The rulebook's rules at the rulebook's severity, then the registered rules it does not list (naming/*). */
const FIXTURE_RULES: RulebookRule[] = [...RULEBOOK, ...RULES.filter(r => !RULEBOOK.some(b => b.id === r.id))];
const LSP_SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

function fixture(id: string, kind: 'fires' | 'passes'): string {
    const folder = ruleFixture(id, kind);
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter(f => f.endsWith('.ece')) : [];
    expect(files.length, `${path.relative(REPO_ROOT, folder)} holds no .ece file`).toBeGreaterThan(0);
    return folder;
}

function malformed(codes: readonly string[]): string[] {
    return codes.filter(c => c.startsWith('syntax/') || c.startsWith('reference/'));
}

describe.each(FIXTURE_RULES.map(r => [r.id, r] as const))('%s', (id, rule) => {
    it('fires exactly once on its fires/ fixture, at its default severity', async () => {
        const { diagnostics, codes } = await checkFolder(fixture(id, 'fires'));
        expect(malformed(codes), 'the fixture has syntax or reference errors').toEqual([]);
        const own = diagnostics.filter(d => d.code === id);
        expect(own.length, `${id} fires ${own.length} times; reported: ${codes.join(', ') || 'nothing'}`).toBe(1);
        expect(own[0].severity).toBe(LSP_SEVERITY[rule.defaultSeverity]);
    });

    it('does not fire on its passes/ fixture', async () => {
        const { diagnostics, codes } = await checkFolder(fixture(id, 'passes'));
        expect(malformed(codes), 'the fixture has syntax or reference errors').toEqual([]);
        expect(diagnostics.filter(d => d.code === id).map(d => `${d.file}:${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });
});
