import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eceExtension } from './helpers.js';

describe('MCP server for agent mode', () => {
    it('is offered to VS Code wherever VS Code has the API for it (1.101 and later)', async () => {
        const api = await eceExtension();
        const lm = (vscode as unknown as { lm?: { registerMcpServerDefinitionProvider?: unknown } }).lm;
        const offered = typeof lm?.registerMcpServerDefinitionProvider === 'function';
        assert.equal(api.mcpServerRegistered, offered);
        const [major, minor] = vscode.version.split('.').map(Number);
        if (major > 1 || minor >= 101) assert.ok(offered, `VS Code ${vscode.version} has the MCP API`);
    });
});
