/**
 * Names resolve across the `.ece` files of one folder and never across folders (a deployment is a
 * folder, as a Terraform module is). Every named object is exported, queues inside departments too,
 * and each reference looks its name up in a map built once per workspace state and folder: no
 * linear scan, so linking stays linear in the number of objects.
 */
import {
    AstUtils, DefaultScopeComputation, EMPTY_SCOPE, MapScope, MultiMap, WorkspaceCache,
    type AstNode, type AstNodeDescription, type IndexManager, type LangiumCoreServices, type LangiumDocument, type LangiumDocuments,
    type LocalSymbols, type ReferenceInfo, type Scope, type ScopeProvider, type AstReflection, type URI,
} from 'langium';
import { isDepartment, isEceFile } from './generated/ast.js';
import { deploymentFolderOf } from './workspace/deployment-folder.js';

export class EceScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        if (!isEceFile(root)) return exports;
        for (const element of root.elements) {
            this.addExportedSymbol(element, exports, document);
            if (isDepartment(element)) {
                for (const queue of element.queues) this.addExportedSymbol(queue, exports, document);
            }
        }
        return exports;
    }

    /** Everything is exported and found through the folder index, so no local symbols are needed. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

export class EceScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    /** Per folder, the scope of each reference type. */
    private readonly folderScopes: WorkspaceCache<string, Map<string, Scope>>;

    constructor(services: LangiumCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.folderScopes = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        const folder = this.folderOf(AstUtils.getDocument(context.container).uri);
        const scopes = this.folderScopes.get(folder, () => new Map());
        let scope = scopes.get(type);
        if (!scope) {
            scope = this.buildScope(type, folder);
            scopes.set(type, scope);
        }
        return scope;
    }

    /** A document's folder, computed once per URI: linking asks for it once per reference. */
    private readonly folders = new WeakMap<URI, string>();

    private folderOf(uri: URI): string {
        let folder = this.folders.get(uri);
        if (folder === undefined) {
            folder = deploymentFolderOf(uri);
            this.folders.set(uri, folder);
        }
        return folder;
    }

    private buildScope(type: string, folder: string): Scope {
        // Only the folder's documents are read: in a workspace of 40 deployments a keystroke would
        // otherwise filter the names of all 40 for each reference type.
        const documents = this.documents.all.filter(d => this.folderOf(d.uri) === folder).map(d => d.uri.toString()).toSet();
        const elements = this.indexManager.allElements(type, documents).toArray();
        return elements.length > 0 ? new MapScope(elements) : EMPTY_SCOPE;
    }
}
