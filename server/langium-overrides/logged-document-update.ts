/**
 * Langium's document update handler with `fireDocumentUpdate` replaced: Langium's starts the build
 * and drops its promise, so a build that fails is an unhandled rejection, which ends a Node process
 * (the editor would restart the server and lose its state). Here the same build is chained and a
 * failure is logged.
 */
import type { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';

export class LoggedDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => console.error('ECE language server: checking the changed files failed.', error));
    }
}
