import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ece, eceExtension, hoverText, open, positionOf, waitFor } from './helpers.js';

interface SizeJson {
    deployment: string;
    standardizedAgents: { email: number; chat: number; callback: number; total: number };
    configuration: { name: string; ova: string | null };
}

interface RouteJson {
    queue: string;
    mrd: string | null;
    script: string | null;
    skillGroups: string[];
    agents: string[];
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
    // The server answers hovers once the folder is linked; until then the list may be empty.
    const hovers = await waitFor(
        () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position),
        list => list.length > 0, 30_000);
    return hoverText(hovers);
}

describe('Hovers', () => {
    before(async () => {
        await eceExtension();
    });

    it('over the deployment name: its standardized agents and configuration, as `ece size` computes them', async () => {
        const editor = await open('integrated-routing/ece.ece');
        const size = await ece<SizeJson>('size', 'integrated-routing', '--json');
        const text = await hoverAt(editor.document.uri, positionOf(editor.document, size.deployment, 'deployment '));
        assert.match(text, new RegExp(size.deployment));
        assert.ok(text.includes(size.configuration.name), `hover names ${size.configuration.name}:\n${text}`);
        assert.ok(text.includes(String(size.standardizedAgents.total)), `hover shows ${size.standardizedAgents.total} agents:\n${text}`);
        assert.match(text, /standardized/i);
    });

    it('over a queue: its MRD, script selector, skill groups and the agents who service it, as `ece routes` lists them', async () => {
        const editor = await open('integrated-routing/ece.ece');
        const routes = await ece<RouteJson[]>('routes', 'integrated-routing', '--json');
        const route = routes[0];
        assert.ok(route.agents.length > 0 && route.mrd && route.script);
        const text = await hoverAt(editor.document.uri, positionOf(editor.document, route.queue, 'queue '));
        for (const expected of [route.queue, route.mrd, route.script, ...route.skillGroups, ...route.agents]) {
            assert.ok(text.includes(expected), `queue hover mentions ${expected}:\n${text}`);
        }
    });
});
