/**
 * A rebuild that fails after a file change is logged, not left as an unhandled rejection that would
 * end the server (server/langium-overrides/logged-document-update.ts). In-process: the wiring over
 * stdio adds nothing to this.
 */
import { EmptyFileSystem } from 'langium';
import { FileChangeType } from 'vscode-languageserver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EceDocumentUpdateHandler } from '../../../server/document-update-handler.js';
import { createEceServices } from '../../../server/ece-lsp-module.js';

afterEach(() => {
    vi.restoreAllMocks();
});

describe('the document update handler', () => {
    it('logs a rebuild that fails', async () => {
        const { shared } = createEceServices(EmptyFileSystem);
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        shared.workspace.DocumentBuilder.update = () => Promise.reject(new Error('the rebuild broke'));
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

        const handler = shared.lsp.DocumentUpdateHandler as EceDocumentUpdateHandler;
        handler.didChangeWatchedFiles({ changes: [{ uri: 'file:///memory/update/a.ece', type: FileChangeType.Changed }] });

        await vi.waitFor(() => expect(logged).toHaveBeenCalled());
        expect(logged.mock.calls[0][0]).toBe('ECE language server: checking the changed files failed.');
        expect((logged.mock.calls[0][1] as Error).message).toBe('the rebuild broke');
    });
});
