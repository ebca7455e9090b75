/**
 * Plain loops over an AST, in the order of Langium's `AstUtils.streamAst` and `streamReferences`.
 * Langium's streams build iterator objects for every node, and its linker and validator await once
 * per node; on a 2,700-object file that was a third of a keystroke's rebuild. The linker
 * (ece-linker.ts) and the document validator use these instead.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/** Calls `visit` on `root` and every node it contains, parents before their children. */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => void): void {
    visit(root);
    const record = root as unknown as Record<string, unknown>;
    for (const key of Object.keys(root)) {
        if (key.startsWith('$')) continue;
        const value = record[key];
        if (isAstNode(value)) {
            forEachAstNode(value, visit);
        } else if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) forEachAstNode(item, visit);
        }
    }
}

/** Calls `visit` on each cross-reference held by `node` itself (not by the nodes it contains). */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) continue;
        const value = record[key];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property: key });
        } else if (Array.isArray(value)) {
            value.forEach((item: unknown, index) => {
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property: key, index });
            });
        }
    }
}
