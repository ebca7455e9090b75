/**
 * The MCP server alone, `node main.cjs [WORKSPACE]`: what the VS Code extension bundles and registers
 * (client/bundle.mjs), the same server as `ece mcp`.
 */
import { serveMcp } from './server.js';

serveMcp(process.argv[2] ?? '.').catch((error: unknown) => {
    process.stderr.write(`ece mcp: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
});
