/**
 * The workspace at start: its `.ece` files are listed, grouped by deployment folder, and none is
 * read. The files the editor opens are read and checked first (document-update-handler.ts), the
 * rest of the workspace in the background, a folder at a time (background-check.ts): the opened
 * file's diagnostics do not wait for the other deployments of the workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DefaultWorkspaceManager, URI, type LangiumDocument } from 'langium';
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

    /**
     * The `.ece` files of folders that arrived on disk: only folders inside a workspace folder, and
     * not a link (nothing outside the workspace is read); a folder inside another of them is searched
     * with it, once.
     */
    async filesOfNewFolders(folders: URI[]): Promise<URI[]> {
        const roots = (this.folders ?? []).map(folder => this.getRootFolder(folder)).filter(root => root.scheme === 'file').map(root => root.fsPath);
        const under = (parent: string, child: string) => {
            const relative = path.relative(parent, child);
            return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
        };
        const candidates = [...new Set(folders.filter(folder => folder.scheme === 'file').map(folder => path.resolve(folder.fsPath)))]
            .filter(folder => roots.some(root => under(root, folder)));
        const outermost = candidates.filter(folder => !candidates.some(other => other !== folder && under(other, folder)));
        const found = await Promise.all(outermost.map(async folder => {
            const stat = await fs.promises.lstat(folder).catch(() => undefined);
            return stat?.isDirectory() ? this.searchFolder(URI.file(folder)) : [];
        }));
        return found.flat();
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
