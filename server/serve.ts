/**
 * The language server itself, started by server/main.ts once V8 is set: parses the command line,
 * opens the connection and starts Langium's language server on the ECE services.
 */
import { format } from 'node:util';
import { startLanguageServer, WorkspaceState } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { publishConfigProblems } from './config-diagnostics.js';
import { registerCustomRequests } from './custom-requests.js';
import { guardedStdio } from './message-guard.js';
import { createEceServices } from './ece-lsp-module.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h') || !args.some(a => TRANSPORTS.some(t => a.startsWith(t)))) {
    const usage = 'Usage: ece-language-server --stdio | --node-ipc | --socket=PORT\n'
        + 'The language server for ECE deployment files (.ece); an editor starts it and talks LSP to it.\n';
    if (args.includes('--help') || args.includes('-h')) {
        process.stdout.write(usage);
        process.exit(0);
    }
    process.stderr.write(usage);
    process.exit(2);
}

// Over stdio the messages are checked before any handler sees them (message-guard.ts).
const stdio = args.includes('--stdio') ? guardedStdio() : undefined;
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.reader, stdio.writer) : createConnection(ProposedFeatures.all);
if (stdio) {
    // vscode-languageserver sends console output to the editor's log only over a stdio it opened itself;
    // over the guarded one, stdout is the protocol's stream: console output goes to the log here.
    console.log = (...args: unknown[]) => connection.console.log(format(...args));
    console.info = (...args: unknown[]) => connection.console.info(format(...args));
    console.debug = (...args: unknown[]) => connection.console.debug(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
// A promise rejected with nobody to catch it ends a Node process; the server logs it and keeps serving
// (console.error reaches the editor's log once the connection exists).
process.on('unhandledRejection', reason => console.error('ECE language server: an unexpected error was ignored.', reason));
const { shared, Ece } = createEceServices({ connection, ...NodeFileSystem });
registerCustomRequests(connection, { shared, Ece });
publishConfigProblems(shared, connection);
// Hovers, lenses and hints show what the whole folder computes, so they wait until every file is linked.
startLanguageServer(shared, {
    HoverProvider: WorkspaceState.Linked,
    CodeLensProvider: WorkspaceState.Linked,
    InlayHintProvider: WorkspaceState.Linked,
});
