/**
 * The fixture contract (issue 3): for every rule of RULEBOOK §4, test/fixtures/rules/<id>/fires/ is a
 * deployment on which the rule fires, and passes/ a near-identical one on which it does not. Both are
 * otherwise well-formed: no syntax errors and no unresolved references.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkFolder, REPO_ROOT } from '../../helpers/check-folder.js';

interface RulebookRule {
    id: string;
    defaultSeverity: 'error' | 'warning' | 'info' | 'hint';
}

const RULEBOOK: RulebookRule[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/rulebook-rules.json'), 'utf8')).rules;
const LSP_SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

function fixture(id: string, kind: 'fires' | 'passes'): string {
    const folder = path.join(REPO_ROOT, 'test/fixtures/rules', id, kind);
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter(f => f.endsWith('.ece')) : [];
    expect(files.length, `${path.relative(REPO_ROOT, folder)} holds no .ece file`).toBeGreaterThan(0);
    return folder;
}

function malformed(codes: readonly string[]): string[] {
    return codes.filter(c => c.startsWith('syntax/') || c === 'reference/unresolved');
}

describe.each(RULEBOOK.map(r => [r.id, r] as const))('%s', (id, rule) => {
    it('fires on its fires/ fixture, at its default severity', async () => {
        const { diagnostics, codes } = await checkFolder(fixture(id, 'fires'));
        expect(malformed(codes), 'the fixture has syntax or reference errors').toEqual([]);
        const own = diagnostics.filter(d => d.code === id);
        expect(own.length, `${id} does not fire; reported: ${codes.join(', ') || 'nothing'}`).toBeGreaterThan(0);
        expect(own.map(d => d.severity)).toEqual(own.map(() => LSP_SEVERITY[rule.defaultSeverity]));
    });

    it('does not fire on its passes/ fixture', async () => {
        const { diagnostics, codes } = await checkFolder(fixture(id, 'passes'));
        expect(malformed(codes), 'the fixture has syntax or reference errors').toEqual([]);
        expect(diagnostics.filter(d => d.code === id).map(d => `${d.file}:${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });
});
