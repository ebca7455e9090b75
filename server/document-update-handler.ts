/**
 * A deployment is a folder. When an editor opens a file whose folder the server has not read yet
 * (the file lies outside the workspace folders, or the client sent none), the other `.ece` files of
 * that folder are loaded with it, so names resolve and folder rules see the whole deployment.
 * When an `ece.config.json` changes on disk, every deployment is checked again under it.
 */
import * as fs from 'node:fs';
import { URI, UriUtils } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import { PROJECT_CONFIG_FILE } from '../language/workspace/project-config.js';
import { eceSettingsOf, recheckAll } from './configuration-provider.js';
import type { LangiumDocuments, TextDocument } from 'langium';

export class EceDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly langiumDocuments: LangiumDocuments;
    private readonly shared: LangiumSharedServices;
    private readonly seenFolders = new Set<string>();

    constructor(services: LangiumSharedServices) {
        super(services);
        this.shared = services;
        this.langiumDocuments = services.workspace.LangiumDocuments;
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        super.didChangeWatchedFiles(params);
        if (params.changes.some(c => c.uri.endsWith(`/${PROJECT_CONFIG_FILE}`))) {
            eceSettingsOf(this.shared).forEach(s => s.invalidate());
            recheckAll(this.shared);
        }
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(change.document.uri);
        this.fireDocumentUpdate([uri, ...this.unloadedSiblings(uri)], []);
    }

    private unloadedSiblings(uri: URI): URI[] {
        const folder = UriUtils.dirname(uri);
        const key = folder.toString();
        if (uri.scheme !== 'file' || this.seenFolders.has(key)) return [];
        this.seenFolders.add(key);
        let names: string[];
        try {
            names = fs.readdirSync(folder.fsPath).filter(name => name.endsWith('.ece'));
        } catch {
            return [];
        }
        return names
            .map(name => UriUtils.joinPath(folder, name))
            .filter(sibling => sibling.toString() !== uri.toString() && !this.langiumDocuments.hasDocument(sibling)
                && fs.statSync(sibling.fsPath, { throwIfNoEntry: false })?.isFile() === true);
    }
}
