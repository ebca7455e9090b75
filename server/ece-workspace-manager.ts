/**
 * The workspace at start: its `.ece` files are listed, grouped by deployment folder, and none is
 * read. The files the editor opens are read and checked first (document-update-handler.ts), the
 * rest of the workspace in the background, a folder at a time (background-check.ts): the opened
 * file's diagnostics do not wait for the other deployments of the workspace.
 */
import { DefaultWorkspaceManager, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializedParams, WorkspaceFolder } from 'vscode-languageserver';
import type { BackgroundCheck } from './background-check.js';
import type { DeploymentFolders } from './deployment-folders.js';

export class EceWorkspaceManager extends DefaultWorkspaceManager {
    constructor(
        services: LangiumSharedServices,
        private readonly deploymentFolders: DeploymentFolders,
        private readonly backgroundCheck: BackgroundCheck,
    ) {
        super(services);
    }

    override async initialized(params: InitializedParams): Promise<void> {
        await super.initialized(params);
        this.backgroundCheck.start();
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const files: URI[] = [];
        await Promise.all(folders.map(folder => this.traverseFolder(this.getRootFolder(folder), files)));
        // Folders in name order, so that the background check goes through them as a file tree lists them.
        const unread = files.filter(file => !this.langiumDocuments.hasDocument(file))
            .sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
        this.deploymentFolders.wait(unread);
        this._ready.resolve();
        return [];
    }
}
