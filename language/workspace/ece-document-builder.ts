import { Cancellation, DefaultDocumentBuilder, DocumentState, OperationCancelled, UriUtils, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { deploymentFolderOf } from './deployment-folder.js';

/**
 * Rules look at a whole folder (sizing counts servers declared in another file), so a change in one
 * file re-links and re-validates every file of its folder, not only those that reference it. Names
 * resolve within a folder only (ece-scope.ts), so no other folder is touched: in a workspace of many
 * deployments a keystroke costs what it costs in one (Langium would also re-link every document of
 * the workspace that has an unresolved reference).
 */
export class EceDocumentBuilder extends DefaultDocumentBuilder {
    /** Files whose build is queued and not yet validated: requests about them wait for it. */
    private readonly expected = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onDocumentPhase(DocumentState.Validated, document => { this.expected.delete(document.uri.toString()); });
    }

    /**
     * A file an editor opened or changed is built by a write action queued behind the running one
     * (a folder the background check reads, or lets go of, at that moment). Until that build has
     * validated it, a request about it (the symbols, folding and formatting an editor asks for at
     * once) waits for it, rather than failing because the file is not in memory yet or any more.
     */
    expect(uri: URI): void {
        this.expected.add(uri.toString());
    }

    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if (!this.expected.has(uri.toString()) || (document && document.state >= state)) return super.awaitDocumentState(state, uri, cancelToken);
        return new Promise((resolve, reject) => {
            const built = this.onDocumentPhase(state, reached => {
                if (!UriUtils.equals(reached.uri, uri)) return;
                built.dispose();
                cancelled.dispose();
                resolve(uri);
            });
            const cancelled = cancelToken.onCancellationRequested(() => {
                built.dispose();
                cancelled.dispose();
                reject(OperationCancelled);
            });
        });
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const folder = deploymentFolderOf(document.uri);
        for (const uri of changedUris) {
            if (uri.startsWith(folder) && uri.lastIndexOf('/') === folder.length) return true;
        }
        return false;
    }
}
