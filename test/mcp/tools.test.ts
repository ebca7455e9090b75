/**
 * `ece mcp` driven by the SDK's client over stdio: the tools, their JSON against the CLI's own
 * (`ece … --json`, run as a process), what-if, the references, bad arguments and paths outside the workspace.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { errorText, startMcp, structured, type McpSession } from '../helpers/mcp-client.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const DEPLOYMENTS = ['blended-400', 'distributed-1500', 'growing-400', 'integrated-routing', 'mistakes'];
const TOOLS = ['check', 'diff', 'explain-rule', 'growth', 'list-deployments', 'routes', 'rules', 'size', 'what-if'];

interface Figures {
    configuration: { name: string };
    standardizedAgents: { chat: number; total: number };
}

interface WhatIf {
    whatIfFile: string;
    replaced: { file: string; line: number; text: string }[];
    changes: { figure: string; before: unknown; after: unknown }[];
    before: { size: Figures; summary: { errors: number } };
    after: { size: Figures; diagnostics: { file: string; code: string }[] };
}

let mcp: McpSession;
const temporary: string[] = [];

beforeAll(async () => {
    mcp = await startMcp(EXAMPLES);
});

afterAll(async () => {
    await mcp.close();
    temporary.forEach(dir => fs.rmSync(dir, { recursive: true, force: true }));
});

function snapshot(folder: string): Record<string, string> {
    return Object.fromEntries(fs.readdirSync(folder).map(name => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

describe('ece mcp, as an MCP client sees it', () => {
    it('lists every tool with a description, an input schema and an output schema, all read-only', async () => {
        const { tools } = await mcp.client.listTools();
        expect(tools.map(t => t.name).sort()).toEqual(TOOLS);
        for (const tool of tools) {
            expect(tool.description?.length, tool.name).toBeGreaterThan(80);
            expect(tool.inputSchema.type, tool.name).toBe('object');
            expect(tool.outputSchema?.type, tool.name).toBe('object');
            expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
        }
        const size = tools.find(t => t.name === 'size');
        expect(size?.inputSchema.required).toEqual(['path']);
    });

    it.each(DEPLOYMENTS)('size, growth and routes of examples/%s equal the CLI\'s JSON', async name => {
        const folder = path.join('examples', name);
        expect(structured(await mcp.call('size', { path: name }))).toEqual(runCliJson(['size', folder, '--json']));
        expect(structured(await mcp.call('growth', { path: name }))).toEqual(runCliJson(['growth', folder, '--json']));
        expect(structured(await mcp.call('routes', { path: `${name}/ece.ece` }))).toEqual({ routes: runCliJson(['routes', folder, '--json']) });
    }, 120_000);

    it('diff of two deployments equals `ece diff --format json`', async () => {
        const diff = structured<{ crossesConfigurationLimit: boolean }>(await mcp.call('diff', { base: 'blended-400', head: 'growing-400' }));
        expect(diff).toEqual(runCliJson(['diff', 'blended-400', 'growing-400', '--format', 'json'], EXAMPLES));
        expect(diff.crossesConfigurationLimit).toBe(false);
        expect(errorText(await mcp.call('diff', { base: 'blended-400' }))).toMatch(/head/);
    }, 120_000);

    it('growth over a given horizon equals `ece growth --months`', async () => {
        const growth = structured<{ projection: unknown[] }>(await mcp.call('growth', { path: 'blended-400', months: 60 }));
        expect(growth.projection).toHaveLength(60);
        expect(growth).toEqual(runCliJson(['growth', 'examples/blended-400', '--months', '60', '--json']));
    }, 60_000);

    it('check equals `ece check --format json` run in the workspace, each diagnostic with its rule id and documentation link', async () => {
        const check = structured<{ diagnostics: { code: string; url: string; file: string }[] }>(await mcp.call('check'));
        expect(check).toEqual(runCliJson(['check', '.', '--format', 'json'], EXAMPLES));
        expect(check.diagnostics.length).toBeGreaterThan(0);
        for (const d of check.diagnostics) {
            expect(d.url).toBe(`https://github.com/ece-design-as-code/ece-design-as-code/blob/main/docs/rules.md#${d.code.replace('/', '')}`);
        }
        expect(structured(await mcp.call('check', { path: 'mistakes' }))).toEqual(runCliJson(['check', 'mistakes', '--format', 'json'], EXAMPLES));
    }, 60_000);

    it('list-deployments gives each deployment\'s path, name, configuration and counts, as size and check give them', async () => {
        const { deployments } = structured<{ deployments: { path: string; name: string; files: string[]; configuration: string; standardizedAgents: number; summary: unknown }[] }>(
            await mcp.call('list-deployments'));
        expect(deployments.map(d => d.path)).toEqual(DEPLOYMENTS);
        const blended = deployments[0];
        expect(blended).toMatchObject({ name: 'Blended_400', files: ['ece.ece', 'ucce.ece'], configuration: '400-agent', standardizedAgents: 360 });
        expect(blended.summary).toEqual(runCliJson<{ summary: unknown }>(['check', 'blended-400', '--format', 'json'], EXAMPLES).summary);
    }, 60_000);

    it('rules equals `ece rules --json`; explain-rule adds the rule\'s documentation', async () => {
        const cli = runCliJson<{ id: string }[]>(['rules', '--json']);
        expect(structured(await mcp.call('rules'))).toEqual({ rules: cli });
        const explained = structured<{ id: string; rationale: string; example: string | null }>(await mcp.call('explain-rule', { id: 'routing/queue-naming' }));
        expect(explained).toMatchObject(cli.find(r => r.id === 'routing/queue-naming') ?? {});
        const reference = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
        expect(reference).toContain(explained.rationale);
        expect(reference).toContain(explained.example);
    });

    it('serves the rules reference, the language reference and the guide for agents as they are in docs/', async () => {
        const { resources } = await mcp.client.listResources();
        expect(resources.map(r => r.uri).sort()).toEqual(['ece://docs/ai', 'ece://docs/language', 'ece://docs/rules']);
        for (const [uri, file] of [['ece://docs/ai', 'ai.md'], ['ece://docs/language', 'language.md'], ['ece://docs/rules', 'rules.md']]) {
            const { contents } = await mcp.client.readResource({ uri });
            expect(contents).toEqual([{ uri, mimeType: 'text/markdown', text: fs.readFileSync(path.join(REPO_ROOT, 'docs', file), 'utf8') }]);
        }
    });
});

describe('what-if', () => {
    it('adding 300 chat agents to examples/blended-400 takes it from the 400-agent to the 1500-agent configuration, writing nothing', async () => {
        const folder = path.join(EXAMPLES, 'blended-400');
        const files = snapshot(folder);
        const result = structured<WhatIf>(await mcp.call('what-if', { path: 'blended-400', text: 'load profile {\n    chat 300 agents at 2 concurrent chats\n}\n' }));
        expect(snapshot(folder)).toEqual(files);
        expect(result.before.size).toEqual(runCliJson(['size', 'examples/blended-400', '--json']));
        expect(result.before.size.configuration.name).toBe('400-agent');
        expect(result.after.size.configuration.name).toBe('1500-agent');
        expect(result.after.size.standardizedAgents).toMatchObject({ chat: 800, total: 960 });
        expect(result.replaced).toEqual([]);
        expect(result.changes).toEqual(expect.arrayContaining([
            { figure: 'size.configuration.name', before: '400-agent', after: '1500-agent' },
            { figure: 'size.standardizedAgents.total', before: 360, after: 960 },
            { figure: 'size.applicationServersNeeded', before: 1, after: 5 },
            { figure: 'size.applicationServersForLoad', before: 1, after: 3 },
        ]));
        // The declared 400-agent topology no longer fits: the checker says so, about the deployment's own files.
        expect(result.before.summary.errors).toBe(0);
        expect(result.after.diagnostics.map(d => d.code)).toContain('sizing/topology-below-configuration');
    }, 60_000);

    it('a declaration replaces the one of the same kind and name; load lines replace their channel\'s with loadLines "replace"', async () => {
        const server = structured<WhatIf>(await mcp.call('what-if', {
            path: 'blended-400', text: 'server ECE_WEB_1 {\n    roles web\n    in dmz\n    weight 2\n}\n',
        }));
        expect(server.replaced).toEqual([{ file: 'blended-400/ece.ece', line: 49, text: 'server ECE_WEB_1 { roles web in dmz }' }]);
        expect(server.after.diagnostics.map(d => d.code)).not.toContain('naming/duplicate');
        const added = structured<WhatIf>(await mcp.call('what-if', { path: 'blended-400/ucce.ece', text: 'server ECE_APP_2 { roles application }' }));
        expect(added.replaced).toEqual([]);
        expect(added.changes).toContainEqual({ figure: 'size.applicationServersDeclared', before: 1, after: 2 });
        const replaced = structured<WhatIf>(await mcp.call('what-if', {
            path: 'blended-400', text: 'load profile { chat 400 agents at 2 concurrent chats }', loadLines: 'replace',
        }));
        expect(replaced.replaced).toEqual([{ file: 'blended-400/ece.ece', line: 37, text: 'chat 100 agents at 2 concurrent chats' }]);
        expect(replaced.after.size.standardizedAgents).toMatchObject({ chat: 800, total: 960 });
    }, 60_000);

    it('answers text that is not valid .ece with the syntax errors', async () => {
        const text = errorText(await mcp.call('what-if', { path: 'blended-400', text: 'load profile { chat many agents }' }));
        expect(text).toMatch(/^The what-if text is not valid \.ece/);
        expect(text).toContain('line 1, column');
    }, 60_000);
});

describe('bad arguments and paths outside the workspace', () => {
    it.each([
        ['size', {}, 'path is required: a deployment folder, or an .ece file in it'],
        ['growth', { path: 'blended-400', months: 0 }, 'months must be a whole number of months from 1 to 1200.'],
        ['growth', { path: 'blended-400', months: 'soon' }, 'months must be a whole number of months from 1 to 1200.'],
        ['what-if', { path: 'blended-400' }, 'text is required: .ece declarations'],
        ['what-if', { path: 'blended-400', text: 'agent X', loadLines: 'merge' }, 'loadLines must be "add" or "replace".'],
        ['explain-rule', { id: 'routing/queue-namin' }, 'There is no rule \'routing/queue-namin\'. Did you mean \'routing/queue-naming\'?'],
        ['size', { path: 'nowhere' }, '\'nowhere\' does not exist in the workspace.'],
        ['size', { path: 'README.md' }, 'README.md: not an .ece file'],
        ['size', { path: '..' }, '\'..\' is outside the workspace'],
        ['check', { path: '../package.json' }, '\'../package.json\' is outside the workspace'],
        ['routes', { path: '/etc' }, '\'/etc\' is outside the workspace'],
    ])('%s %j is a tool error in plain words', async (tool, args, words) => {
        expect(errorText(await mcp.call(tool, args))).toContain(words);
    });

    it('refuses a link that leads out of the workspace', async () => {
        const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-mcp-')));
        const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ece-mcp-outside-')));
        temporary.push(root, outside);
        fs.cpSync(path.join(EXAMPLES, 'blended-400'), path.join(outside, 'secret'), { recursive: true });
        fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'linked'));
        const session = await startMcp(root);
        try {
            expect(errorText(await session.call('size', { path: 'linked' }))).toContain('\'linked\' is outside the workspace');
            expect(errorText(await session.call('size', { path: path.join(outside, 'secret') }))).toContain('is outside the workspace');
        } finally {
            await session.close();
        }
    }, 60_000);
});

describe('ece mcp on the command line', () => {
    it.each(['nowhere', 'README.md'])('refuses a workspace that is not a folder (%s) with exit code 2', workspace => {
        expect(runCli(['mcp', workspace])).toEqual({ status: 2, stdout: '', stderr: `ece: ${workspace}: not a folder; ece mcp serves a workspace folder\n` });
    });
});
