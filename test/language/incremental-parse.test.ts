/**
 * The incremental reparse (language/langium-overrides/ece-incremental-parse.ts) must give exactly the tree a full
 * parse gives: random edits of real deployments are reparsed both ways and the trees compared,
 * AST (every property, references by name) and CST (shape, grammar source, token, offset, range).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NodeFileSystem } from 'langium/node';
import { isReference, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode, type ParseResult } from 'langium';
import { createEceCoreServices } from '../../language/ece-module.js';
import { reparseIncrementally } from '../../language/langium-overrides/ece-incremental-parse.js';
import { REPO_ROOT } from '../helpers/check-folder.js';

const { Ece } = createEceCoreServices(NodeFileSystem);
const parser = Ece.parser.LangiumParser;

const ids = new WeakMap<object, number>();
let nextId = 1;
/** Broken links between nodes (a CST node's root or container, an AST node's container or CST node); checked once per dump, not per node. */
let brokenLinks = 0;
function link(actual: unknown, expected: unknown): void {
    if (actual !== expected) brokenLinks++;
}
function idOf(object: object | undefined): number | undefined {
    if (!object) return undefined;
    if (!ids.has(object)) ids.set(object, nextId++);
    return ids.get(object);
}

function dumpCst(node: CstNode, root: CstNode): unknown {
    link(node.root, root);
    if ('content' in node) {
        const composite = node as CompositeCstNode;
        composite.content.forEach(child => link(child.container, composite));
        return { grammar: idOf(node.grammarSource), type: node.astNode?.$type, range: node.range, offset: node.offset, end: node.end, content: composite.content.map(c => dumpCst(c, root)) };
    }
    const leaf = node as LeafCstNode;
    return { grammar: idOf(node.grammarSource), token: leaf.tokenType.name, offset: leaf.offset, length: leaf.length, hidden: leaf.hidden, range: leaf.range, text: leaf.text };
}

function dumpAst(node: AstNode): unknown {
    if (node.$cstNode) link(node.$cstNode.astNode, node);
    const result: Record<string, unknown> = { $type: node.$type, $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex };
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        result[key] = dumpValue(value, node);
    }
    return result;
}

function dumpValue(value: unknown, container: AstNode): unknown {
    if (Array.isArray(value)) return value.map(v => dumpValue(v, container));
    if (isReference(value)) return { $refText: value.$refText, offset: value.$refNode?.offset };
    if (value && typeof value === 'object' && '$type' in value) {
        link((value as AstNode).$container, container);
        return dumpAst(value as AstNode);
    }
    return value;
}

function dump(result: ParseResult): unknown {
    brokenLinks = 0;
    const cst = result.value.$cstNode!;
    const dumped = { ast: dumpAst(result.value), cst: dumpCst(cst, cst), text: cst.root.fullText };
    expect(brokenLinks).toBe(0);
    return dumped;
}

const SOURCES: Record<string, string> = Object.fromEntries([
    'examples/integrated-routing/ece.ece', 'examples/integrated-routing/ucce.ece', 'examples/blended-400/ece.ece',
    'examples/distributed-1500/topology.ece', 'examples/mistakes/ece.ece',
].map(file => [file, fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')]));
SOURCES['comments'] = '// head\nmrd A { channel chat } // after\n/* between */ peripheral P\nperipheral Q { }\n'
    + 'agent X { skill groups S1, S2 /* inside */ }\r\nskill group S1 { peripheral P mrd A }\n// tail';

/** Characters that make and break tokens, blocks and comments. */
const PIECES = ['a', 'Z', '_', '1', ',', ' ', '\n', '\r\n', '{', '}', '/', '*', '//', '/*', '*/', '"', 'agent ', 'queue ', 'mrd X ', 'peripheral P\n', '}\n'];

const edit = (text: string) => fc.record({
    at: fc.nat({ max: text.length }),
    remove: fc.nat({ max: 4 }),
    insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map(parts => parts.join('')),
});

describe('incremental reparse', () => {
    for (const [name, text] of Object.entries(SOURCES)) {
        it(`gives the full parse's tree after random edits of ${name}`, () => {
            let incremental = 0;
            fc.assert(fc.property(fc.array(edit(text), { minLength: 1, maxLength: 3 }), edits => {
                let current = parser.parse(text);
                let currentText = text;
                for (const e of edits) {
                    const at = Math.min(e.at, currentText.length);
                    const next = currentText.slice(0, at) + e.insert + currentText.slice(Math.min(currentText.length, at + e.remove));
                    const reparsed = reparseIncrementally(parser, current, next);
                    const full = parser.parse(next);
                    if (reparsed) {
                        incremental++;
                        expect(dump(reparsed)).toEqual(dump(full));
                        current = reparsed;
                    } else {
                        current = full;
                    }
                    currentText = next;
                }
            }), { numRuns: 150, seed: 4 });
            // Most random edits break the syntax and need a full parse; enough must not.
            expect(incremental).toBeGreaterThan(20);
        });
    }

    it('reparses a one-character edit of a large file in place and moves what follows', () => {
        const text = fs.readFileSync(path.join(REPO_ROOT, 'bench/fixtures/realistic-max/deployment.ece'), 'utf8');
        const previous = parser.parse(text);
        const root = previous.value;
        const at = text.indexOf('email 800 agents') + 'email 80'.length;
        const typed = text.slice(0, at) + '1' + text.slice(at);
        const reparsed = reparseIncrementally(parser, previous, typed);
        expect(reparsed?.value).toBe(root);
        expect(dump(reparsed!)).toEqual(dump(parser.parse(typed)));
    });
});
