/**
 * `ece mcp`: a Model Context Protocol server on stdio over the same engine as the CLI, so that a coding
 * agent asks the checker instead of guessing. Read-only, confined to one workspace folder, no process
 * started, no socket beyond stdio (docs/security.md); docs/ai.md tells agents how to use it.
 */
import * as fs from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { registerResources } from './resources.js';
import { check, growth, listDeployments, routes, size } from './tools/deployment-tools.js';
import { explainRule, rules } from './tools/rule-tools.js';
import { diff } from './tools/diff-tool.js';
import { registerTool } from './tools/tool.js';
import { whatIfTool } from './tools/what-if-tool.js';
import { WorkspaceAccess } from './workspace-access.js';

const INSTRUCTIONS = 'Tools over Cisco ECE 12.0 deployments written as .ece files (one deployment per folder). '
    + 'Start with list-deployments; check, size, growth and routes read a deployment; what-if evaluates proposed .ece text '
    + 'in memory before you write it. Read the ece://docs/ai resource before writing .ece.';

export function createMcpServer(workspaceFolder: string): McpServer {
    const workspace = new WorkspaceAccess(workspaceFolder);
    const server = new McpServer({ name: 'ece', title: 'ECE Design-as-Code', version: VERSION }, { instructions: INSTRUCTIONS });
    registerTool(server, workspace, listDeployments);
    registerTool(server, workspace, check);
    registerTool(server, workspace, size);
    registerTool(server, workspace, growth);
    registerTool(server, workspace, routes);
    registerTool(server, workspace, diff);
    registerTool(server, workspace, rules);
    registerTool(server, workspace, explainRule);
    registerTool(server, workspace, whatIfTool);
    registerResources(server);
    return server;
}

/** Serves the workspace on stdin/stdout until stdin closes. Paths in answers are relative to the workspace. */
export async function serveMcp(workspaceFolder: string): Promise<void> {
    const stat = fs.statSync(workspaceFolder, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) throw new UsageError(`${workspaceFolder}: not a folder; ece mcp serves a workspace folder`);
    const server = createMcpServer(workspaceFolder);
    // Diagnostics name their files relative to the current folder, as `ece check` run in the workspace does.
    process.chdir(fs.realpathSync(workspaceFolder));
    const transport = new StdioServerTransport();
    process.stdin.on('end', () => void server.close());
    await server.connect(transport);
}
