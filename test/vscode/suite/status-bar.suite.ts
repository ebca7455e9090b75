import * as assert from 'node:assert/strict';
import { ece, eceExtension, open, waitFor } from './helpers.js';

interface SizeJson {
    deployment: string;
    standardizedAgents: { total: number };
    configuration: { name: string };
}

async function expectedText(folder: string): Promise<string> {
    const size = await ece<SizeJson>('size', folder, '--json');
    return `$(server-environment) ${size.deployment}: ${size.standardizedAgents.total.toLocaleString('en-US')} std agents · ${size.configuration.name}`;
}

describe('Status bar', () => {
    it('shows the active file\'s deployment, its standardized agents and configuration, and follows the active editor', async () => {
        const api = await eceExtension();
        for (const [folder, file] of [['integrated-routing', 'ucce.ece'], ['distributed-1500', 'topology.ece'], ['blended-400', 'ece.ece']]) {
            await open(`${folder}/${file}`);
            const expected = await expectedText(folder);
            assert.equal(await waitFor(() => api.statusBarText(), text => text === expected, 30_000), expected);
        }
    });

    it('has an accessible label in plain words, without Markdown', async () => {
        const api = await eceExtension();
        await open('integrated-routing/ece.ece');
        const size = await ece<SizeJson>('size', 'integrated-routing', '--json');
        const label = await waitFor(() => api.statusBarAccessibleLabel() ?? '', text => text.includes(size.deployment), 30_000);
        assert.ok(label.startsWith(`ECE deployment ${size.deployment}: ${size.standardizedAgents.total.toLocaleString('en-US')} standardized agents, ${size.configuration.name} configuration`), label);
        assert.doesNotMatch(label, /\*\*|`|\$\(/, 'no Markdown, no icon syntax');
    });
});
