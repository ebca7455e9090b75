#!/usr/bin/env node
/**
 * `ece-language-server --stdio`: the ECE language server for any LSP client (VS Code, Neovim, Helix,
 * Emacs). vscode-languageserver picks the transport from the command line: `--stdio`, `--node-ipc`
 * (as vscode-languageclient launches it) or `--socket=PORT`.
 *
 * V8 is set (v8-flags.ts) before the server's modules are even loaded (serve.ts): loading them grows
 * V8's young generation already, so a flag set by a module of the same import graph came too late.
 */
import './v8-flags.js';

import('./serve.js').catch((error: unknown) => {
    process.stderr.write(`ECE language server: could not start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
