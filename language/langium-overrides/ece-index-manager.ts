/**
 * Langium describes every reference of a document for the reference index after each build (its
 * source and target paths and range), but only find-references and rename read that index. Here a
 * build only marks the document, and its descriptions are made when the index is first read: a
 * keystroke no longer pays for them (a quarter of the rebuild of a 2,700-object file), nor does
 * memory hold them until they are asked for.
 */
import {
    AstUtils, DefaultIndexManager, UriUtils,
    type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ReferenceDescription, type ReferenceInfo, type Stream,
    type URI,
} from 'langium';

/** The protected method of Langium's provider that describes one reference. */
interface ReferenceDescriber {
    createInfoDescriptions(refInfo: ReferenceInfo): ReferenceDescription[];
}

export class EceIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, LangiumDocument>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument): Promise<void> {
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.pending.delete(uri.toString());
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.describePending();
        return super.findAllReferences(targetNode, astNodePath);
    }

    /** Whether the document refers to one of the changed documents: read from its linked references. */
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        return document.references.some(ref => {
            const target = 'ref' in ref ? ref.$nodeDescription?.documentUri : undefined;
            return target !== undefined && !UriUtils.equals(target, document.uri) && changedUris.has(target.toString());
        });
    }

    private describePending(): void {
        for (const [uri, document] of this.pending) {
            const describer = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as unknown as ReferenceDescriber;
            const descriptions: ReferenceDescription[] = [];
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                AstUtils.streamReferences(node).forEach(refInfo => {
                    if (!refInfo.reference.error) descriptions.push(...describer.createInfoDescriptions(refInfo));
                });
            }
            this.referenceIndex.set(uri, descriptions);
        }
        this.pending.clear();
    }
}
