/**
 * What a tool is here: a name, a description a model can act on, input and output schemas, and a
 * function from checked arguments to the same JSON as the CLI. `registerTool` adds one to the server
 * and answers every bad argument or unusable input with a tool error in plain words.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import { InputError } from '../../../language/workspace/load-workspace.js';
import { UsageError } from '../../errors.js';
import { ToolError } from '../tool-error.js';
import type { WorkspaceAccess } from '../workspace-access.js';

export interface EceTool<I extends z.ZodObject, O extends z.ZodObject> {
    name: string;
    title: string;
    description: string;
    input: I;
    output: O;
    run(args: z.output<I>, workspace: WorkspaceAccess): Promise<z.input<O>> | z.input<O>;
}

/** Keeps a tool's types (its `run` returns what its output schema describes) when it is listed with others. */
export function tool<I extends z.ZodObject, O extends z.ZodObject>(definition: EceTool<I, O>): EceTool<I, O> {
    return definition;
}

/**
 * The SDK types a handler's arguments through its own zod compatibility layer, which a generic `I` does not
 * narrow to `z.output<I>`, hence the cast of the handler; the SDK has parsed them with `definition.input`.
 */
export function registerTool<I extends z.ZodObject, O extends z.ZodObject>(server: McpServer, workspace: WorkspaceAccess, definition: EceTool<I, O>): void {
    server.registerTool(definition.name, {
        title: definition.title,
        description: definition.description,
        inputSchema: definition.input,
        outputSchema: definition.output,
        // Every tool only reads the workspace (docs/security.md).
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    }, (async (args: z.output<I>): Promise<CallToolResult> => {
        try {
            const structuredContent = await definition.run(args, workspace) as Record<string, unknown>;
            return { content: [{ type: 'text', text: JSON.stringify(structuredContent, null, 2) }], structuredContent };
        } catch (error) {
            return { content: [{ type: 'text', text: plainWords(error, workspace) }], isError: true };
        }
    }) as Parameters<McpServer['registerTool']>[2]);
}

/** The message of a problem the agent can act on; paths shown relative to the workspace, as the agent gave them. */
function plainWords(error: unknown, workspace: WorkspaceAccess): string {
    if (error instanceof ToolError || error instanceof InputError || error instanceof UsageError) {
        return error.message.split(`${workspace.root}/`).join('');
    }
    return `Internal error of the ECE checker: ${error instanceof Error ? error.message : String(error)}`;
}
