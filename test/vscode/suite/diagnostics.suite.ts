import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cliDiagnostics, editorDiagnostics, eceExtension, open, waitFor, workspaceRoot, type CliDiagnostic } from './helpers.js';

/** Every deployment folder of the workspace (a copy of examples/). */
function deploymentFolders(): string[] {
    return readdirSync(workspaceRoot(), { withFileTypes: true })
        .filter(entry => entry.isDirectory() && readdirSync(path.join(workspaceRoot(), entry.name)).some(f => f.endsWith('.ece')))
        .map(entry => entry.name)
        .sort();
}

describe('Diagnostics', () => {
    const seen = new Map<string, CliDiagnostic[]>();

    before(async () => {
        await eceExtension();
    });

    for (const folder of deploymentFolders()) {
        it(`${folder}: the editor shows exactly what \`ece check\` reports`, async () => {
            for (const file of readdirSync(path.join(workspaceRoot(), folder)).filter(f => f.endsWith('.ece')).sort()) {
                await open(path.join(folder, file));
            }
            const expected = await cliDiagnostics(folder);
            const actual = await waitFor(() => editorDiagnostics(folder), d => isDeepStrictEqual(d, expected));
            assert.deepEqual(actual, expected);
            seen.set(folder, actual);
        });
    }

    it('compares real findings: the mistakes example has errors and warnings, the guide\'s scenario none', () => {
        const mistakes = seen.get('mistakes') ?? [];
        assert.ok(mistakes.some(d => d.severity === 'error'), 'mistakes reports an error');
        assert.ok(mistakes.some(d => d.severity === 'warning'), 'mistakes reports a warning');
        assert.ok(mistakes.some(d => d.code === 'routing/email-mrd-interruptible'));
        assert.deepEqual((seen.get('integrated-routing') ?? []).filter(d => d.severity === 'error'), []);
    });
});
