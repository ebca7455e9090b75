/**
 * Langium describes every exported object on every build and computes each description's ranges
 * (its selection segment) at once, though only completion, symbols and navigation read them. Here
 * the path and segments are computed when first read; the rest is as Langium's
 * `DefaultAstNodeDescriptionProvider` makes it.
 */
import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type DocumentSegment, type LangiumDocument, type NameProvider, type URI,
} from 'langium';

export class EceAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const named = name ?? this.nameProvider.getName(node);
        if (!named) throw new Error(`Node at path ${this.astNodeLocator.getAstNodePath(node)} has no name.`);
        return new LazyDescription(node, named, uri, this.astNodeLocator, this.nameProvider);
    }
}

class LazyDescription implements AstNodeDescription {
    readonly type: string;
    #path: string | undefined;
    #nameSegment: DocumentSegment | undefined;
    #selectionSegment: DocumentSegment | undefined;
    readonly #locator: AstNodeLocator;
    readonly #names: NameProvider;

    constructor(readonly node: AstNode, readonly name: string, readonly documentUri: URI, locator: AstNodeLocator, names: NameProvider) {
        this.type = node.$type;
        this.#locator = locator;
        this.#names = names;
    }

    get path(): string {
        return (this.#path ??= this.#locator.getAstNodePath(this.node));
    }

    get nameSegment(): DocumentSegment | undefined {
        return (this.#nameSegment ??= CstUtils.toDocumentSegment(this.#names.getNameNode(this.node) ?? this.node.$cstNode));
    }

    get selectionSegment(): DocumentSegment | undefined {
        return (this.#selectionSegment ??= CstUtils.toDocumentSegment(this.node.$cstNode));
    }
}
