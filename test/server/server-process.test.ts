import { fork, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node.js';
import { REPO_ROOT } from '../helpers/check-folder.js';
import { fileUri, LspClient, SERVER_MAIN } from '../helpers/lsp-client.js';

describe('the ece-language-server process', () => {
    it('is the package\'s ece-language-server command, an executable node script', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        expect(pkg.bin['ece-language-server']).toBe('out/server/main.js');
        expect(fs.readFileSync(SERVER_MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    });

    it('prints its usage with --help, and refuses to start without a transport', () => {
        const help = spawnSync(process.execPath, [SERVER_MAIN, '--help'], { encoding: 'utf8' });
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('Usage: ece-language-server --stdio');
        const bare = spawnSync(process.execPath, [SERVER_MAIN], { encoding: 'utf8' });
        expect(bare.status).toBe(2);
        expect(bare.stderr).toContain('--stdio');
    });

    it('announces its features over stdio', async () => {
        const client = await LspClient.start(path.join(REPO_ROOT, 'examples'));
        try {
            const capabilities = client.initializeResult!.capabilities;
            expect(capabilities).toMatchObject({
                hoverProvider: true, definitionProvider: true, referencesProvider: true,
                documentSymbolProvider: true, workspaceSymbolProvider: { resolveProvider: false }, foldingRangeProvider: true,
                documentFormattingProvider: true, renameProvider: { prepareProvider: true },
                codeActionProvider: true, codeLensProvider: {}, inlayHintProvider: { resolveProvider: false },
            });
            expect(capabilities.completionProvider).toBeDefined();
            expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['struct', 'enum', 'class', 'number']));
        } finally {
            await client.stop();
        }
    });

    it('speaks node-ipc, as vscode-languageclient launches it', async () => {
        const child = fork(SERVER_MAIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
        connection.listen();
        try {
            const folder = path.join(REPO_ROOT, 'examples/integrated-routing');
            const result: InitializeResult = await connection.sendRequest('initialize', {
                processId: process.pid, rootUri: fileUri(folder), capabilities: {},
                workspaceFolders: [{ uri: fileUri(folder), name: 'integrated-routing' }],
            });
            expect(result.capabilities.hoverProvider).toBe(true);
            await connection.sendRequest('shutdown');
            const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
            await connection.sendNotification('exit');
            expect(await exited).toBe(0);
        } finally {
            connection.dispose();
            if (child.exitCode === null) child.kill();
        }
    });
});
