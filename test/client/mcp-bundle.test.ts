/**
 * The MCP server as the extension ships it: bundled by client/bundle.mjs into one CJS file, laid out as
 * in the installed extension (package.json, dist/mcp/main.cjs, docs/), run by Node as VS Code runs it,
 * and driven by the SDK's client.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MCP_SERVER_MODULE } from '../../client/mcp-definition.js';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { runCliJson } from '../helpers/run-cli.js';

let extension: string;

beforeAll(() => {
    extension = fs.mkdtempSync(path.join(os.tmpdir(), 'ece-extension-'));
    const bundle = spawnSync(process.execPath, ['client/bundle.mjs', `--outdir=${path.join(extension, 'dist')}`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(bundle.status, bundle.stderr).toBe(0);
    fs.mkdirSync(path.join(extension, 'docs'));
    for (const file of ['package.json', 'docs/ai.md', 'docs/language.md']) fs.copyFileSync(path.join(REPO_ROOT, file), path.join(extension, file));
}, 120_000);

afterAll(() => fs.rmSync(extension, { recursive: true, force: true }));

describe('the bundled MCP server', () => {
    it('serves the workspace with the same figures as the CLI, and its references', async () => {
        const transport = new StdioClientTransport({
            command: process.execPath, args: [path.join(extension, MCP_SERVER_MODULE), path.join(REPO_ROOT, 'examples')], stderr: 'pipe',
        });
        const client = new Client({ name: 'ece-tests', version: '1.0.0' });
        await client.connect(transport);
        try {
            expect(client.getServerVersion()).toMatchObject({ name: 'ece', version: JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version });
            const { tools } = await client.listTools();
            expect(tools).toHaveLength(9);
            const size = await client.callTool({ name: 'size', arguments: { path: 'distributed-1500' } });
            expect(size.structuredContent).toEqual(runCliJson(['size', 'examples/distributed-1500', '--json']));
            const guide = await client.readResource({ uri: 'ece://docs/ai' });
            expect(guide.contents).toEqual([{ uri: 'ece://docs/ai', mimeType: 'text/markdown', text: fs.readFileSync(path.join(REPO_ROOT, 'docs/ai.md'), 'utf8') }]);
        } finally {
            await client.close();
        }
    }, 60_000);
});
