import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isDeepStrictEqual } from 'node:util';
import type { CodeAction as LspCodeAction } from 'vscode-languageclient/node.js';
import { cliDiagnostics, eceExtension, editorDiagnostics, open, waitFor } from './helpers.js';

const RULE = 'routing/email-mrd-interruptible';

function ruleDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(d => String(typeof d.code === 'object' ? d.code.value : d.code) === RULE);
}

describe('Quick-fixes', () => {
    before(async () => {
        await eceExtension();
    });

    it(`${RULE}: the fix is offered on the diagnostic, applied, and the checker agrees it is gone`, async () => {
        const editor = await open('mistakes/ucce.ece');
        const uri = editor.document.uri;
        const [diagnostic] = await waitFor(() => ruleDiagnostics(uri), list => list.length === 1);
        assert.ok(diagnostic, `${RULE} is reported`);
        assert.equal(editor.document.getText(diagnostic.range), 'non-interruptible');

        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        // The rule's own repair is the preferred quick-fix (the others only silence the rule).
        const fix = actions.find(a => a.isPreferred && a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
        assert.ok(fix?.edit, `a preferred quick-fix for ${RULE} among: ${actions.map(a => a.title).join('; ')}`);
        assert.match(fix.title, /non-interruptible.*Email_MRD/);

        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.ok(await editor.document.save());
        assert.ok(!editor.document.getText().includes('non-interruptible'));

        assert.deepEqual(await waitFor(() => ruleDiagnostics(uri), list => list.length === 0), []);
        // The saved file, checked again from disk by the CLI, matches the editor, without that finding.
        const expected = await cliDiagnostics('mistakes');
        assert.ok(!expected.some(d => d.code === RULE));
        assert.deepEqual(await waitFor(() => editorDiagnostics('mistakes'), d => isDeepStrictEqual(d, expected)), expected);
    });

    it('where a rule has no fix, the lightbulb shows a disabled quick-fix with the reason (routing/queue-naming, routing/queue-script-mismatch)', async () => {
        const editor = await open('mistakes/ece.ece');
        const uri = editor.document.uri;
        const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
        for (const [rule, line, reason] of [
            ['routing/queue-naming', 7, /another queue already has/],
            ['routing/queue-script-mismatch', 10, /share it across departments/],
            ['routing/queue-without-agents', 20, /staffing decision/],
        ] as const) {
            const diagnostics = await waitFor(() => vscode.languages.getDiagnostics(uri).filter(d => codeOf(d) === rule && d.range.start.line === line - 1), list => list.length === 1);
            assert.equal(diagnostics.length, 1, `${rule} at line ${line}`);
            // VS Code's executeCodeActionProvider drops disabled actions (its lightbulb greys them out):
            // ask the server through the extension's own client, which advertises `disabledSupport`.
            const client = (await eceExtension()).languageClient()!;
            const c2p = client.code2ProtocolConverter;
            const actions = (await client.sendRequest<LspCodeAction[] | null>('textDocument/codeAction', {
                textDocument: { uri: c2p.asUri(uri) },
                range: c2p.asRange(diagnostics[0].range),
                context: { diagnostics: await c2p.asDiagnostics(diagnostics), only: ['quickfix'] },
            })) ?? [];
            const disabled = actions.filter(a => a.disabled);
            assert.equal(disabled.length, 1, `one disabled action for ${rule} among: ${actions.map(a => a.title).join('; ')}`);
            assert.match(disabled[0].disabled?.reason ?? '', reason);
            assert.equal(actions.filter(a => a.isPreferred && a.edit).length, 0, 'and no fix');
        }
    });
});
