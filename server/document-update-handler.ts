/**
 * A deployment is a folder. When an editor opens a file whose folder the server does not hold (a
 * folder of the workspace waiting for the background check or let go after it, a file outside the
 * workspace folders, or a client that sent none), the other `.ece` files of that folder are read with it, so
 * names resolve and folder rules see the whole deployment. When an `ece.config.json` changes on
 * disk, every deployment is checked again under it.
 */
import * as fs from 'node:fs';
import { DocumentState, URI, UriUtils } from 'langium';
import { FileChangeType, type DidChangeWatchedFilesParams, type FileEvent, type TextDocumentChangeEvent } from 'vscode-languageserver';
import { deploymentFolderOf } from '../language/workspace/deployment-folder.js';
import { EceDocumentBuilder } from '../language/workspace/ece-document-builder.js';
import { PROJECT_CONFIG_FILE } from '../language/workspace/project-config.js';
import { eceSettingsOf, recheckAll } from './configuration-provider.js';
import type { DeploymentFolders } from './deployment-folders.js';
import type { EceSharedServices } from './ece-lsp-module.js';
import { LoggedDocumentUpdateHandler } from './langium-overrides/logged-document-update.js';
import type { LangiumDocuments, TextDocument } from 'langium';

/** How long the background check waits for more files after one arrives on disk (a pull, a copy). */
const FILES_ARRIVING_MS = 300;

export class EceDocumentUpdateHandler extends LoggedDocumentUpdateHandler {
    private readonly langiumDocuments: LangiumDocuments;
    private readonly shared: EceSharedServices;
    private readonly deploymentFolders: DeploymentFolders;
    /** Folders outside the workspace whose files were read when one of them was opened. */
    private readonly seenFolders = new Set<string>();

    constructor(services: EceSharedServices) {
        super(services);
        this.shared = services;
        this.deploymentFolders = services.workspace.DeploymentFolders;
        this.langiumDocuments = services.workspace.LangiumDocuments;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // Langium watches every path; a created or deleted one that is not a file of ours may be a folder.
        const mayBeFolder = (c: FileEvent) => c.type !== FileChangeType.Changed && !c.uri.endsWith('.ece') && !c.uri.endsWith(`/${PROJECT_CONFIG_FILE}`);
        const created = params.changes.filter(c => mayBeFolder(c) && c.type === FileChangeType.Created).map(c => URI.parse(c.uri));
        const deleted = params.changes.filter(c => mayBeFolder(c) && c.type === FileChangeType.Deleted).map(c => URI.parse(c.uri));
        const notInMemory = params.changes.filter(c => c.uri.endsWith('.ece') && this.checkInBackground(URI.parse(c.uri), c.type));
        for (const gone of notInMemory.filter(c => c.type === FileChangeType.Deleted)) {
            void this.shared.lsp.Connection?.sendDiagnostics({ uri: gone.uri, diagnostics: [] });
        }
        if (notInMemory.length > 0) this.shared.workspace.BackgroundCheck.start(FILES_ARRIVING_MS);
        // Created folders are searched below; Langium's handler would build their files at once.
        super.didChangeWatchedFiles({ changes: params.changes.filter(c => !notInMemory.includes(c) && !(mayBeFolder(c) && c.type === FileChangeType.Created)) });
        if (params.changes.some(c => c.uri.endsWith(`/${PROJECT_CONFIG_FILE}`))) {
            eceSettingsOf(this.shared).forEach(s => s.invalidate());
            recheckAll(this.shared);
        }
        deleted.forEach(folder => this.folderDeleted(folder));
        if (created.length > 0) {
            this.foldersCreated(created).catch(error => console.error('ECE language server: could not read the folders that arrived on disk.', error));
        }
    }

    /**
     * Folders that arrive on disk (a pull, a copy) may hold `.ece` files whose own events the
     * editor's file watcher never saw: a watcher starts watching a new folder only once it has seen
     * the folder, and files written into it before that go unreported. So the folders are searched
     * (ece-workspace-manager.ts: inside the workspace, no link followed), and their files are taken
     * as created.
     */
    private async foldersCreated(folders: URI[]): Promise<void> {
        const files = await this.shared.workspace.WorkspaceManager.filesOfNewFolders(folders);
        if (files.length > 0) this.didChangeWatchedFiles({ changes: files.map(file => ({ uri: file.toString(), type: FileChangeType.Created })) });
    }

    /**
     * A deleted folder is reported as one event, not one per file: the files of it that the server
     * knows without holding them (deployment-folders.ts) are deleted too, and their diagnostics
     * cleared. Those in memory are Langium's to delete.
     */
    private folderDeleted(uri: URI): void {
        const files = this.deploymentFolders.filesUnder(uri);
        if (files.length > 0) this.didChangeWatchedFiles({ changes: files.map(file => ({ uri: file.toString(), type: FileChangeType.Deleted })) });
    }

    /**
     * Whether a file changed on disk is checked with its folder by the background check: a file of a
     * folder not in memory (waiting for the background check, or checked and let go, which then
     * waits to be checked again), or of a new folder (a checkout, a copy), as the workspace at start.
     */
    private checkInBackground(file: URI, type: FileChangeType): boolean {
        const deleted = type === FileChangeType.Deleted;
        if (this.deploymentFolders.fileChanged(file, deleted)) return true;
        const folder = deploymentFolderOf(file);
        if (deleted || this.langiumDocuments.all.some(d => deploymentFolderOf(d.uri) === folder)) return false;
        this.deploymentFolders.wait([file]);
        return true;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(change.document.uri);
        if (this.documentBuilder instanceof EceDocumentBuilder) this.documentBuilder.expect(uri);
        this.workspaceManager.ready.then(() => this.workspaceLock.write(token => {
            const unread = this.unreadFilesOfFolder(uri);
            if (unread.length > 0) return this.documentBuilder.update([uri, ...unread], [], token);
            // An editor opening a file the workspace build has read and checked already: the same text
            // needs no second build (of a 50,000-object file: seconds, and twice the memory), only its
            // diagnostics sent again.
            const document = this.langiumDocuments.getDocument(uri);
            if (document && document.state >= DocumentState.Validated
                && document.parseResult.value.$cstNode?.root.fullText === change.document.getText()) {
                void this.shared.lsp.Connection?.sendDiagnostics({ uri: uri.toString(), diagnostics: document.diagnostics ?? [] });
                return;
            }
            return this.documentBuilder.update([uri], [], token);
        })).catch(error => console.error('Could not update the document.', error));
    }

    /** The other files of the file's folder that the server has not read: they are read with it. */
    private unreadFilesOfFolder(uri: URI): URI[] {
        const listed = this.deploymentFolders.take(deploymentFolderOf(uri)) ?? this.unloadedSiblings(uri);
        return listed.filter(file => file.toString() !== uri.toString());
    }

    private unloadedSiblings(uri: URI): URI[] {
        const folder = UriUtils.dirname(uri);
        const key = folder.toString();
        if (uri.scheme !== 'file' || this.seenFolders.has(key)) return [];
        this.seenFolders.add(key);
        let names: string[];
        try {
            // Regular, unhidden files only, as Langium's workspace scan: no link is followed out of the
            // folder (and a looping or dangling one cannot make the open fail).
            names = fs.readdirSync(folder.fsPath, { withFileTypes: true })
                .filter(e => e.isFile() && e.name.endsWith('.ece') && !e.name.startsWith('.')).map(e => e.name);
        } catch {
            return [];
        }
        return names
            .map(name => UriUtils.joinPath(folder, name))
            .filter(sibling => sibling.toString() !== uri.toString() && !this.langiumDocuments.hasDocument(sibling));
    }
}
