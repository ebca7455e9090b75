/**
 * Langium's linker builds each reference as an object literal with three getters, so every
 * reference carries three closures of its own (about 350 bytes; a 50,000-object deployment has over
 * 100,000 references). Here a reference is an instance of a class whose getters live on the
 * prototype, with the same fields and the same lazy resolution as Langium's (linker.js,
 * `buildReference`), so the default linking, unlinking and indexing work on it unchanged.
 * Linking walks the document with plain loops (ast-walk.ts) rather than Langium's streams.
 */
import {
    AstUtils, DefaultLinker, DocumentState, RefResolving, interruptAndCheck, isAstNode, isAstNodeDescription, isLinkingError,
    type AstNode, type AstNodeDescription, type Cancellation, type CstNode, type LangiumDocument, type LinkingError, type Reference,
} from 'langium';
import { forEachReferenceIn } from './ast-walk.js';

export class EceLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        if (cancelToken) await interruptAndCheck(cancelToken);
        forEachReferenceIn(document.parseResult.value, ref => this.doLink(ref, document));
    }

    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new EceReference(this, node, property, refNode, refText);
    }

    /** The `ref` getter of Langium's reference: resolves on first access, and remembers it in the document. */
    resolve(reference: EceReference, node: AstNode, property: string): AstNode | undefined {
        if (isAstNode(reference._ref)) return reference._ref;
        if (isAstNodeDescription(reference._nodeDescription)) {
            const linkedNode = this.loadAstNode(reference._nodeDescription);
            reference._ref = linkedNode ?? this.createLinkingError({ reference, container: node, property }, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(node).$document;
            const refData = this.getLinkedNode({ reference, container: node, property });
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // The document's scopes are not ready: leave the reference for the linker to retry.
                reference._ref = undefined;
                return undefined;
            }
            reference._ref = refData.node ?? refData.error;
            reference._nodeDescription = refData.descr;
            document?.references.push(reference);
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(node, property, reference.$refText);
        }
        return isAstNode(reference._ref) ? reference._ref : undefined;
    }
}

class EceReference implements Reference {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined = undefined;
    declare _nodeDescription?: AstNodeDescription;
    readonly #linker: EceLinker;
    readonly #node: AstNode;
    readonly #property: string;

    constructor(linker: EceLinker, node: AstNode, property: string, readonly $refNode: CstNode | undefined, readonly $refText: string) {
        this.#linker = linker;
        this.#node = node;
        this.#property = property;
        // Given its room here, last, so that the linker's writing it later does not add a property array
        // to each reference (40 bytes; 100,000 references on 50,000 objects), and the unlinker's
        // `delete` of the last property keeps the object's hidden class.
        this._nodeDescription = undefined;
    }

    get ref(): AstNode | undefined {
        return this.#linker.resolve(this, this.#node, this.#property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}
