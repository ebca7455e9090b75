/**
 * Plain loops over an AST, in the order of Langium's `AstUtils.streamAst` and `streamReferences`.
 * Langium's streams build iterator objects and key arrays for every node, and its linker and
 * validator await once per node; on a 2,700-object file that was a third of a keystroke's rebuild.
 * The linker (ece-linker.ts) and the validator loop (validate-ast-nodes.ts) use these instead. AST
 * nodes are plain objects, so `for…in` sees exactly their own keys, in the order of `Object.keys`.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/** Calls `visit` on `root` and every node it contains, parents before their children. */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => void): void {
    visit(root);
    const record = root as unknown as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) forEachAstNode(item, visit);
        } else if (isAstNode(value)) {
            forEachAstNode(value, visit);
        }
    }
}

/** Calls `visit` on each cross-reference of `root` and the nodes it contains, node by node in the order above. */
export function forEachReferenceIn(root: AstNode, visit: (info: ReferenceInfo) => void): void {
    const record = root as unknown as Record<string, unknown>;
    // A node's own references come before those of the nodes it contains, as streamAst + streamReferences give them.
    for (const key in record) {
        if (key.charCodeAt(0) === 36) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: root, property: key, index });
            }
        } else if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: root, property: key });
        }
    }
    for (const key in record) {
        if (key.charCodeAt(0) === 36) continue;
        const value = record[key];
        if (Array.isArray(value)) {
            for (const item of value) if (isAstNode(item)) forEachReferenceIn(item, visit);
        } else if (isAstNode(value)) {
            forEachReferenceIn(value, visit);
        }
    }
}
