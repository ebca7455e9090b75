/** The MCP server the extension offers to VS Code's agent mode: the provider id contributed in package.json, and the bundle it runs. */
export const MCP_PROVIDER_ID = 'ece.mcpServer';

/** Where the bundle puts the MCP server (client/bundle.mjs): `ece mcp`, on its own. */
export const MCP_SERVER_MODULE = 'dist/mcp/main.cjs';
