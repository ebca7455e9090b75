import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { ece, eceExtension, exampleUri, open, waitFor } from './helpers.js';

interface SizeJson {
    deployment: string;
    standardizedAgents: { total: number };
    configuration: { name: string };
}

function markdownPreviewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs)
        .filter(tab => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview'));
}

describe('Sizing report', () => {
    before(async () => {
        await eceExtension();
    });

    it('"ECE: Show Sizing Report" opens the server\'s report of the active deployment in the Markdown preview', async () => {
        await open('integrated-routing/ece.ece');
        const size = await ece<SizeJson>('size', 'integrated-routing', '--json');
        const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('ece.showSizingReport');
        assert.ok(uri, 'the command returns the report it opened');
        const report = await vscode.workspace.openTextDocument(uri);
        const text = report.getText();
        assert.ok(text.startsWith(`# ECE deployment ${size.deployment}`), text.slice(0, 200));
        assert.ok(text.includes(size.configuration.name));
        assert.ok(text.includes(`**${size.standardizedAgents.total}**`), 'the report shows the total in bold');
        assert.match(text, /## Database growth/);
        assert.match(text, /## Routing/);
        const tabs = await waitFor(markdownPreviewTabs, list => list.length > 0, 30_000);
        assert.ok(tabs.length > 0, 'a Markdown preview is open');
    });

    it('"ECE: Export Report as Markdown" writes the same report to a file', async () => {
        const file = exampleUri('integrated-routing/ece.ece');
        const target = exampleUri('integrated-routing-sizing-report.md');
        const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('ece.exportReportMarkdown', file, target);
        assert.equal(written?.fsPath, target.fsPath);
        const markdown = await readFile(target.fsPath, 'utf8');
        const size = await ece<SizeJson>('size', 'integrated-routing', '--json');
        assert.ok(markdown.startsWith(`# ECE deployment ${size.deployment}`));
        assert.match(markdown, /\| Department \| Queue \| MRD \| Script selector \| Targets \| Agents \|/);
    });
});
