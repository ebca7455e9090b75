/**
 * The parser builds every list of the AST (`skillGroups`, `statements`, …) and every CST node's
 * `content` by pushing onto an empty array, and V8 gives an array room for 17 elements on its first
 * push and never gives the room back. Most of these lists hold one to three items: on a 50,000-object
 * file the AST's 260,000 lists and the CST's 250,000 contents took 75 MB, two thirds of it empty room.
 * As the parser finishes each node (ece-parser.ts), its lists are replaced by copies of exactly their
 * length (same items, same order): the roomy ones die young, before they reach V8's old space, where
 * they would add to the parse's peak until its next full collection.
 *
 * A CST node's `content` is Langium's `CstNodeContainer` (an Array subclass, not exported, whose
 * `push` and `splice` set the added nodes' `container`): the copy is an instance of the same class
 * with the same `parent`, so later splices (ece-incremental-parse.ts) keep setting it.
 */
import type { CompositeCstNode, CstNode } from 'langium';

/** Langium's `CstNodeContainer` fields. */
interface ContainerInternals { parent: CompositeCstNode }

/** Longer arrays lose less than half of their room, and `new Array(n)` of a large `n` is not a plain array. */
const MAX_COMPACTED = 1024;

/** Replaces a finished CST node's content by an exact copy. */
export function compactContent(node: CompositeCstNode): void {
    const content = node.content;
    const n = content.length;
    if (n === 0 || n > MAX_COMPACTED) return;
    // `Array(n)` with the container's class as `new.target` is an instance of it with room for n elements.
    const exact = Reflect.construct(Array, [n], content.constructor) as CstNode[] & ContainerInternals;
    for (let i = 0; i < n; i++) exact[i] = content[i];
    exact.parent = (content as CstNode[] & ContainerInternals).parent;
    (node as { content: CstNode[] }).content = exact;
}

/** Replaces the lists of a finished AST node (its own properties, not those of the nodes it contains) by exact copies. */
export function compactLists(node: object): void {
    const record = node as Record<string, unknown>;
    for (const key in record) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = record[key];
        if (Array.isArray(value) && value.length > 0) record[key] = value.slice();
    }
}
