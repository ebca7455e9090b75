/**
 * Offers `ece mcp` to VS Code's agent mode, one server per workspace folder, where VS Code has the API
 * for it (`vscode.lm.registerMcpServerDefinitionProvider`, VS Code 1.101). The extension's engine is
 * VS Code 1.82, whose types know nothing of it: the few members used are declared here and looked
 * for at run time, so that older VS Code runs the extension as before.
 */
import * as vscode from 'vscode';
import { MCP_PROVIDER_ID, MCP_SERVER_MODULE } from './mcp-definition.js';

/** VS Code 1.101's `McpStdioServerDefinition`. */
interface McpStdioServerDefinition {
    cwd?: vscode.Uri;
}

interface McpApi {
    McpStdioServerDefinition?: new (label: string, command: string, args?: string[], env?: Record<string, string | number | null>, version?: string) => McpStdioServerDefinition;
    lm?: {
        registerMcpServerDefinitionProvider?(id: string, provider: {
            onDidChangeMcpServerDefinitions?: vscode.Event<void>;
            provideMcpServerDefinitions(token: vscode.CancellationToken): vscode.ProviderResult<McpStdioServerDefinition[]>;
        }): vscode.Disposable;
    };
}

/** Registers the provider when VS Code has the API; returns whether it did. */
export function registerMcpServer(context: vscode.ExtensionContext): boolean {
    const api = vscode as unknown as McpApi;
    const Definition = api.McpStdioServerDefinition;
    const register = api.lm?.registerMcpServerDefinitionProvider;
    if (!Definition || !register) return false;
    try {
        provide(context, Definition, register.bind(api.lm));
        return true;
    } catch (error) {
        // A VS Code whose API differs from 1.101's: the extension goes on without the MCP server.
        console.error(`ECE: the MCP server was not registered: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    }
}

type Register = NonNullable<NonNullable<McpApi['lm']>['registerMcpServerDefinitionProvider']>;
type DefinitionClass = NonNullable<McpApi['McpStdioServerDefinition']>;

function provide(context: vscode.ExtensionContext, Definition: DefinitionClass, register: Register): void {
    const changed = new vscode.EventEmitter<void>();
    const module = context.asAbsolutePath(MCP_SERVER_MODULE);
    const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '');
    context.subscriptions.push(
        changed,
        vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()),
        register(MCP_PROVIDER_ID, {
            onDidChangeMcpServerDefinitions: changed.event,
            provideMcpServerDefinitions: () => (vscode.workspace.workspaceFolders ?? [])
                .filter(folder => folder.uri.scheme === 'file')
                .map(folder => {
                    // The extension host's own executable runs the bundle: VS Code's Electron as Node, or Node itself.
                    const definition = new Definition(`ECE: ${folder.name}`, process.execPath, [module, folder.uri.fsPath],
                        { ELECTRON_RUN_AS_NODE: '1' }, version);
                    definition.cwd = folder.uri;
                    return definition;
                }),
        }),
    );
}
