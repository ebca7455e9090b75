/** The examples' README says what `ece check` reports on each example; this keeps the two in step. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/check-folder.js';
import { runCliJson } from './helpers/run-cli.js';

interface CheckJson {
    diagnostics: { severity: string; code: string }[];
    summary: { errors: number; warnings: number; infos: number; hints: number };
}

/** One line per example, in the form the README writes it. */
function reportedLine(example: string): string {
    const { diagnostics, summary: s } = runCliJson<CheckJson>(['check', `examples/${example}`, '--format', 'json']);
    const counts = new Map<string, number>();
    for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    const rules = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => (n > 1 ? `${code} ×${n}` : code));
    return `\`ece check examples/${example}\`: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info, ${s.hints} hints`
        + (rules.length > 0 ? ` (${rules.join(', ')})` : '');
}

describe('examples', () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'examples/README.md'), 'utf-8');
    const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name);

    it('has the five examples the project promises', () => {
        expect(examples.sort()).toEqual(['blended-400', 'distributed-1500', 'growing-400', 'integrated-routing', 'mistakes']);
    });

    for (const example of examples) {
        it(`${example}: the README states what ece check reports`, () => {
            expect(readme).toContain(reportedLine(example));
        });
    }
});
