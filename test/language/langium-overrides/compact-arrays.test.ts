/**
 * Our parser (ece-parser.ts: its leaves, and the compacted lists of compact-arrays.ts; ece-lexer.ts's
 * tokens) must give the tree Langium's own parser gives, on every example: the same CST nodes with
 * the same fields, and the same AST. And a compacted CST content must behave as Langium's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, isCompositeCstNode, isLeafCstNode, isReference,
    type AstNode, type CompositeCstNode, type CstNode,
} from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createEceCoreServices } from '../../../language/ece-module.js';
import { EceParserErrorMessageProvider } from '../../../language/ece-parser-messages.js';
import { EceValueConverter } from '../../../language/ece-value-converter.js';
import { EceGeneratedModule, EceGeneratedSharedModule } from '../../../language/generated/module.js';
import { REPO_ROOT } from '../../helpers/check-folder.js';

const { Ece } = createEceCoreServices(EmptyFileSystem);
const langiumShared = inject(createDefaultSharedCoreModule(EmptyFileSystem), EceGeneratedSharedModule);
const langium = inject(createDefaultCoreModule({ shared: langiumShared }), EceGeneratedModule, {
    parser: { ValueConverter: () => new EceValueConverter(), ParserErrorMessageProvider: () => new EceParserErrorMessageProvider() },
});

const EXAMPLES = path.join(REPO_ROOT, 'examples');
const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.ece'))
    .map(f => path.join(EXAMPLES, f));
files.push(path.join(REPO_ROOT, 'bench/fixtures/realistic-max/deployment.ece'));

/** A CST node's fields, its children's in order. */
function cst(node: CstNode): unknown {
    const fields = {
        offset: node.offset, length: node.length, end: node.end, hidden: node.hidden, range: node.range, text: node.text,
        grammarSource: node.grammarSource, container: node.container?.offset, root: node.root.fullText.length,
    };
    if (isLeafCstNode(node)) return { ...fields, tokenType: node.tokenType.name };
    if (isCompositeCstNode(node)) return { ...fields, astNode: node.astNode.$type, content: node.content.map(cst) };
    throw new Error('neither a leaf nor a composite node');
}

/** An AST node's own properties, references by their text and node. */
function ast(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(ast);
    if (isReference(value)) return { $refText: value.$refText, $refNode: value.$refNode?.offset };
    if (typeof value !== 'object' || value === null) return value;
    const node = value as AstNode & Record<string, unknown>;
    const out: Record<string, unknown> = { $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex, $cstNode: node.$cstNode?.offset };
    for (const key of Object.keys(node)) {
        if (!key.startsWith('$') || key === '$type') out[key] = ast(node[key]);
    }
    return out;
}

const BROKEN = [
    'mrd X { channel }\nagent Y { skill groups A, , B\nqueue',
    '// c\nserver S { roles web, disk 10 GB weight }\n/* open comment',
    'department D { queue Q { skill groups A mrd } } agent { precision queues P, Q }',
    'mrd M {\r\n  channel chat\r\n}\r\n\r\nagent A {\r\n  skill groups ~ B,\r\n  mrd M M\r\n}\rserver',
    '/* a\ncomment */ mrd M { channel chat } § agent A { skill groups B } \u00e9\u{1F600} queue',
];

/** What Langium's diagnostics and formatter read of a parser error: its message and its tokens' positions (ece-lexer.ts). */
function errorFields(error: IRecognitionException & { previousToken?: IToken }): unknown {
    const position = (t: IToken | undefined) => t && [t.image, t.startOffset, t.startLine, t.startColumn, t.endLine, t.endColumn];
    return { message: error.message, token: position(error.token), previous: position(error.previousToken), resynced: error.resyncedTokens.map(position) };
}

function expectLangiums(text: string): void {
    const ours = Ece.parser.LangiumParser.parse(text);
    const theirs = langium.parser.LangiumParser.parse(text);
    expect(ours.lexerErrors).toEqual(theirs.lexerErrors);
    expect(ours.parserErrors.map(errorFields)).toEqual(theirs.parserErrors.map(errorFields));
    expect(ast(ours.value)).toEqual(ast(theirs.value));
    expect(cst(ours.value.$cstNode!)).toEqual(cst(theirs.value.$cstNode!));
}

describe('the parsed tree', () => {
    it.each(files.map(f => [path.relative(REPO_ROOT, f)]))('of %s is Langium\'s', file => {
        expectLangiums(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
    });

    it.each(BROKEN.map(t => [t]))('of the broken text %j is Langium\'s', text => {
        expectLangiums(text);
    });

    it('keeps Langium\'s CST containers, which set the container of what is added', () => {
        const root = Ece.parser.LangiumParser.parse('mrd X { channel chat }\nagent Y { skill groups A, B }').value.$cstNode as CompositeCstNode;
        const langiumContainer = (langium.parser.LangiumParser.parse('mrd X {}').value.$cstNode as CompositeCstNode).content.constructor;
        const composites: CompositeCstNode[] = [];
        const visit = (node: CstNode): void => {
            if (isCompositeCstNode(node)) {
                composites.push(node);
                node.content.forEach(visit);
            }
        };
        visit(root);
        expect(composites.length).toBeGreaterThan(3);
        for (const node of composites) {
            expect(node.content.constructor).toBe(langiumContainer);
            for (const child of node.content) expect(child.container).toBe(node);
        }
        const [first, second] = composites.slice(1);
        const moved = first.content[0];
        second.content.push(moved);
        expect(moved.container).toBe(second);
        second.content.splice(0, 0, moved);
        expect(second.content[0].container).toBe(second);
    });
});
