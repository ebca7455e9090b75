/** A real MCP client (the SDK's) talking to `ece mcp WORKSPACE` over stdio, as an agent's host does. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CLI } from './run-cli.js';

export interface McpSession {
    client: Client;
    /** A tool's result; its structured content checked by the client against the tool's output schema. */
    call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
    close(): Promise<void>;
}

/** Starts the server on `workspace`; `nodeArgs` go before the CLI (e.g. `--require` a spy). */
export async function startMcp(workspace: string, options: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<McpSession> {
    const transport = new StdioClientTransport({
        command: process.execPath,
        args: [...(options.nodeArgs ?? []), CLI, 'mcp', workspace],
        env: { ...(process.env as Record<string, string>), ...options.env },
        stderr: 'pipe',
    });
    const client = new Client({ name: 'ece-tests', version: '1.0.0' });
    await client.connect(transport);
    // Listing the tools makes the client validate each result against its tool's output schema.
    await client.listTools();
    return {
        client,
        call: async (name, args = {}) => await client.callTool({ name, arguments: args }) as CallToolResult,
        close: () => client.close(),
    };
}

/** The text of a tool error. */
export function errorText(result: CallToolResult): string {
    if (!result.isError) throw new Error(`expected a tool error, got ${JSON.stringify(result.structuredContent)}`);
    return result.content.map(c => (c.type === 'text' ? c.text : '')).join('\n');
}

/** The structured content of a successful call. */
export function structured<T>(result: CallToolResult): T {
    if (result.isError) throw new Error(`tool error: ${JSON.stringify(result.content)}`);
    return result.structuredContent as T;
}
