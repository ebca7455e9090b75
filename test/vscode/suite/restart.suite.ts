import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node.js';
import { eceExtension, hoverText, open, positionOf, waitFor } from './helpers.js';

describe('Restart', () => {
    it('"ECE: Restart Language Server" brings the server back with hovers and the status bar', async () => {
        const api = await eceExtension();
        const before = api.languageClient();
        assert.equal(before?.state, State.Running);
        await vscode.commands.executeCommand('ece.restartLanguageServer');
        assert.equal(api.languageClient()?.state, State.Running);

        const editor = await open('integrated-routing/ece.ece');
        const position = positionOf(editor.document, 'Integrated_Routing_Example', 'deployment ');
        const hovers = await waitFor(
            () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position),
            list => list.length > 0, 30_000);
        assert.match(hoverText(hovers), /Integrated_Routing_Example/);
        assert.match(await waitFor(() => api.statusBarText() ?? '', text => text.includes('Integrated_Routing_Example'), 30_000), /std agents/);
    });
});
